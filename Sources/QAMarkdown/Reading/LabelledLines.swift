/// A question label on a later line of a paragraph ("Docker Interview Questions" then
/// "Question: What is a Dockerfile?", or the last lines of a code sample then "Question: …",
/// with no blank line between): where a document labels its
/// questions (three or more paragraphs open with a label), the paragraph is cut before that
/// line, so the labelled question reads as the others do.
enum LabelledLines {
    static let minimumLabelled = 3

    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        // (Counted only up to the minimum: this runs on every paragraph of every document.)
        var opening = 0
        for block in blocks where opening < minimumLabelled {
            guard case .paragraph = block.kind else { continue }
            if QuestionPrefix.hasLabel(InlineText.plain(block.inlines.splitAtFirstBreak().line)) { opening += 1 }
        }
        guard opening >= minimumLabelled else { return blocks }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count + 4)
        // (One that opens with a label too: "**Soru:** …" then "**Cevap:** …" then a line
        // with only an invisible mark, which is no blank line, then the next "**Soru:** …".)
        for block in blocks {
            guard case .paragraph = block.kind else {
                result.append(block)
                continue
            }
            result += block.cutBeforeLines { QuestionPrefix.hasLabel(InlineText.plain(Array($0))) }
        }
        return result
    }
}
