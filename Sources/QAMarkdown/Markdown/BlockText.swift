import Foundation

/// What a run of Markdown blocks says, split the way rules need it: prose apart from code,
/// with media noted and navigation boilerplate ("back to top" links) left out.
public struct BlockText: Sendable, Hashable {
    /// Prose text: paragraphs, list items, quotes and the text of HTML, without code.
    public var prose: String = ""
    /// Code blocks and code spans.
    public var code: String = ""
    /// True when the blocks show an image, video or embedded frame.
    public var hasMedia: Bool = false
    /// The number of paragraphs (at any depth: in lists and quotes too).
    public var paragraphs: Int = 0
    /// The number of links (navigation links excluded).
    public var links: Int = 0
    /// The text of those links.
    public var linkText: String = ""

    public init() {}

    /// True when nothing a reader would take for content is present.
    public var isBlank: Bool {
        !hasMedia && prose.allSatisfy(\.isWhitespace) && code.allSatisfy(\.isWhitespace)
    }

    /// Collects the text of `blocks`.
    public static func of(_ blocks: [MarkdownBlock]) -> BlockText {
        var text = BlockText()
        for block in blocks { text.add(block) }
        return text
    }

    /// Appends another text.
    mutating func add(_ other: BlockText) {
        prose += other.prose
        code += other.code
        hasMedia = hasMedia || other.hasMedia
        paragraphs += other.paragraphs
        links += other.links
        linkText += other.linkText
    }

    mutating func add(_ block: MarkdownBlock) {
        switch block.kind {
        case .paragraph, .heading:
            if case .paragraph = block.kind { paragraphs += 1 }
            addInlines(block.inlines)
            prose.append("\n")
        case .codeBlock(_, let literal):
            code.append(literal)
            code.append("\n")
        case .htmlBlock(let html):
            addHTML(html)
        case .thematicBreak:
            break
        case .document, .blockQuote, .list, .item:
            for child in block.children { add(child) }
        }
    }

    mutating func addInlines(_ inlines: [MarkdownInline]) {
        for inline in inlines {
            switch inline {
            case .text(let string): prose.append(string)
            case .code(let string):
                code.append(string)
                code.append("\n")
                prose.append(" ")
            case .softBreak, .lineBreak: prose.append(" ")
            case .html(let html): addHTML(html)
            case .emphasis(let children), .strong(let children): addInlines(children)
            case .link(let url, let children):
                let text = InlineText.plain(children)
                if !Navigation.isNavigationLink(url: url, text: text) {
                    links += 1
                    linkText += text + " "
                    addInlines(children)
                }
            case .image:
                hasMedia = true
            }
        }
    }

    mutating func addHTML(_ html: String) {
        let stripped = HTMLText.strip(html)
        if stripped.hasMedia { hasMedia = true }
        if stripped.isLink && Navigation.isNavigationText(stripped.text) { return }
        prose.append(stripped.text)
        prose.append(" ")
    }
}

/// Plain text of inline content.
public enum InlineText {
    /// The heading text a question was read from, as GitHub slugs it: the label kept.
    public static func plainText(of question: QAQuestion) -> String {
        question.headingText ?? question.text
    }

    /// All text, code spans included (the form for headings and questions), markup removed.
    public static func plain(_ inlines: [MarkdownInline]) -> String {
        var result = ""
        append(inlines, to: &result)
        return result.trimmedWhitespace
    }

    /// The text without its code spans: what a sentence says in words. Code never asks
    /// ("`sdk.payments.list(filter?)`" is a signature with an optional parameter).
    public static func prose(_ inlines: [MarkdownInline]) -> String {
        plain(inlines.map { inline in
            if case .code = inline { return .text("") }
            return inline
        })
    }

    private static func append(_ inlines: [MarkdownInline], to result: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let string), .code(let string): result.append(string)
            case .softBreak, .lineBreak: result.append(" ")
            case .html: break
            case .emphasis(let children), .strong(let children), .link(_, let children), .image(_, let children):
                append(children, to: &result)
            }
        }
    }
}

/// Links and labels that only move the reader around the page.
enum Navigation {
    private static let phrases: Set<String> = [
        "back to top", "to top", "top", "go to top", "return to top", "scroll to top", "back",
        "back to contents", "back to table of contents", "table of contents", "contents", "toc",
        "back to toc", "go back", "up",
    ]

    static func isNavigationLink(url: String, text: String) -> Bool {
        let words = TextNormalizer.words(text)
        if url.hasPrefix("#") && words.isEmpty { return true }
        return isNavigationText(text)
    }

    static func isNavigationText(_ text: String) -> Bool {
        phrases.contains(TextNormalizer.words(text))
    }
}

/// Text of an HTML fragment: tags and comments removed, common entities decoded.
enum HTMLText {
    struct Stripped {
        var text: String
        var hasMedia: Bool
        var isLink: Bool
    }

    private static let mediaTags: Set<String> = ["img", "video", "iframe", "picture", "svg", "audio", "object", "embed"]
    private static let entities: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "#39": "'",
    ]

    static func strip(_ html: String) -> Stripped {
        var text = ""
        var hasMedia = false
        var isLink = false
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if html[index...].hasPrefix("<!--") {
                let end = html.range(of: "-->", range: index..<html.endIndex)?.upperBound ?? html.endIndex
                index = end
                continue
            }
            if character == "<" {
                let end = html[index...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                let name = tagName(html[index..<end])
                if mediaTags.contains(name) { hasMedia = true }
                if name == "a" { isLink = true }
                text.append(" ")
                index = end
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";") {
                let name = String(html[html.index(after: index)..<semicolon]).lowercased()
                if let replacement = entities[name] {
                    text.append(replacement)
                    index = html.index(after: semicolon)
                    continue
                }
            }
            text.append(character)
            index = html.index(after: index)
        }
        return Stripped(text: text, hasMedia: hasMedia, isLink: isLink)
    }

    /// The lowercased name of an HTML tag, opening or closing (`<b>`, `</strong>`, `<div class=…>`).
    static func tagName(_ tag: Substring) -> String {
        String(tag.dropFirst().drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (Swift-native: Foundation's trimming bridges
    /// through NSString, which shows up when every heading of a large corpus is read).
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        // Most texts need no trimming; the rest are copied as UTF-8 (building a scalar view
        // scalar by scalar cost ~100 instructions a byte on long paragraphs).
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return String(self) }
        return String(self[first..<scalars.index(after: last)])
    }
}
