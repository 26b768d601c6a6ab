import CCmark

import Foundation

/// Parses Markdown with cmark (CommonMark) into a `MarkdownBlock` tree.
///
/// This is the only place that imports the C library. cmark's parser holds no global state,
/// so several parsers may run at once on different threads.
///
/// Reading is bounded: a parse runs on a thread of its own and is given up after
/// `timeLimit` (libcmark before 0.30.3 takes quadratic time on some inputs, CVE-2023-22486:
/// 600 KB of `![[]()` took 53 s), and the model nests at most `maximumDepth` levels. Either
/// limit is reported with the result, never a hang or a crash.
public enum MarkdownParser {
    /// The version of the libcmark qalint runs with.
    public static var cmarkVersion: String { String(cString: cmark_version_string()) }

    /// How long one document may take to parse: 10 s, or `QALINT_PARSE_TIME_LIMIT`
    /// seconds from the environment (a slow machine, a huge file).
    public static let timeLimit: TimeInterval = ProcessInfo.processInfo.environment[timeLimitVariable].flatMap(timeLimit) ?? 10

    public static let timeLimitVariable = "QALINT_PARSE_TIME_LIMIT"

    /// Seconds as the variable gives them: a number above 0, at most a day; nil when the
    /// text is not one (the run refuses it, rather than quietly using the default).
    public static func timeLimit(_ text: String) -> TimeInterval? {
        guard let seconds = Double(text.trimmingCharacters(in: .whitespaces)), seconds.isFinite, seconds > 0 else { return nil }
        return min(seconds, 86_400)
    }

    /// What parsing gave: the document block, and the limit that bounded it, if any.
    public struct Parsed: Sendable {
        public var root: MarkdownBlock
        public var limit: ReadingLimit?
    }

    /// Parses `text` and returns the document block. Never fails: CommonMark defines a
    /// rendering for every input.
    public static func parse(_ text: String) -> MarkdownBlock {
        parseBounded(text).root
    }

    /// Parses `text`, within the time and depth limits.
    public static func parseBounded(_ text: String, timeLimit: TimeInterval = timeLimit) -> Parsed {
        let empty = MarkdownBlock(kind: .document, range: SourceRange.line(1))
        guard let root = ParseJob.run(text, timeLimit: timeLimit) else {
            return Parsed(root: empty, limit: .timeLimit(seconds: timeLimit))
        }
        defer { cmark_node_free(root) }
        var deepest: Int?
        let markers = ItemMarkers(text: text)
        let block = block(root, depth: 0, markers: markers, deepest: &deepest)
        return Parsed(root: block, limit: deepest.map { .depth(line: $0, levels: maximumDepth) })
    }

    /// How deeply blocks (quotes, lists) and inlines (emphasis, links) nest in the model.
    /// Real documents stay far below; deeper content is kept as the text of one paragraph or
    /// span, so that no walker over the model — its building, reading, and Swift's own
    /// release of it — recurses deeper than this, whatever the input (50,000 `>` used to
    /// overflow the stack).
    public static let maximumDepth = 48

    private static func block(_ node: OpaquePointer, depth: Int, markers: ItemMarkers, deepest: inout Int?) -> MarkdownBlock {
        let range = SourceRange(
            startLine: Int(cmark_node_get_start_line(node)),
            startColumn: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)))
        guard depth < maximumDepth else {
            deepest = deepest ?? range.startLine
            return MarkdownBlock(kind: .paragraph, range: range, inlines: [.text(flatText(node))])
        }
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            kind = .list(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1)
        case CMARK_NODE_ITEM:
            let parent = cmark_node_parent(node)
            let ordered = parent.map { cmark_node_get_list_type($0) == CMARK_ORDERED_LIST } ?? false
            kind = .item(number: ordered ? markers.number(line: range.startLine, column: range.startColumn) : nil)
        case CMARK_NODE_CODE_BLOCK: kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(literal(node))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        default: kind = .document
        }
        switch kind {
        case .paragraph, .heading:
            return MarkdownBlock(kind: kind, range: range, inlines: inlines(of: node, depth: depth + 1, line: range.startLine, deepest: &deepest))
        default:
            var children: [MarkdownBlock] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(block(current, depth: depth + 1, markers: markers, deepest: &deepest))
                child = cmark_node_next(current)
            }
            return MarkdownBlock(kind: kind, range: range, children: children)
        }
    }

    private static func inlines(of node: OpaquePointer, depth: Int, line: Int, deepest: inout Int?) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var child = cmark_node_first_child(node)
        var html = false
        while let current = child {
            let next = inline(current, depth: depth, line: line, deepest: &deepest)
            if case .html = next { html = true }
            result.append(next)
            child = cmark_node_next(current)
        }
        return html ? foldingHTMLBold(result) : result
    }

    /// A paragraph that is all `<b>…</b>` (or `<strong>…</strong>`) is bold as `**…**` is: a
    /// page's questions written "<b>为什么会报 GitHub WebHook Error ？</b>". (Bold words inside
    /// a sentence stay as written: "<strong>iedereen</strong> wordt onafhankelijk" leads no
    /// entry.)
    private static func foldingHTMLBold(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var opening: Int?
        var folded = false
        for inline in inlines {
            if case .html(let tag) = inline {
                if opening == nil, isBoldTag(tag, closing: false) {
                    opening = result.count
                    result.append(inline)
                    continue
                }
                if let start = opening, isBoldTag(tag, closing: true) {
                    let inner = Array(result[(start + 1)...])
                    result.removeSubrange(start...)
                    result.append(.strong(inner))
                    opening = nil
                    folded = true
                    continue
                }
            }
            result.append(inline)
        }
        guard folded else { return inlines }
        let shown = result.filter { inline in
            if case .text(let text) = inline { return !text.allSatisfy(\.isWhitespace) }
            return !inline.isBreak
        }
        guard shown.count == 1, case .strong = shown[0] else { return inlines }
        return result
    }

    /// True for an opening (or closing) `<b>` or `<strong>` tag, attributes allowed.
    private static func isBoldTag(_ tag: String, closing: Bool) -> Bool {
        guard tag.hasPrefix("</") == closing, tag.hasSuffix(">") else { return false }
        let name = HTMLText.tagName(Substring(tag))
        return name == "b" || name == "strong"
    }

    private static func inline(_ node: OpaquePointer, depth: Int, line: Int, deepest: inout Int?) -> MarkdownInline {
        let type = cmark_node_get_type(node)
        if depth >= maximumDepth, cmark_node_first_child(node) != nil {
            deepest = deepest ?? line
            return .text(flatText(node))
        }
        func children() -> [MarkdownInline] { inlines(of: node, depth: depth + 1, line: line, deepest: &deepest) }
        switch type {
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(children())
        case CMARK_NODE_STRONG: return .strong(children())
        case CMARK_NODE_LINK: return .link(url: string(cmark_node_get_url(node)), children())
        case CMARK_NODE_IMAGE: return .image(url: string(cmark_node_get_url(node)), children())
        default: return .text(literal(node))
        }
    }

    /// The text of a subtree, read with cmark's iterator (no recursion): literals, and a
    /// space for each break or block boundary.
    private static func flatText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                text += literal(current)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM:
                if !text.isEmpty && text.last != " " { text += " " }
            default:
                break
            }
        }
        return text
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

/// Where reading a document stopped short.
public enum ReadingLimit: Sendable, Hashable, Codable {
    /// The parser did not finish in time: nothing of the document was read.
    case timeLimit(seconds: TimeInterval)
    /// Blocks or inlines nest deeper than the model keeps: from `line` on, what stands
    /// deeper was read as plain text.
    case depth(line: Int, levels: Int)
    /// The file is larger than qalint reads (`limit` bytes): nothing of it was read.
    case size(limit: Int)
}

/// One parse on a thread of its own, given up after a time limit. The thread owns a copy
/// of the text; a parse given up finishes on its own (the process ends it at exit) and
/// frees its tree.
private final class ParseJob: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var result: OpaquePointer?
    private var abandoned = false

    static func run(_ text: String, timeLimit: TimeInterval) -> OpaquePointer? {
        let job = ParseJob()
        let bytes = Array(text.utf8)
        let thread = Thread {
            let root = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
                }
            }
            job.lock.lock()
            if job.abandoned { cmark_node_free(root) } else { job.result = root }
            job.lock.unlock()
            job.done.signal()
        }
        thread.start()
        let finished = job.done.wait(timeout: .now() + timeLimit) == .success
        job.lock.lock()
        defer { job.lock.unlock() }
        if !finished && job.result == nil {
            job.abandoned = true
            return nil
        }
        return job.result
    }
}

/// The numbers that ordered list items' markers write, read from the source: cmark keeps
/// only a list's first number. The blocks are walked in document order, so the lines are
/// counted forward from the last item's, once, and only as far as the last ordered item.
private final class ItemMarkers {
    private let text: String
    private var bytes: [UInt8] = []
    /// The line the cursor is at (1-based) and the offset where that line starts.
    private var line = 1
    private var lineStart = 0

    init(text: String) { self.text = text }

    /// The number written at or after `column` (1-based, in bytes) of `line`, past any
    /// spaces, tabs and quote markers; nil when no digits stand there.
    func number(line wanted: Int, column: Int) -> Int? {
        if bytes.isEmpty { bytes = Array(text.utf8) }
        if wanted < line { (line, lineStart) = (1, 0) }
        return bytes.withUnsafeBufferPointer { bytes in
            // (A line ends at "\n", "\r\n" or a lone "\r", as CommonMark's do.)
            var at = lineStart
            while line < wanted, at < bytes.count {
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") && (at == bytes.count || bytes[at] != UInt8(ascii: "\n")) {
                    line += 1
                    lineStart = at
                }
            }
            guard line == wanted else { return nil }
            at = lineStart + max(column - 1, 0)
            while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") || bytes[at] == UInt8(ascii: ">") { at += 1 }
            var number = 0
            var digits = 0
            while at < bytes.count, digits < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) {
                number = number * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                digits += 1
                at += 1
            }
            return digits > 0 ? number : nil
        }
    }
}
