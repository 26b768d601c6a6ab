/// An FAQ whose questions are plain paragraphs, or paragraphs in italics: "How big can my
/// team be?" alone on its line, its answer in the paragraphs after it ("# FAQ for
/// Developers", "## Foire aux questions" over "*J'ai besoin d'acceder à l'admin. Comment je
/// fais ?*"). Markup says nothing here, so the structure must: under an FAQ title, with no
/// heading under it and no paragraph of another layout (opening in bold, labelled), three or
/// more lines that ask, two thirds of them followed by something that does not ask. A question
/// may be a paragraph's first line (its answer on the lines after it) or, where the author
/// left no blank line after an answer, its last ("…RSVP for the event.↵Will the club be open
/// overnight?").
enum PlainQuestions {
    static let minimumQuestions = 3

    /// The paragraphs that hold such a question, by block index, with the offset of the line
    /// that asks (0, or the paragraph's last line).
    static func find(_ blocks: [MarkdownBlock], scopes: [Range<Int>]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for scope in scopes {
            let inside = blocks.indices.clamped(to: (scope.lowerBound + 1)..<scope.upperBound)
            guard !inside.isEmpty, !inside.contains(where: { blocks[$0].headingLevel != nil }) else { continue }
            var found: [Int: Int] = [:]
            var answered = 0
            var otherLayout = false
            for index in inside {
                guard case .paragraph = blocks[index].kind else { continue }
                // (A bold question, alone or leading its answer, is another layout's.)
                if case .strong? = blocks[index].inlines.first(where: { !Self.isSpace($0) }) {
                    otherLayout = true
                    break
                }
                if ParagraphQuestion(blocks[index]) != nil {
                    otherLayout = true
                    break
                }
                guard let asking = askingLine(blocks[index]) else { continue }
                found[index] = asking.offset
                // (A question on a paragraph's first line with lines after it has its answer.)
                if asking.offset == 0 && asking.lines > 1 || index + 1 < inside.upperBound && followsAsAnswer(blocks[index + 1]) { answered += 1 }
            }
            guard !otherLayout, found.count >= minimumQuestions, answered * 3 >= found.count * 2 else { continue }
            result.merge(found) { first, _ in first }
        }
        return result
    }

    /// Questions set apart by spacing: one-line paragraphs with two or more blank lines above
    /// them and fewer below, the text they title right under them ("Java语言有哪些特点？"
    /// after three blank lines, its answer one below; "Oracle JDK和Open JDK的对比" likewise).
    /// Read on a page titled as a bank of questions or holding an FAQ, whose headings do not
    /// ask. The spacing must be the author's convention, not an accident: three or more such
    /// lines, a third of them asking, two thirds of all the blocks set apart so.
    static func spaced(_ blocks: [MarkdownBlock]) -> Set<Int> {
        var lines: [Int: String] = [:]
        var setApart = 0
        for index in blocks.indices.dropFirst() where gap(blocks, before: index) >= 2 && blocks[index].headingLevel == nil {
            setApart += 1
            let block = blocks[index]
            guard case .paragraph = block.kind, !block.inlines.contains(where: \.isBreak), index + 1 < blocks.count,
                  blocks[index + 1].headingLevel == nil, gap(blocks, before: index + 1) < gap(blocks, before: index) else { continue }
            if case .strong? = block.inlines.first { continue }
            let text = InlineText.plain(block.inlines).trimmedWhitespace
            guard !text.isEmpty, text.utf8.count <= QuestionText.longestTitle, !text.endsWithColon else { continue }
            lines[index] = text
        }
        let asking = lines.values.filter { QADocumentReader.isQuestionTitle($0) || ReadingVocabulary.opensAsQuestion($0) }.count
        guard lines.count >= minimumQuestions, asking * 3 >= lines.count, lines.count * 3 >= setApart * 2 else { return [] }
        return Set(lines.keys)
    }

    /// The blank lines between the block at `index` and the one before it.
    private static func gap(_ blocks: [MarkdownBlock], before index: Int) -> Int {
        blocks[index].range.startLine - lastLine(of: blocks[index - 1]) - 1
    }

    /// The last line of a block's text: a list's ends with its last item's (cmark counts the
    /// blank lines after a list in it).
    private static func lastLine(of block: MarkdownBlock) -> Int {
        guard case .list = block.kind, let last = block.children.last else { return block.range.endLine }
        return last.children.last.map(lastLine(of:)) ?? last.range.endLine
    }

    /// The offset of the line of a paragraph that asks — its first (the rest does not ask), or
    /// its last after lines that do not — and how many lines it has; nil when neither asks or
    /// both do.
    private static func askingLine(_ paragraph: MarkdownBlock) -> (offset: Int, lines: Int)? {
        let lines = paragraph.inlines.split(omittingEmptySubsequences: false, whereSeparator: \.isBreak)
        guard let first = lines.first else { return nil }
        let firstAsks = asks(first)
        if lines.count == 1 { return firstAsks ? (0, 1) : nil }
        let lastAsks = asks(lines[lines.count - 1])
        if firstAsks && !lastAsks { return (0, lines.count) }
        if lastAsks && !firstAsks && !asks(lines[lines.count - 2]) { return (lines.count - 1, lines.count) }
        return nil
    }

    private static func asks(_ line: ArraySlice<MarkdownInline>) -> Bool {
        // (A link to the page's own heading or code alone asks nothing: "[Why?](#why)". A link
        // elsewhere titles the question with its source: "[LINQ nedir?](https://learn…)".)
        guard line.contains(where: {
            switch $0 {
            case .text, .emphasis: return true
            case .link(let url, _): return !url.hasPrefix("#")
            default: return false
            }
        }) else { return false }
        return QADocumentReader.isQuestionTitle(InlineText.plain(Array(line)).trimmedWhitespace)
    }

    private static func isSpace(_ inline: MarkdownInline) -> Bool {
        if case .text(let text) = inline { return text.allSatisfy(\.isWhitespace) }
        return false
    }

    /// True when a block can be an answer: not a paragraph whose first line asks.
    private static func followsAsAnswer(_ block: MarkdownBlock) -> Bool {
        switch block.kind {
        case .heading, .thematicBreak: return false
        case .paragraph: return askingLine(block)?.offset != 0
        default: return true
        }
    }
}
