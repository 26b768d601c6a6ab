/// A `<details>` that folds away a list of links to other pages (`<summary>Stack</summary>`
/// over links to `Stack.md` and `Queue.md`): a folded index of a study repository, not a
/// question. What it holds is judged block by block: `true` links and nothing else of
/// letters, `false` prose, `nil` nothing at all.
enum LinkIndex {
    /// How many such `<details>` a document needs before they read as an index.
    static let minimumEntries = 3

    /// The `<details>` (by block index) that make up a folded index: three or more hold only
    /// links, and fewer than half of those ask in their summary.
    static func entries(_ details: [Int: Details]) -> Set<Int> {
        let linkOnly = details.filter { $0.value.holdsOnlyLinks }
        let asking = linkOnly.values.filter { QADocumentReader.isQuestion($0.summary) }.count
        guard linkOnly.count >= minimumEntries, asking * 2 < linkOnly.count else { return [] }
        return Set(linkOnly.keys)
    }

    /// True when a document's lists are a reading list: five or more items hold only a link
    /// ("* [如何排查系统的性能瓶颈点？](https://…)"), and fewer than half of those ask. Such an
    /// item names an article, not a question, however its title is worded.
    static func readingList(_ blocks: [MarkdownBlock]) -> Bool {
        var linkOnly = 0, asking = 0
        for block in blocks {
            guard case .list = block.kind else { continue }
            for item in block.children where isLinkOnly(item) {
                linkOnly += 1
                if QADocumentReader.isQuestion(InlineText.plain(item.children[0].inlines)) { asking += 1 }
            }
        }
        return linkOnly >= readingListEntries && asking * 2 < linkOnly
    }

    /// True when every item of every list holds only a link to another page, ten or more
    /// items in all (`readingList` aside, however many ask): a page's navigation.
    static func navigation(_ blocks: [MarkdownBlock]) -> Bool {
        var linkOnly = 0
        for block in blocks {
            guard case .list = block.kind else { continue }
            for item in block.children {
                // (`isLinkOnly` holds for a first paragraph of links; none into the page.)
                guard isLinkOnly(item),
                      !item.children[0].inlines.contains(where: { if case .link(let url, _) = $0 { return url.hasPrefix("#") }; return false })
                else { return false }
                linkOnly += 1
            }
        }
        return linkOnly >= navigationEntries
    }

    /// How many link-only items a page's navigation has at least.
    static let navigationEntries = 10

    /// How many link-only items a reading list has at least.
    static let readingListEntries = 5

    /// True when a list item's first block is a paragraph of links and nothing else.
    static func isLinkOnly(_ item: MarkdownBlock) -> Bool {
        guard let first = item.children.first, case .paragraph = first.kind else { return false }
        // Most items open with words: settled without reading their HTML.
        switch first.inlines.first(where: { if case .text(let text) = $0 { return !text.trimmedWhitespace.isEmpty }; return true }) {
        case .link?, .html?, .strong?, .emphasis?: break
        default: return false
        }
        return onlyLinks(first) == true
    }

    /// Whether an HTML fragment holds only links: its `<a>…</a>` elements removed, no letter
    /// is left.
    static func onlyLinks(html: String) -> Bool? {
        let lower = html.lowercased()
        var rest = Substring(lower)
        var outside = ""
        var links = 0
        while let open = rest.range(of: "<a") {
            let after = rest[open.upperBound...]
            // `<abbr>`, `<aside>`: not a link.
            guard let next = after.first, next == " " || next == ">" || next == "\n" else {
                outside += rest[..<open.upperBound]
                rest = after
                continue
            }
            outside += rest[..<open.lowerBound]
            guard let close = after.range(of: "</a>") else { return false }
            links += 1
            rest = after[close.upperBound...]
        }
        outside += rest
        let text = HTMLText.strip(outside).text
        if text.contains(where: \.isLetter) { return false }
        return links > 0 ? true : nil
    }

    /// Whether a Markdown block holds only links: a list of them, a paragraph of them, or
    /// HTML that does.
    static func onlyLinks(_ block: MarkdownBlock) -> Bool? {
        switch block.kind {
        case .htmlBlock(let html):
            return onlyLinks(html: html)
        case .paragraph:
            return onlyLinks(inlines: block.inlines)
        case .list, .item:
            return combine(block.children.map(onlyLinks))
        case .thematicBreak:
            return nil
        default:
            return false
        }
    }

    /// `true` when every part that holds something holds only links and one does.
    static func combine(_ parts: [Bool?]) -> Bool? {
        if parts.contains(false) { return false }
        return parts.contains(true) ? true : nil
    }

    private static func onlyLinks(inlines: [MarkdownInline]) -> Bool? {
        // Inline HTML (`<a href="…">Stack</a>` inside a paragraph) is read as HTML.
        if inlines.contains(where: { if case .html = $0 { return true }; return false }) {
            return onlyLinks(html: inlines.map { inline -> String in
                switch inline {
                case .html(let html): return html
                case .text(let text): return text
                default: return InlineText.plain([inline])
                }
            }.joined())
        }
        var parts: [Bool?] = []
        for inline in inlines {
            switch inline {
            case .link:
                parts.append(true)
            case .text(let text):
                parts.append(text.contains(where: \.isLetter) ? false : nil)
            case .html(let html):
                parts.append(html.contains(where: \.isLetter) && !html.hasPrefix("<") ? false : nil)
            case .strong(let children), .emphasis(let children):
                parts.append(onlyLinks(inlines: children))
            case .softBreak, .lineBreak:
                continue
            default:
                parts.append(false)
            }
        }
        return combine(parts)
    }
}
