/// `##Where are the log files located?`: an ATX heading without the space CommonMark needs
/// after its `#`s (older GitHub wikis rendered it; markdownlint calls it MD018). Where a
/// document has two or more paragraphs that open so (`##` to `######`, then a letter or a
/// bracket), or one whose first line asks (`##Comment sont numérotées les versions ?`), each
/// first line is read as the heading its writer meant, and the rest of the paragraph as a
/// paragraph after it. A lone `#hashtag` opening a paragraph stays text.
enum UnspacedHeadings {
    static let minimumOccurrences = 2

    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        let openers = blocks.filter { level(of: $0) != nil }
        guard openers.count >= minimumOccurrences || openers.contains(where: {
            QADocumentReader.isQuestion(InlineText.plain($0.inlines.splitAtFirstBreak().line))
        }) else { return blocks }
        var result: [MarkdownBlock] = []
        for block in blocks {
            guard let level = level(of: block), case .text(let first)? = block.inlines.first else {
                result.append(block)
                continue
            }
            let (line, rest) = block.inlines.splitAtFirstBreak()
            var heading = Array(line)
            heading[0] = .text(String(first.dropFirst(level)))
            let start = block.range.startLine
            result.append(MarkdownBlock(kind: .heading(level: level),
                                        range: SourceRange(startLine: start, startColumn: block.range.startColumn, endLine: start, endColumn: 1),
                                        inlines: heading))
            if !rest.isEmpty {
                result.append(MarkdownBlock(kind: .paragraph,
                                            range: SourceRange(startLine: start + 1, startColumn: 1,
                                                               endLine: block.range.endLine, endColumn: block.range.endColumn),
                                            inlines: rest))
            }
        }
        return result
    }

    /// The level a paragraph's `##…` opening means, nil when it has none.
    private static func level(of block: MarkdownBlock) -> Int? {
        guard case .paragraph = block.kind, case .text(let first)? = block.inlines.first else { return nil }
        let hashes = first.prefix { $0 == "#" }.count
        guard (2...6).contains(hashes), let next = first.dropFirst(hashes).first, next.isLetter || next == "(" else { return nil }
        return hashes
    }
}
