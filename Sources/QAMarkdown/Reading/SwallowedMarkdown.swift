/// Markdown that an HTML block swallowed. CommonMark ends an HTML block only at a blank line,
/// so `</div>` followed on the next line by `## Q. Next question`, `<br/>` followed by a
/// `<details>`, or a `<summary>` followed by a list, hide a heading, a `<details>` or the
/// list inside one HTML block — where a person reading the file sees them. The reader splits
/// such a block where a line opens a `<details>`, or where a line that starts a heading, a
/// list or a paragraph in bold follows a line that ends a tag (`<div markdown="1">` over
/// `***P***: *…?*`), and reads the rest as Markdown of its own.
enum SwallowedMarkdown {
    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard blocks.contains(where: mayHide) else { return blocks }
        var result: [MarkdownBlock] = []
        for block in blocks {
            guard mayHide(block), case .htmlBlock(let html) = block.kind else {
                result.append(block)
                continue
            }
            result.append(contentsOf: segments(html, startLine: block.range.startLine, startColumn: block.range.startColumn))
        }
        return result
    }

    /// The block cut into HTML and Markdown in one pass over its lines (each Markdown run
    /// parsed once: cutting and re-parsing the rest at every cut took quadratic time on
    /// 4,000 unclosed `<details>`).
    private static func segments(_ html: String, startLine: Int, startColumn: Int) -> [MarkdownBlock] {
        var lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var result: [MarkdownBlock] = []
        var start = 0
        var index = 1
        func emitHTML(_ end: Int) {
            guard end > start else { return }
            result.append(MarkdownBlock(kind: .htmlBlock(lines[start..<end].joined(separator: "\n") + "\n"),
                                        range: SourceRange(startLine: startLine + start, startColumn: start == 0 ? startColumn : 1,
                                                           endLine: startLine + end - 1, endColumn: 1)))
        }
        while index < lines.count {
            let line = lines[index]
            let indented = line.drop(while: { $0 == " " })
            guard line.count - indented.count < 4 else { index += 1; continue }
            if indented.lowercased().hasPrefix("<details") {
                emitHTML(index)
                start = index
                index += 1
                continue
            }
            let previous = lines[index - 1].reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard previous.first == ">", startsMarkdown(indented) else { index += 1; continue }
            emitHTML(index)
            // Markdown up to the next line that opens a tag.
            var end = index + 1
            while end < lines.count, !lines[end].drop(while: { $0 == " " }).hasPrefix("<") { end += 1 }
            let markdown = MarkdownParser.parse(lines[index..<end].joined(separator: "\n"))
            result.append(contentsOf: markdown.children.map { $0.shifted(by: startLine + index - 1) })
            start = end
            index = end + 1
        }
        emitHTML(lines.count)
        return result
    }

    /// An HTML block with more than one line, one of which may start Markdown — not a
    /// comment (`<!--` … `-->`, an entry template kept out of sight), whose lines nobody sees.
    private static func mayHide(_ block: MarkdownBlock) -> Bool {
        guard case .htmlBlock(let html) = block.kind else { return false }
        return html.utf8.dropLast().contains(UInt8(ascii: "\n")) && !html.drop(while: \.isWhitespace).hasPrefix("<!--")
    }

    /// `## Title`, `- item`, `* item`, `1. item`, and a paragraph that opens in bold
    /// (`**Q:** …`, `***P***: *…*` under `<div markdown="1">`).
    private static func startsMarkdown(_ line: Substring) -> Bool {
        let hashes = line.prefix(while: { $0 == "#" })
        if (1...6).contains(hashes.count) { return line.dropFirst(hashes.count).first == " " }
        let stars = line.prefix(while: { $0 == "*" || $0 == "_" })
        if (2...3).contains(stars.count), let next = line.dropFirst(stars.count).first, !next.isWhitespace { return true }
        if let first = line.first, "-*+".contains(first) { return line.dropFirst().first == " " }
        let digits = line.prefix(while: { ("0"..."9").contains($0) })
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }
}
