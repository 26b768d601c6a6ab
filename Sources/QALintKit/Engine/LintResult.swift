import QAMarkdown

/// Everything a run found: per-file completeness and structure, and the sorted findings.
/// Reporters are pure functions of this value.
public struct LintResult: Sendable {
    public var files: [FileReport]
    /// Findings of enabled rules, in report order.
    public var findings: [Finding]
    /// The rules that ran and were not off (for some file), in registry order.
    public var rules: [RuleDescription]
    /// Findings silenced by suppression comments, with their reasons.
    public var suppressed: [SuppressedFinding] = []
    /// Wall-clock time of each stage, for `--timings` (never in reports: they are
    /// deterministic).
    public var timings: [(stage: String, seconds: Double)] = []
    /// Set by a `--shard` run: the per-file results `qalint merge` needs (`--format shard`).
    public var shard: ShardData?

    /// All files' completeness added up.
    public var completeness: Completeness {
        files.reduce(Completeness()) { $0 + $1.completeness }
    }

    public func count(_ severity: Severity) -> Int {
        findings.lazy.filter { $0.severity == severity }.count
    }
}

/// A finding that a `qalint-disable…` comment silenced.
public struct SuppressedFinding: Sendable {
    public var finding: Finding
    /// The reason written after `--`, if any.
    public var reason: String?
    /// The line of the comment.
    public var line: Int
}

/// One linted file: its questions with their answer status, its sections, its completeness.
public struct FileReport: Sendable {
    public var path: String
    public var title: String?
    public var questions: [QuestionReport]
    public var sections: [SectionReport]
    /// A list of questions without answers (`QADocument.isQuestionsOnly`).
    public var isQuestionsOnly: Bool
    /// What could pass for a question and was not read as one (`qalint inspect`).
    public var skipped: [QASkipped] = []

    public var completeness: Completeness { Completeness(questions.map(\.status)) }
}

/// A question as reports show it.
public struct QuestionReport: Sendable {
    public var text: String
    /// Which question it is, across edits and runs.
    public var identity: QuestionIdentity
    /// The digest of its answer (`QAAnswer.digest`).
    public var answerDigest: UInt64
    public var range: SourceRange
    /// Index into the file's `sections`.
    public var sectionIndex: Int?
    /// What the answer-status stage found: the answer's status, and why.
    public var answer: AnswerState
    /// The status completeness counts: the answer's, or `answered` where a suppression
    /// comment silences the rule that reports it (the `completeness: {suppressed}` setting).
    public var status: AnswerStatus
    /// The layout the question was read from (`qalint inspect`).
    public var layout: QuestionLayout
    /// Why it was read as a question (`qalint inspect`).
    public var evidence: QuestionEvidence = .questionMark
    /// Where its answer stands, if it has any blocks.
    public var answerRange: SourceRange?
    /// True when code or options are shown between the question and its answer.
    public var hasPrompt: Bool
}

/// A section as reports show it.
public struct SectionReport: Sendable {
    public var title: String
    public var range: SourceRange
    /// Indices into the file's `questions`.
    public var questions: Range<Int>
    public var completeness: Completeness
}

extension FileReport {
    /// The file with its questions and sections counted by the statuses in `counted` (one
    /// per question), as completeness counts them.
    func counting(_ counted: [AnswerStatus]) -> FileReport {
        var copy = self
        for index in copy.questions.indices { copy.questions[index].status = counted[index] }
        for index in copy.sections.indices {
            copy.sections[index].completeness = Completeness(counted[copy.sections[index].questions])
        }
        return copy
    }
}
