/// `##Where are the log files located?`, `###29.Ajax 是什么?`: an ATX heading without the
/// space CommonMark needs after its `#`s (older GitHub wikis and blog engines rendered it;
/// markdownlint calls it MD018). Where a document has two or more paragraphs that open so
/// (`##` to `######`, then a letter, a bracket, or a number and a mark before words), or one
/// whose first line asks (`##Comment sont numérotées les versions ?`), each first line is read
/// as the heading its writer meant, and the rest of the paragraph as a paragraph after it. A
/// lone `#hashtag` opening a paragraph stays text.
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
        let rest = first.dropFirst(hashes)
        guard (2...6).contains(hashes), let next = rest.first else { return nil }
        // A letter or a bracket, or a number that numbers words ("###29.Ajax 是什么?").
        if next.isLetter || next == "(" { return hashes }
        let afterNumber = rest.drop { $0.isNumber }
        guard next.isNumber, let mark = afterNumber.first, mark == "." || mark == "、" || mark == ")",
              afterNumber.dropFirst().contains(where: \.isLetter)
                || afterNumber.dropFirst().allSatisfy({ $0 == " " }) && block.inlines.count > 1 && block.inlines[1] != .softBreak else { return nil }
        return hashes
    }
}
