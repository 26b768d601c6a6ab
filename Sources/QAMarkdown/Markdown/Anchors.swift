import Foundation

/// In-page links and the anchors a document's headings produce on GitHub, for checking a
/// table of contents.
public enum Anchors {
    /// GitHub's slug of a heading: lower-cased, punctuation other than `-` and `_` dropped,
    /// spaces turned into `-`.
    public static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else if character == " " {
                result.append("-")
            }
        }
        return result
    }

    /// The slug documentation sites make (VuePress, VitePress): every run of spaces and
    /// punctuation one `-`, none at either end — `v2.5.10 (324)` → `v2-5-10-324`, where GitHub
    /// drops the dots (`v2510-324`).
    public static func separatorSlug(_ text: String) -> String {
        var result = ""
        var pendingSeparator = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingSeparator, !result.isEmpty { result.append("-") }
                pendingSeparator = false
                result.append(character)
            } else {
                pendingSeparator = true
            }
        }
        return result
    }

    /// The slug of Python-Markdown's table of contents (MkDocs): accents folded away and
    /// other letters than ASCII dropped, every run of spaces and hyphens one `-` —
    /// `Ausführbare Programmdatei` → `ausfuhrbare-programmdatei`, where GitHub keeps the `ü`.
    public static func asciiSlug(_ text: String) -> String {
        var result = ""
        var pendingSeparator = false
        for scalar in text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars where scalar.isASCII {
            let character = Character(scalar)
            if character.isLetter || character.isNumber || character == "_" {
                if pendingSeparator, !result.isEmpty { result.append("-") }
                pendingSeparator = false
                result.append(character)
            } else if character == " " || character == "-" || character == "\t" {
                pendingSeparator = true
            }
        }
        return result
    }

    /// Every anchor the document defines: heading slugs (GitHub's, with its `-1`, `-2`
    /// suffixes for repeats; MkDocs' `asciiSlug` where the heading has letters beyond ASCII;
    /// and on a documentation site's page, `siteSlugs`, the site's `separatorSlug` too),
    /// `{#id}` attributes, kramdown attribute lists (`{: id="x"}`, `{: #x}`), and `<a name>`/
    /// `id` attributes in HTML.
    public static func defined(in blocks: [MarkdownBlock], siteSlugs: Bool = false) -> Set<String> {
        var anchors = Set<String>()
        var counts: [[String: Int]] = [[:], [:]]
        func visit(_ block: MarkdownBlock) {
            switch block.kind {
            case .heading:
                var text = InlineText.plain(block.inlines).trimmedWhitespace
                // `## Title {#id}` (no regular expression here: Foundation on Linux shares its
                // cached ones between threads, and ICU matchers are not thread-safe).
                if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
                    let id = text[open.upperBound..<text.index(before: text.endIndex)]
                    if !id.isEmpty, !id.contains("}") {
                        anchors.insert(String(id))
                        text = String(text[..<open.lowerBound])
                    }
                }
                let bases = [slug(text.trimmedWhitespace)] + (siteSlugs ? [separatorSlug(text)] : [])
                for (style, base) in bases.enumerated() {
                    let seen = counts[style][base, default: 0]
                    anchors.insert(seen == 0 ? base : "\(base)-\(seen)")
                    counts[style][base] = seen + 1
                }
                if !text.utf8.allSatisfy({ $0 < 0x80 }), case let folded = asciiSlug(text), !folded.isEmpty { anchors.insert(folded) }
                // Tools that make tables of contents (markdown-toc, doctoc) slug the source
                // text, tags included: `get<br>post` → `getbrpost`.
                if block.inlines.contains(where: { if case .html = $0 { return true }; return false }) {
                    let source = block.inlines.map { inline -> String in
                        if case .html(let html) = inline { return html }
                        return InlineText.plain([inline])
                    }.joined()
                    anchors.insert(slug(source.trimmedWhitespace))
                }
                for inline in block.inlines { if case .html(let html) = inline { anchors.formUnion(htmlAnchors(html)) } }
            case .htmlBlock(let html):
                anchors.formUnion(htmlAnchors(html))
            case .paragraph:
                for inline in block.inlines { if case .html(let html) = inline { anchors.formUnion(htmlAnchors(html)) } }
                // A kramdown attribute list under a heading: `{: id="zweck"}`, `{: #zweck}`.
                let text = InlineText.plain(block.inlines).trimmedWhitespace
                if text.hasPrefix("{:"), text.hasSuffix("}") {
                    anchors.formUnion(htmlAnchors(text))
                    for word in text.dropFirst(2).dropLast().split(separator: " ") where word.hasPrefix("#") && word.count > 1 {
                        anchors.insert(String(word.dropFirst()))
                    }
                }
            case .codeBlock, .thematicBreak:
                break
            default:
                block.children.forEach(visit)
            }
        }
        blocks.forEach(visit)
        return anchors
    }

    /// `name="x"` and `id="x"` values in an HTML fragment.
    static func htmlAnchors(_ html: String) -> [String] {
        var result: [String] = []
        for attribute in ["name=", "id="] {
            var rest = Substring(html)
            while let found = rest.range(of: attribute, options: .caseInsensitive) {
                rest = rest[found.upperBound...]
                guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
                let value = rest.dropFirst().prefix { $0 != quote }
                result.append(String(value))
            }
        }
        return result
    }

    /// An in-page link: its target (without `#`) and the line it stands on.
    public struct Link: Sendable, Hashable {
        public var target: String
        public var text: String
        public var line: Int
    }

    /// True when a link's text is only images (and spaces).
    static func isImageOnly(_ inlines: [MarkdownInline]) -> Bool {
        var image = false
        for inline in inlines {
            switch inline {
            case .image: image = true
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            default: return false
            }
        }
        return image
    }

    /// The in-page links (`](#anchor)`, badges aside) of blocks, with their lines (a paragraph's line plus
    /// the line breaks before the link).
    public static func links(in blocks: [MarkdownBlock]) -> [Link] {
        var result: [Link] = []
        func visit(_ block: MarkdownBlock) {
            switch block.kind {
            case .paragraph, .heading:
                var line = block.range.startLine
                func scan(_ inlines: [MarkdownInline]) {
                    for inline in inlines {
                        switch inline {
                        case .softBreak, .lineBreak: line += 1
                        case .link(let url, let children):
                            // (Not a badge, `[![Backers](badge.svg)](#backers)`: an image that
                            // links is decoration, never an entry of a contents list.)
                            if url.hasPrefix("#"), url.count > 1, !Self.isImageOnly(children) {
                                result.append(Link(target: String(url.dropFirst()).removingPercentEncoding ?? String(url.dropFirst()),
                                                   text: InlineText.plain(children), line: line))
                            }
                        case .emphasis(let children), .strong(let children): scan(children)
                        default: break
                        }
                    }
                }
                scan(block.inlines)
            case .codeBlock, .htmlBlock, .thematicBreak:
                break
            default:
                block.children.forEach(visit)
            }
        }
        blocks.forEach(visit)
        return result
    }
}
