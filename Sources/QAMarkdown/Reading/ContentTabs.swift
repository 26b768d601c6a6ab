/// MkDocs Material's content tabs: `=== "Tab title"` over content indented four spaces, which
/// Markdown reads as a code block. The site shows it as Markdown in a tab; so does the reader:
/// each tab's indented blocks are parsed as the Markdown they are, in place, and the tab's
/// marker line stays a paragraph of its own.
enum ContentTabs {
    static func unwrapped(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard blocks.contains(where: isTabMarker) else { return blocks }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        var inTab = false
        for block in blocks {
            if isTabMarker(block) {
                inTab = true
                result.append(block)
                continue
            }
            if inTab, case .codeBlock(let info, let literal) = block.kind, info.isEmpty {
                result.append(contentsOf: MarkdownParser.parse(literal).children.map { $0.shifted(by: block.range.startLine - 1) })
                continue
            }
            inTab = false
            result.append(block)
        }
        return result
    }

    /// `=== "Title"`, `===! "Title"`, `===+ "Title"`: a paragraph of that one line.
    static func isTabMarker(_ block: MarkdownBlock) -> Bool {
        guard case .paragraph = block.kind, block.inlines.count == 1, case .text(let text) = block.inlines[0],
              text.hasPrefix("===") else { return false }
        let rest = text.dropFirst(3).drop { $0 == "!" || $0 == "+" }
        guard rest.first == " " else { return false }
        let title = rest.drop { $0 == " " }
        return title.count >= 2 && title.first == "\"" && title.last == "\""
    }
}
