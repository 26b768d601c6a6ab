/// `> ¿Es necesario saber inglés?` then the answer in the paragraphs below it: an FAQ that
/// quotes each question. A short quote (one paragraph, or an HTML `<blockquote>` of one) that
/// asks and has something other than a quote or a heading after it is an entry, where three
/// or more such stand in the document and they are most of its quotes — quotes that only
/// note or cite something do not ask.
enum QuoteEntries {
    /// How many asking quotes make the document's quotes its questions.
    static let minimumEntries = 3
    /// The longest quote that is one question (in bytes); longer ones are passages.
    static let longestQuestion = 600

    /// The question of each entry, by block index, with the line its text stands on.
    static func entries(_ blocks: [MarkdownBlock]) -> [Int: (text: String, line: Int)] {
        var quotes = 0
        var asking: [Int: (text: String, line: Int)] = [:]
        for (index, block) in blocks.enumerated() {
            guard let quote = text(of: block) else { continue }
            quotes += 1
            guard asks(quote.text), index + 1 < blocks.count, text(of: blocks[index + 1]) == nil,
                  blocks[index + 1].headingLevel == nil, !restatesHeading(blocks, quoteAt: index) else { continue }
            asking[index] = quote
        }
        guard asking.count >= minimumEntries, asking.count * 2 > quotes else { return [:] }
        return asking
    }

    /// True when the quote stands first under a heading that reads as a question, perhaps
    /// after a bare label ("### Question 1.1: Design a Web Crawler", "**Question:**", then
    /// `> "Design and implement…?"`): the heading's question written out, not an entry.
    private static func restatesHeading(_ blocks: [MarkdownBlock], quoteAt index: Int) -> Bool {
        var above = index - 1
        if above >= 0, case .paragraph = blocks[above].kind, case let label = InlineText.plain(blocks[above].inlines),
           QuestionPrefix.hasLabel(label), QuestionPrefix.isPrefixOnly(label) {
            above -= 1
        }
        guard above >= 0, blocks[above].headingLevel != nil else { return false }
        return QADocumentReader.readsAsQuestion(InlineText.plain(blocks[above].inlines))
    }

    /// True when a quote's text asks: a question, or a statement that ends with one ("El libro
    /// tiene implementaciones en varios frameworks. ¿Hay alguna preferencia?").
    private static func asks(_ text: String) -> Bool {
        guard text.utf8.count <= longestQuestion else { return false }
        if QADocumentReader.isQuestion(text) { return true }
        guard let mark = QuestionText.lastQuestionMark(text) else { return false }
        return QuestionText.isDecoration(text[text.index(after: mark)...])
    }

    /// The text of a quote of one paragraph, or of an HTML `<blockquote>` block, and its line;
    /// nil for anything else.
    static func text(of block: MarkdownBlock) -> (text: String, line: Int)? {
        switch block.kind {
        case .blockQuote:
            guard block.children.count == 1, case .paragraph = block.children[0].kind else { return nil }
            return (InlineText.plain(block.children[0].inlines), block.range.startLine)
        case .htmlBlock(let html):
            guard html.prefix(11).lowercased() == "<blockquote" else { return nil }
            let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, line) in lines.enumerated() {
                let text = HTMLText.strip(String(line)).text.trimmedWhitespace
                if !text.isEmpty { return (text, block.range.startLine + offset) }
            }
            return nil
        default:
            return nil
        }
    }
}
