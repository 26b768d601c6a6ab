import QAMarkdown

/// A lint rule. Each built-in rule lives in its own file under `Rules/`.
///
/// A rule is built once per run from the configuration (its options decoded into typed
/// properties) and is then used from several threads at once, so it holds only constants.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init(settings: RuleSettings) throws
}

/// A rule that looks at one document at a time, in the parallel per-file stage.
public protocol DocumentRule: Rule {
    func check(_ document: QADocument) -> [Finding]
}

/// A rule that compares documents: in the per-file stage it reduces each document to a
/// compact `Signature`; in the corpus stage it sees all signatures at once (never the
/// documents, so memory stays flat as the corpus grows).
public protocol CorpusRule: Rule {
    associatedtype Signature: Sendable
    func signature(of document: QADocument) -> Signature
    /// `entries` are in the stable file order; findings go on the later of two places.
    func check(_ entries: [CorpusEntry<Signature>]) -> [Finding]
}

/// One document's signature in the corpus stage.
public struct CorpusEntry<Signature: Sendable>: Sendable {
    public var path: String
    public var signature: Signature
}

/// A rule's configuration: the run's settings and the rule's own options.
public struct RuleSettings: Sendable {
    public var configuration: Configuration
    public var options: RuleOptions

    public init(configuration: Configuration, options: RuleOptions) {
        self.configuration = configuration
        self.options = options
    }
}
