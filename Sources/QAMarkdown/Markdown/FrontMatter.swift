/// YAML (`---`) and TOML (`+++`) front matter at the very top of a file.
///
/// Plain CommonMark reads YAML front matter as a thematic break followed by a setext
/// heading, which would invent a fake question; so it is blanked out before parsing, keeping
/// every line in place so that reported line numbers stay true.
enum FrontMatter {
    static func blankedOut(_ text: String) -> String {
        guard text.hasPrefix("---") || text.hasPrefix("+++") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first else { return text }
        let opener = first.trimmingTrailingSpace
        guard opener == "---" || opener == "+++" else { return text }
        let closers: Set<Substring> = opener == "---" ? ["---", "..."] : ["+++"]
        guard let end = lines.indices.dropFirst().first(where: { closers.contains(lines[$0].trimmingTrailingSpace) }) else {
            return text
        }
        for index in 0...end { lines[index] = "" }
        return lines.joined(separator: "\n")
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpace: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result.removeLast() }
        return result
    }
}
