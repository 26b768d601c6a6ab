/// Text that is safe to print on a terminal: control characters (escape sequences among
/// them), line and paragraph separators and the bidirectional controls that reorder what a
/// reader sees (U+202A…U+202E, U+2066…U+2069, U+200E, U+200F, U+061C) are shown as visible
/// `\u{…}` escapes instead of acting on the terminal. Used for everything qalint prints
/// that comes from a document, a file name or a configuration: reports and error messages.
public enum TerminalText {
    public static func safe(_ text: String) -> String {
        // Most text is printable ASCII: nothing to do.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text of several lines (rule help, an effective configuration, a summary): as `safe`,
    /// but line breaks and tabs are kept, as they lay the text out.
    public static func safeLines(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { safe(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: scalar.properties.generalCategory == .control
        }
    }
}
