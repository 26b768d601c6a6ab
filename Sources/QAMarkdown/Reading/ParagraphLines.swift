/// A paragraph cut into paragraphs of its own before some of its lines: where a line that
/// Markdown read as the continuation of a paragraph opens something a reader of the page sees
/// as new (a question label, an admonition marker), with no blank line before it.
extension MarkdownBlock {
    /// The paragraph cut before every line after the first for which `opens` holds (given the
    /// line's inlines, not copied: this runs on every line of many paragraphs); the paragraph
    /// itself when none does.
    func cutBeforeLines(where opens: (ArraySlice<MarkdownInline>) -> Bool) -> [MarkdownBlock] {
        guard case .paragraph = kind else { return [self] }
        var pieces: [MarkdownBlock] = []
        var pieceStart = 0, pieceLine = 0
        var line = 0
        var index = 0
        while index < inlines.count {
            defer { index += 1 }
            guard inlines[index].isBreak else { continue }
            line += 1
            let next = inlines[(index + 1)...].prefix { !$0.isBreak }
            guard !next.isEmpty, opens(next) else { continue }
            pieces.append(piece(pieceStart..<index, fromLine: pieceLine, toLine: line - 1))
            pieceStart = index + 1
            pieceLine = line
        }
        guard pieceStart > 0 else { return [self] }
        pieces.append(piece(pieceStart..<inlines.count, fromLine: pieceLine, toLine: nil))
        return pieces
    }

    /// The inlines in `inlines` as a paragraph of lines `fromLine`…`toLine` of this one
    /// (offsets from its first line; nil: to its end).
    private func piece(_ inlines: Range<Int>, fromLine: Int, toLine: Int?) -> MarkdownBlock {
        var copy = self
        copy.inlines = Array(self.inlines[inlines])
        if fromLine > 0 {
            copy.range.startLine = range.startLine + fromLine
            copy.range.startColumn = 1
        }
        if let toLine { copy.range.endLine = range.startLine + toLine }
        return copy
    }
}

/// A paragraph whose first line is markup only (`<a name="faq1"></a>`, `<span id="x"></span>`)
/// over the line a reader sees first (`**(1) How can I clear all data?**`): cut after the
/// markup, so the question opens a paragraph of its own as it opens the rendered one.
enum LeadingMarkup {
    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            guard case .paragraph = block.kind, case .html? = block.inlines.first, isMarkupOnly(block.inlines.splitAtFirstBreak().line) else {
                result.append(block)
                continue
            }
            var first = true
            result += block.cutBeforeLines { _ in
                defer { first = false }
                return first
            }
        }
        return result
    }

    /// True when a line holds HTML and nothing a reader sees.
    private static func isMarkupOnly(_ line: [MarkdownInline]) -> Bool {
        line.allSatisfy { inline in
            switch inline {
            case .html: return true
            case .text(let text): return text.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
    }
}
