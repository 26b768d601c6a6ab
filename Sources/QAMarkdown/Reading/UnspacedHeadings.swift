/// `##Where are the log files located?`, `###29.Ajax 是什么?`, `###What is Open Data?###`: an
/// ATX heading without the space CommonMark needs after its `#`s (Markdown.pl, kramdown and
/// older GitHub wikis rendered it; markdownlint calls it MD018). Where a document has two or
/// more lines that open so (`##` to `######`, then a letter, a bracket, or a number and a mark
/// before words; `#` too where closing `#`s end the line), or one that asks (`##Comment sont
/// numérotées les versions ?`), each is read as the heading its writer meant, wherever it
/// stands in a paragraph (those writers put no blank line around headings), and the lines
/// between as paragraphs. A lone `#hashtag` opening a paragraph stays text.
enum UnspacedHeadings {
    static let minimumOccurrences = 2

    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var openers = 0, asks = false
        for block in blocks where isParagraph(block) && opensALineWithHash(block.inlines) {
            for line in lines(of: block.inlines) where level(of: line) != nil {
                openers += 1
                asks = asks || QADocumentReader.isQuestion(InlineText.plain(line))
            }
        }
        guard openers >= minimumOccurrences || asks else { return blocks }
        var result: [MarkdownBlock] = []
        for block in blocks {
            guard isParagraph(block), opensALineWithHash(block.inlines) else {
                result.append(block)
                continue
            }
            let lines = lines(of: block.inlines)
            guard lines.contains(where: { level(of: $0) != nil }) else {
                result.append(block)
                continue
            }
            // The lines of a paragraph between two headings, with the number of its first line.
            var pending: [MarkdownInline] = [], pendingStart = block.range.startLine
            func flush(endLine: Int, endColumn: Int = 1) {
                if !pending.isEmpty {
                    result.append(MarkdownBlock(kind: .paragraph,
                                                range: SourceRange(startLine: pendingStart, startColumn: 1, endLine: endLine, endColumn: endColumn),
                                                inlines: pending))
                }
                pending = []
            }
            for (offset, line) in lines.enumerated() {
                let number = block.range.startLine + offset
                guard let level = level(of: line), case .text(let first)? = line.first else {
                    if pending.isEmpty { pendingStart = number } else { pending.append(.softBreak) }
                    pending += line
                    continue
                }
                flush(endLine: number - 1)
                var heading = line
                heading[0] = .text(String(first.dropFirst(level)))
                if case .text(let last)? = heading.last {
                    // Closing `#`s: "###What is Open Data?###".
                    heading[heading.count - 1] = .text(String(last.reversed().drop { $0 == "#" || $0 == " " }.reversed()))
                }
                result.append(MarkdownBlock(kind: .heading(level: level),
                                            range: SourceRange(startLine: number, startColumn: offset == 0 ? block.range.startColumn : 1,
                                                               endLine: number, endColumn: 1),
                                            inlines: heading))
            }
            flush(endLine: block.range.endLine, endColumn: block.range.endColumn)
        }
        return result
    }

    private static func isParagraph(_ block: MarkdownBlock) -> Bool {
        if case .paragraph = block.kind { return true }
        return false
    }

    /// Whether a line of the paragraph opens with `#`: the test every paragraph takes, so it
    /// looks without cutting the paragraph into lines.
    private static func opensALineWithHash(_ inlines: [MarkdownInline]) -> Bool {
        var atLineStart = true
        for inline in inlines {
            if inline.isBreak {
                atLineStart = true
                continue
            }
            if atLineStart, case .text(let text) = inline, text.utf8.first == UInt8(ascii: "#") { return true }
            atLineStart = false
        }
        return false
    }

    /// A paragraph's inlines cut at its line breaks.
    private static func lines(of inlines: [MarkdownInline]) -> [[MarkdownInline]] {
        inlines.split(omittingEmptySubsequences: false, whereSeparator: \.isBreak).map(Array.init)
    }

    /// The level a line's `##…` opening means, nil when it has none.
    private static func level(of line: [MarkdownInline]) -> Int? {
        guard case .text(let first)? = line.first, first.first == "#" else { return nil }
        let hashes = first.prefix { $0 == "#" }.count
        let rest = first.dropFirst(hashes)
        guard hashes <= 6, let next = rest.first else { return nil }
        // One `#` is a heading only where closing ones end the line ("#FAQ#"): "#hashtag" is text.
        if hashes == 1 {
            guard line.count == 1, rest.count > 1, rest.last == "#", next != " " else { return nil }
            return 1
        }
        // A letter or a bracket, or a number that numbers words ("###29.Ajax 是什么?").
        if next.isLetter || next == "(" { return hashes }
        let afterNumber = rest.drop { $0.isNumber }
        guard next.isNumber, let mark = afterNumber.first, mark == "." || mark == "、" || mark == ")",
              afterNumber.dropFirst().contains(where: \.isLetter)
                || afterNumber.dropFirst().allSatisfy({ $0 == " " }) && line.count > 1 else { return nil }
        return hashes
    }
}
