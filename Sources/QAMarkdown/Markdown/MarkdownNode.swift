/// Markdown as a Swift value tree, converted once from cmark's C tree so that nothing
/// outside `MarkdownParser` touches C pointers.
public indirect enum MarkdownInline: Sendable, Hashable {
    case text(String)
    case code(String)
    case softBreak
    case lineBreak
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(url: String, [MarkdownInline])
    case image(url: String, [MarkdownInline])

    /// True for a line end inside a paragraph (soft or hard): where one of its lines ends.
    public var isBreak: Bool { self == .softBreak || self == .lineBreak }
}

/// One block of a Markdown document with its source range.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        /// `start`: the number of an ordered list's first item (1 for a bullet list).
        case list(ordered: Bool, start: Int = 1)
        /// `number`: the number its marker writes, in an ordered list ("13." after "1." and
        /// "2." in one list, as CommonMark reads them); nil for a bullet.
        case item(number: Int? = nil)
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
    }

    public var kind: Kind
    public var range: SourceRange
    /// Child blocks (containers only).
    public var children: [MarkdownBlock]
    /// Inline content (paragraphs and headings only).
    public var inlines: [MarkdownInline]

    public init(kind: Kind, range: SourceRange, children: [MarkdownBlock] = [], inlines: [MarkdownInline] = []) {
        self.kind = kind
        self.range = range
        self.children = children
        self.inlines = inlines
    }

    /// This block with its lines (and its children's) moved down by `offset`: blocks parsed
    /// from text cut out of a document, put back in its place.
    func shifted(by offset: Int) -> MarkdownBlock {
        var copy = self
        copy.range.startLine += offset
        copy.range.endLine += offset
        copy.children = children.map { $0.shifted(by: offset) }
        return copy
    }

    /// The number an ordered list item's marker writes, or nil (a bullet, not an item).
    public var itemNumber: Int? {
        if case .item(let number) = kind { return number }
        return nil
    }

    /// The heading level, or nil when this block is not a heading.
    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}
