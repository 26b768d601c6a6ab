import QAMarkdown

/// `reading-limit`: a document qalint could not read whole — the parser did not finish in
/// time, or blocks nest deeper than qalint reads — so findings on it are incomplete.
public struct ReadingLimitRule: BuiltinRule, DocumentRule {
    public static let description = RuleDescription(
        id: "reading-limit",
        summary: "A document could not be read whole: the Markdown parser did not finish in time, or its markup nests deeper than qalint reads.",
        rationale: """
            Reading is bounded so that one hostile or broken file cannot hang or crash a run: \
            a parse is given up after 10 s (`QALINT_PARSE_TIME_LIMIT` sets it; libcmark before \
            0.30.3 takes quadratic time on some inputs, CVE-2023-22486), and what nests deeper \
            than \(MarkdownParser.maximumDepth) levels is read as plain text. The rest of the \
            run goes on; this finding says which file was not checked, or not fully.
            """,
        defaultSeverity: .error,
        scope: .document,
        examples: [
            .failing("Block quotes nested deeper than qalint reads",
                     String(repeating: "> ", count: MarkdownParser.maximumDepth + 2) + "What is REST? <!-- expect: reading-limit -->\n",
                     messages: ["Markup nests deeper than \(MarkdownParser.maximumDepth) levels from here: what stands deeper was read as plain text."]),
            .passing("A quote in a list in a quote", """
                > - > ## Q: What is REST?
                >   >
                >   > An architectural style.
                """),
        ])

    public init(settings: RuleSettings) throws {}

    public func check(_ document: QADocument) -> [Finding] {
        switch document.readingLimit {
        case nil:
            return []
        case .timeLimit(let seconds)?:
            return [Finding(rule: Self.description, path: document.path, range: document.start,
                            message: "The document could not be parsed within \(Self.format(seconds)) s, so nothing in it was checked (libcmark \(MarkdownParser.cmarkVersion); versions before 0.30.3 are slow on some inputs).",
                            identity: "time-limit")]
        case .size(let limit)?:
            return [Finding(rule: Self.description, path: document.path, range: document.start,
                            message: "The file is larger than \(limit >> 20) MB, more than qalint reads: nothing in it was checked.",
                            identity: "size")]
        case .depth(let line, let levels)?:
            return [Finding(rule: Self.description, path: document.path,
                            range: SourceRange(startLine: line, startColumn: 1, endLine: line, endColumn: 1),
                            message: "Markup nests deeper than \(levels) levels from here: what stands deeper was read as plain text.",
                            identity: "depth")]
        }
    }

    /// "10", "0.5".
    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
    }
}
