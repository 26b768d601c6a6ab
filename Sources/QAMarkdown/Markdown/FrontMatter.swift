import Foundation

/// YAML (`---`) and TOML (`+++`) front matter at the very top of a file.
///
/// Plain CommonMark reads YAML front matter as a thematic break followed by a setext
/// heading, which would invent a fake question; so it is blanked out before parsing, keeping
/// every line in place so that reported line numbers stay true.
/// Lines are split at LF on Unicode scalars, so CRLF files are read the same way (a Swift
/// `Character` holds "\r\n" as one, which a split at "\n" would never see).
enum FrontMatter {
    static func blankedOut(_ text: String) -> String {
        guard text.hasPrefix("---") || text.hasPrefix("+++") else { return text }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first else { return text }
        let opener = trimmingTrailingSpace(first)
        guard opener == "---" || opener == "+++" else { return text }
        let closers: Set<String> = opener == "---" ? ["---", "..."] : ["+++"]
        guard let end = lines.indices.dropFirst().first(where: { closers.contains(trimmingTrailingSpace(lines[$0])) }) else {
            return text
        }
        for index in 0...end { lines[index] = "" }
        return lines.joined(separator: "\n")
    }

    /// The top-level `key: value` (or TOML `key = value`) lines of the front matter, in order,
    /// each key and value trimmed; empty without front matter. Read line by line up to the
    /// closing line only (a split of the whole file, for the few lines of a front matter,
    /// showed on large files), at most `maximumLines`.
    static func fields(_ text: String) -> [(key: String, value: String)] {
        guard text.hasPrefix("---") || text.hasPrefix("+++") else { return [] }
        var rest = Substring(text)
        func nextLine() -> String? {
            guard !rest.isEmpty else { return nil }
            let end = rest.unicodeScalars.firstIndex(of: "\n") ?? rest.endIndex
            let line = String(rest[..<end])
            rest = end < rest.endIndex ? rest[rest.unicodeScalars.index(after: end)...] : rest[rest.endIndex...]
            return trimmingTrailingSpace(line)
        }
        guard let opener = nextLine(), opener == "---" || opener == "+++" else { return [] }
        var fields: [(key: String, value: String)] = []
        var count = 0
        while let line = nextLine(), count < maximumLines {
            count += 1
            if line == "---" || line == "..." || line == "+++" { break }
            // (Not an indented or listed line: a value's, not a key of the page.)
            guard let first = line.unicodeScalars.first, first.properties.isAlphabetic,
                  let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            fields.append((line[..<separator].trimmingCharacters(in: .whitespaces),
                           line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)))
        }
        return fields
    }

    /// The `title` the front matter gives the page (`title: Troubleshooting`, `title = "FAQ"`),
    /// quotes removed; nil without front matter or a title. Docs sites (Docusaurus, Hugo,
    /// VitePress) title a page here rather than with a heading.
    static func title(_ text: String) -> String? { title(in: fields(text)) }

    static func title(in fields: [(key: String, value: String)]) -> String? {
        fields.first { $0.key == "title" }.map { $0.value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
    }

    /// The keys of the front matter (`teaching: 25` gives "teaching"), normalized as words
    /// ("key_points" gives "key points").
    static func keys(_ text: String) -> Set<String> { keys(in: fields(text)) }

    static func keys(in fields: [(key: String, value: String)]) -> Set<String> {
        Set(fields.map { TextNormalizer.words($0.key.replacingOccurrences(of: "_", with: " ")) })
    }

    /// The most front-matter lines read.
    private static let maximumLines = 200

    private static func trimmingTrailingSpace(_ line: String) -> String {
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
