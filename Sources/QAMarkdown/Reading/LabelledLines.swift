/// A question label on a later line of a paragraph that does not open with one ("Docker
/// Interview Questions" then "Question: What is a Dockerfile?", or the last lines of a
/// code sample then "Question: …", with no blank line between): where a document labels its
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
        for block in blocks {
            guard case .paragraph = block.kind, let cut = labelledLine(block) else {
                result.append(block)
                continue
            }
            var before = block, after = block
            before.inlines = Array(block.inlines[..<cut.inline])
            before.range.endLine = block.range.startLine + cut.line - 1
            after.inlines = Array(block.inlines[(cut.inline + 1)...])
            after.range.startLine = block.range.startLine + cut.line
            after.range.startColumn = 1
            result += [before, after]
        }
        return result
    }

    /// The first break after which a line opens with a question label, in a paragraph whose
    /// first line does not: the break's index among the inlines and the line's offset.
    private static func labelledLine(_ paragraph: MarkdownBlock) -> (inline: Int, line: Int)? {
        var line = 0
        var start = 0
        for (index, inline) in paragraph.inlines.enumerated() where inline == .softBreak || inline == .lineBreak {
            if line == 0, QuestionPrefix.hasLabel(InlineText.plain(Array(paragraph.inlines[start..<index]))) { return nil }
            line += 1
            start = index + 1
            let next = paragraph.inlines[start...].prefix { $0 != .softBreak && $0 != .lineBreak }
            if QuestionPrefix.hasLabel(InlineText.plain(Array(next))) { return (index, line) }
        }
        return nil
    }
}
