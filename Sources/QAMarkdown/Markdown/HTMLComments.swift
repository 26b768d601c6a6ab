import Foundation

/// Finds the HTML comments of a document, outside code, with the line each starts on.
///
/// cmark gives lines for blocks only; for a comment inline in a paragraph or heading the
/// line is the block's first line plus the line breaks before it.
enum HTMLComments {
    static func collect(in blocks: [MarkdownBlock]) -> [HTMLComment] {
        var result: [HTMLComment] = []
        for block in blocks { collect(block, into: &result) }
        return result
    }

    private static func collect(_ block: MarkdownBlock, into result: inout [HTMLComment]) {
        switch block.kind {
        case .htmlBlock(let html):
            scan(html, firstLine: block.range.startLine, into: &result)
        case .paragraph, .heading:
            var line = block.range.startLine
            for inline in block.inlines {
                switch inline {
                case .softBreak, .lineBreak: line += 1
                case .html(let html): scan(html, firstLine: line, into: &result)
                default: break
                }
            }
        case .codeBlock, .thematicBreak:
            break
        case .document, .blockQuote, .list, .item:
            for child in block.children { collect(child, into: &result) }
        }
    }

    private static func scan(_ html: String, firstLine: Int, into result: inout [HTMLComment]) {
        var line = firstLine
        var rest = Substring(html)
        while let start = rest.range(of: "<!--") {
            line += rest[..<start.lowerBound].filter { $0 == "\n" }.count
            guard let end = rest.range(of: "-->", range: start.upperBound..<rest.endIndex) else { return }
            let text = rest[start.upperBound..<end.lowerBound]
            result.append(HTMLComment(text: text.trimmedWhitespace, line: line))
            line += text.filter { $0 == "\n" }.count
            rest = rest[end.upperBound...]
        }
    }
}
