/// A question on a later line of a paragraph, with no blank line between: a label ("Docker
/// Interview Questions" then "Question: What is a Dockerfile?", or the last lines of a code
/// sample then "Question: …"), or a line that is only a question in bold (a GitBook export's
/// "**¿Puedo minar BTC?**\" after the answer before it, whose "\" lines are no blank lines).
/// Where a document writes its questions so (three or more paragraphs open with such a line),
/// a paragraph is cut before each such later line, so the question reads as the others do.
enum LabelledLines {
    static let minimumLabelled = 3

    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        // (Counted only up to the minimum: this runs on every paragraph of every document.)
        var labelled = 0, bold = 0
        for block in blocks where labelled < minimumLabelled && bold < minimumLabelled {
            guard case .paragraph = block.kind else { continue }
            let first = block.inlines.splitAtFirstBreak().line
            if QuestionPrefix.hasLabel(InlineText.plain(first)) { labelled += 1 } else if isBoldQuestion(first[...]) { bold += 1 }
        }
        let byLabel = labelled >= minimumLabelled, byBold = bold >= minimumLabelled
        guard byLabel || byBold else { return blocks }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count + 4)
        // (One that opens with a question too: "**Soru:** …" then "**Cevap:** …" then a
        // line of only an invisible mark, which is no blank line, then the next "**Soru:** …".)
        for block in blocks {
            guard case .paragraph = block.kind else {
                result.append(block)
                continue
            }
            result += block.cutBeforeLines { line in
                byLabel && QuestionPrefix.hasLabel(InlineText.plain(Array(line))) || byBold && isBoldQuestion(line)
            }
        }
        return result
    }

    /// True when a line is one bold span that asks, and nothing else but marks
    /// (`ListItemQuestion.boldLine`).
    private static func isBoldQuestion<Line: Collection<MarkdownInline>>(_ line: Line) -> Bool {
        ListItemQuestion.boldLine(Array(line)).map(QADocumentReader.isQuestion) ?? false
    }
}
