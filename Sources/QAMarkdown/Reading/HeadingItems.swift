/// A list whose every item opens with a heading that does not ask (`1.  ### Загальні` over the
/// `<details>` of its questions, indented to the item): a list of sections, written as a list for its
/// numbers. Its items' blocks are read as the document's own, in place — the headings as
/// headings, the questions under them as questions — instead of as one list item each.
enum HeadingItems {
    static func unwrapped(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard blocks.contains(where: isListOfSections) else { return blocks }
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if isListOfSections(block) {
                result.append(contentsOf: block.children.flatMap(\.children))
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// True when every item of a list opens with a heading and some item holds more than its
    /// heading; an item of an HTML block (a `<details>`) or a list of its own.
    static func isListOfSections(_ block: MarkdownBlock) -> Bool {
        guard case .list = block.kind, !block.children.isEmpty else { return false }
        var holdsMore = false
        for item in block.children {
            // ("1. ### What is Go?" over its answer is a question in a list: `ListItemQuestion`.)
            guard let first = item.children.first, first.headingLevel != nil,
                  !QADocumentReader.readsAsQuestion(InlineText.plain(first.inlines)) else { return false }
            holdsMore = holdsMore || item.children.dropFirst().contains { child in
                switch child.kind {
                case .htmlBlock, .list: return true
                default: return false
                }
            }
        }
        return holdsMore
    }
}
