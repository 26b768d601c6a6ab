import QAMarkdown

/// Everything a run found: per-file completeness and structure, and the sorted findings.
/// Reporters are pure functions of this value.
public struct LintResult: Sendable {
    public var files: [FileReport]
    /// Findings of enabled rules, in report order.
    public var findings: [Finding]
    /// The rules that ran and were not off, in `BuiltinRules` order.
    public var rules: [RuleDescription]

    /// All files' completeness added up.
    public var completeness: Completeness {
        files.reduce(Completeness()) { $0 + $1.completeness }
    }

    public func count(_ severity: Severity) -> Int {
        findings.lazy.filter { $0.severity == severity }.count
    }
}

/// One linted file: its questions with their answer status, its sections, its completeness.
public struct FileReport: Sendable {
    public var path: String
    public var title: String?
    public var questions: [QuestionReport]
    public var sections: [SectionReport]

    public var completeness: Completeness { Completeness(questions.map(\.status)) }
}

/// A question as reports show it.
public struct QuestionReport: Sendable {
    public var text: String
    public var range: SourceRange
    /// Index into the file's `sections`.
    public var sectionIndex: Int?
    public var status: AnswerStatus
}

/// A section as reports show it.
public struct SectionReport: Sendable {
    public var title: String
    public var range: SourceRange
    public var completeness: Completeness
}
