import Foundation

/// Hugo shortcodes that fold content under a title: `{{< details "Question?" >}}` …
/// `{{< /details >}}` (Hugo Book; Hextra's `{{% details title="…" %}}`), `{{% expand "…" %}}`
/// (Learn, Relearn), `{{< spoiler text="…" >}}` (Wowchemy) and their kin. Markdown sees them
/// as text; the site renders them as `<details><summary>`. They are rewritten, line for line
/// and outside code fences, as that HTML, so a page of them reads as the `<details>` layout it
/// is. Other shortcodes stay as they are.
enum Shortcodes {
    /// Names of the shortcodes that fold content under a title.
    static let folding: Set<Substring> = ["details", "expand", "collapse", "spoiler", "accordion", "toggle", "faq"]

    /// Named arguments that hold the title.
    static let titleArguments: Set<Substring> = ["title", "summary", "text", "question", "header"]

    static func asHTML(_ text: String) -> String {
        // Most documents hold no shortcode: one scan of the bytes settles them.
        guard UTF8Search.contains(text, Array("{{".utf8)) else { return text }
        var lines: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
        var fence: Character?
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if let marker = trimmed.first, marker == "`" || marker == "~", trimmed.hasPrefix(String(repeating: marker, count: 3)) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                continue
            }
            guard fence == nil, UTF8Search.contains(line, Array("{{".utf8)) else { continue }
            lines[index] = Substring(rewritten(line))
        }
        return lines.joined(separator: "\n")
    }

    /// `line` with each folding shortcode replaced by the HTML it renders to.
    private static func rewritten(_ line: Substring) -> String {
        var result = ""
        var rest = line
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let delimiter = after.first, delimiter == "<" || delimiter == "%",
                  let close = after.range(of: delimiter == "<" ? ">}}" : "%}}") else {
                result += "{{"
                rest = after
                continue
            }
            let original = rest[open.lowerBound..<close.upperBound]
            let inside = after[after.index(after: after.startIndex)..<close.lowerBound].drop { $0 == " " }
            rest = after[close.upperBound...]
            if inside.hasPrefix("/") {
                let name = inside.dropFirst().drop { $0 == " " }.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
                result += folding.contains(name) ? "</details>" : original
                continue
            }
            let name = inside.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
            guard folding.contains(name) else {
                result += original
                continue
            }
            let title = Self.title(inside.dropFirst(name.count))
            result += title.map { "<details><summary>\(escaped($0))</summary>" } ?? "<details>"
        }
        return result + rest
    }

    /// The title among a shortcode's arguments: the first quoted positional one, or a named
    /// one (`title="…"`).
    private static func title(_ arguments: Substring) -> String? {
        var rest = arguments
        while let quote = rest.firstIndex(where: { $0 == "\"" || $0 == "'" || $0 == "`" }) {
            let before = rest[..<quote].trimmingCharacters(in: .whitespaces)
            let value = rest[rest.index(after: quote)...]
            guard let end = value.firstIndex(of: rest[quote]) else { return nil }
            // Positional ("…") or a title argument (title="…"); skip others (width="…").
            let argument = before.split(separator: " ").last.map { $0.hasSuffix("=") ? $0.dropLast() : "" } ?? ""
            if argument.isEmpty && !before.hasSuffix("=") || titleArguments.contains(argument) {
                return String(value[..<end])
            }
            rest = value[value.index(after: end)...]
        }
        return nil
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
