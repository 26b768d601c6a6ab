import QAMarkdown

/// A place in a linted file.
public struct Location: Sendable, Hashable, Codable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    /// `path:line`, the form messages use.
    public var description: String { "\(path):\(line)" }

    /// `line N` within `file`, `path:line` elsewhere.
    public func description(from file: String) -> String {
        file == path ? "line \(line)" : description
    }
}

/// What one rule found at one place.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's identifier, e.g. `placeholder-answer`.
    public var rule: String
    public var severity: Severity
    public var path: String
    /// Question-level findings start at the question's first line.
    public var range: SourceRange
    public var message: String
    /// The question the finding is about, as a reader sees it.
    public var question: String?
    /// Index of that question in its document.
    public var questionIndex: Int?
    /// Other places involved: the first copy of a duplicate, the first of a template.
    public var related: [Location]
    /// What the finding is about, independent of line numbers: its question's
    /// `QuestionIdentity` (the engine sets it on every finding about a question), or for a
    /// finding about no single question what it names (a section's title). With the rule and
    /// path it identifies a finding across edits that move it (SARIF and GitLab
    /// fingerprints, baselines).
    public var identity: String
    /// What `lint --fix` changes for it, where the change has one right answer.
    public var fix: [LineEdit]?

    public init(rule: RuleDescription, path: String, range: SourceRange, message: String, identity: String,
                question: String? = nil, questionIndex: Int? = nil, related: [Location] = []) {
        self.rule = rule.id
        self.severity = rule.defaultSeverity
        self.path = path
        self.range = range
        self.message = message
        self.question = question
        self.questionIndex = questionIndex
        self.related = related
        self.identity = identity
    }

    /// A finding about one question of `document`, located at the question's heading.
    public init(rule: RuleDescription, question index: Int, in document: QADocument, message: String,
                related: [Location] = []) {
        let question = document.questions[index]
        self.init(rule: rule, path: document.path, range: question.range, message: message, identity: question.identity.description,
                  question: question.text, questionIndex: index, related: related)
    }

    /// A finding about question `index` of the file at `path`, for corpus rules (which see
    /// signatures, not documents); the engine gives it its question's identity.
    public init(rule: RuleDescription, path: String, question index: Int, text: String, range: SourceRange, message: String,
                related: [Location] = []) {
        self.init(rule: rule, path: path, range: range, message: message, identity: "", question: text, questionIndex: index,
                  related: related)
    }

    /// A finding about one question of a linted file (status rules).
    public init(rule: RuleDescription, question index: Int, in file: FileReport, message: String,
                related: [Location] = []) {
        let question = file.questions[index]
        self.init(rule: rule, path: file.path, range: question.range, message: message, identity: question.identity.description,
                  question: question.text, questionIndex: index, related: related)
    }

    /// The order every report uses: by file, line, column, then rule.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.path, lhs.range.startLine, lhs.range.startColumn, lhs.rule, lhs.message)
            < (rhs.path, rhs.range.startLine, rhs.range.startColumn, rhs.rule, rhs.message)
    }
}

/// Quotes a question in a message, shortened so that a line stays readable.
func quoted(_ text: String, limit: Int = 80) -> String {
    let flat = TextNormalizer.compactSpaces(text)
    return flat.count <= limit ? "\"\(flat)\"" : "\"\(flat.prefix(limit - 1))…\""
}
