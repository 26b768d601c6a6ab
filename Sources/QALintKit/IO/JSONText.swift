import Foundation

/// JSON as qalint writes it — reports, baselines, shard files, schemas: sorted keys, no
/// escaped slashes, and no character in a string that can act on a terminal or hide text
/// when the file is shown (`cat report.json`, a code review diff). JSONEncoder escapes C0
/// controls but writes DEL, C1 controls, line and paragraph separators and bidirectional
/// controls as they are; those (the set `TerminalText` makes visible) become `\uXXXX`,
/// which every JSON reader decodes back to the same character.
public enum JSONText {
    /// `value` encoded; `pretty` for indented output (two spaces), else one line.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return nil }
        return visible(String(decoding: data, as: UTF8.self))
    }

    /// JSON text with the invisible characters in its strings escaped. Outside strings JSON
    /// holds only ASCII, so every such character is inside one; the whitespace between
    /// values (newlines and tabs of pretty printing) is left alone.
    public static func visible(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 >= 0x7F }) else { return json }
        var result = ""
        result.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, TerminalText.isUnsafe(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
