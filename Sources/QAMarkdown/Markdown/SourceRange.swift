/// A 1-based span of source text, as cmark reports it for block nodes.
///
/// Columns count bytes from the start of the line (cmark's convention), which is what
/// editors that speak UTF-8 and most CI annotation formats expect for ASCII-indented Markdown.
public struct SourceRange: Sendable, Hashable, Codable {
    public var startLine: Int
    public var startColumn: Int
    public var endLine: Int
    public var endColumn: Int

    public init(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        self.startLine = startLine
        self.startColumn = startColumn
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// Line `line`, its first column: where a question read from one line of a block stands.
    public static func line(_ line: Int) -> SourceRange {
        SourceRange(startLine: line, startColumn: 1, endLine: line, endColumn: 1)
    }

    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        let start = (startLine, startColumn) <= (other.startLine, other.startColumn) ? self : other
        let end = (endLine, endColumn) >= (other.endLine, other.endColumn) ? self : other
        return SourceRange(startLine: start.startLine, startColumn: start.startColumn,
                           endLine: end.endLine, endColumn: end.endColumn)
    }
}
