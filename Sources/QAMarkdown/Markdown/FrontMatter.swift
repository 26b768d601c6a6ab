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

    private static func trimmingTrailingSpace(_ line: String) -> String {
        var scalars = line.unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
