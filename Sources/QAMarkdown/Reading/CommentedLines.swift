/// A line that opens with an HTML comment and goes on with text (`* <!-- .element: class="fragment"
/// --> Co to jest polimorfizm?`, reveal.js and markdown-it attributes). CommonMark makes such a
/// line an HTML block, which the page shows as the text after the comment; the reader reads it
/// as the paragraph the page shows, the comment kept in front (suppressions still see it).
enum CommentedLines {
    static func split(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard blocks.contains(where: mayHold) else { return blocks }
        return blocks.map(unwrapped)
    }

    private static func unwrapped(_ block: MarkdownBlock) -> MarkdownBlock {
        switch block.kind {
        case .htmlBlock(let html):
            return paragraph(html, range: block.range) ?? block
        case .list, .item, .blockQuote:
            guard block.children.contains(where: mayHold) else { return block }
            var copy = block
            copy.children = block.children.map(unwrapped)
            return copy
        default:
            return block
        }
    }

    /// True when `block` is, or holds, an HTML block that opens with a comment.
    private static func mayHold(_ block: MarkdownBlock) -> Bool {
        switch block.kind {
        case .htmlBlock(let html): html.utf8.starts(with: "<!--".utf8)
        case .list, .item, .blockQuote: block.children.contains(where: mayHold)
        default: false
        }
    }

    /// The paragraph a one-line HTML block shows: a comment closed on the line, then text.
    private static func paragraph(_ html: String, range: SourceRange) -> MarkdownBlock? {
        let line = html.hasSuffix("\n") ? html.dropLast() : Substring(html)
        guard line.utf8.starts(with: "<!--".utf8), !line.contains("\n"), let close = line.range(of: "-->") else { return nil }
        let text = line[close.upperBound...]
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let parsed = MarkdownParser.parse(String(text.drop(while: \.isWhitespace)))
        guard parsed.children.count == 1, case .paragraph = parsed.children[0].kind else { return nil }
        return MarkdownBlock(kind: .paragraph, range: range,
                             inlines: [.html(String(line[..<close.upperBound]))] + parsed.children[0].inlines)
    }
}
