import CCmark

/// Parses Markdown with cmark (CommonMark) into a `MarkdownBlock` tree.
///
/// This is the only place that imports the C library. cmark's parser holds no global state,
/// so several parsers may run at once on different threads.
public enum MarkdownParser {
    /// Parses `text` and returns the document block. Never fails: CommonMark defines a
    /// rendering for every input.
    public static func parse(_ text: String) -> MarkdownBlock {
        var source = text
        let root: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else {
            return MarkdownBlock(kind: .document, range: SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1))
        }
        defer { cmark_node_free(root) }
        return block(root)
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock {
        let range = SourceRange(
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)))
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST: kind = .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(literal(node))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        default: kind = .document
        }
        switch kind {
        case .paragraph, .heading:
            return MarkdownBlock(kind: kind, range: range, inlines: inlines(of: node))
        default:
            var children: [MarkdownBlock] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(block(current))
                child = cmark_node_next(current)
            }
            return MarkdownBlock(kind: kind, range: range, children: children)
        }
    }

    private static func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(inline(current))
            child = cmark_node_next(current)
        }
        return result
    }

    private static func inline(_ node: OpaquePointer) -> MarkdownInline {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK: return .link(url: string(cmark_node_get_url(node)), inlines(of: node))
        case CMARK_NODE_IMAGE: return .image(url: string(cmark_node_get_url(node)), inlines(of: node))
        default: return .text(literal(node))
        }
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
