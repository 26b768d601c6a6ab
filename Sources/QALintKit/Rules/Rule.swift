import QAMarkdown

/// A lint rule: a built-in Swift rule (one file each under `Rules/`) or a rule of a
/// declarative pack (`Rules/<pack>/<rule>.yml`).
///
/// A rule is built once per run from the configuration (its options decoded into typed
/// properties) and is then used from several threads at once, so it holds only constants.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
}

/// A rule written in Swift, with a fixed description.
public protocol BuiltinRule: Rule {
    static var description: RuleDescription { get }
    init(settings: RuleSettings) throws
}

extension BuiltinRule {
    public var description: RuleDescription { Self.description }
}

/// A rule that looks at one document at a time, in the parallel per-file stage. It throws
/// only when it cannot judge the document at all (a pack pattern that runs out of time).
public protocol DocumentRule: Rule {
    func check(_ document: QADocument) throws -> [Finding]
}

/// A rule that compares documents: in the per-file stage it reduces each document to a
/// compact `Signature`; in the corpus stage it sees all signatures at once (never the
/// documents, so memory stays flat as the corpus grows).
///
/// The signature of each file comes from that file's own rule instance (per-file
/// `overrides` apply to it), the check from the top-level one: options that decide the
/// comparison belong in the signature.
public protocol CorpusRule: Rule {
    associatedtype Signature: Sendable & Codable
    func signature(of document: QADocument) -> Signature
    /// `entries` are in the stable file order; findings go on the later of two places.
    /// With `focus`, only findings on those paths are wanted (an editor shows its open
    /// documents): the comparison still spans every entry, but the others' findings need
    /// not be written.
    func check(_ entries: [CorpusEntry<Signature>], focus: Set<String>?) -> [Finding]
    /// What is impossible in a signature read back from a shard file for a document of
    /// `questions` questions (an index out of range, a setting out of bounds), or nil.
    func problem(in signature: Signature, questions: Int) -> String?
}

/// A rule that reports answers by their status (placeholder, empty), after the
/// answer-status stage: it reads each file's questions with their final states, never the
/// document. Which statuses it reports, its description says (`statuses`).
public protocol AnswerStatusRule: Rule {
    func check(_ file: FileReport) -> [Finding]
}

/// A rule about the suppression comments themselves, run after suppressions are applied.
public protocol SuppressionRule: Rule {
    func check(_ unused: [UnusedSuppression]) -> [Finding]
}

extension CorpusRule {
    /// Every finding of the corpus.
    public func check(_ entries: [CorpusEntry<Signature>]) -> [Finding] { check(entries, focus: nil) }
}

/// Whether a finding on `path` is wanted, for a corpus rule's `focus`.
func reports(on path: String, focus: Set<String>?) -> Bool { focus?.contains(path) ?? true }

/// One document's signature in the corpus stage.
public struct CorpusEntry<Signature: Sendable>: Sendable {
    public var path: String
    public var signature: Signature
}

/// A rule's configuration: the run's settings, the rule's own options and any data that
/// packs supply for it (`kind: phrase-list` files for `placeholder-answer`).
public struct RuleSettings: Sendable {
    public var configuration: Configuration
    public var options: RuleOptions
    public var data: [PackData]
    /// Whether what a rule learns of an answer's text may be remembered across documents
    /// (`RememberedAnswer`): in a language server, which reads the same answers at every
    /// keystroke; not in a run, which reads each once and would only hold them.
    public var remembersAnswers: Bool

    public init(configuration: Configuration, options: RuleOptions, data: [PackData] = [], remembersAnswers: Bool = false) {
        self.configuration = configuration
        self.options = options
        self.data = data
        self.remembersAnswers = remembersAnswers
    }
}
