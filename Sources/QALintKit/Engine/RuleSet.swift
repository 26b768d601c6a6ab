import QAMarkdown

/// The rules of one configuration, built and sorted by what they need: documents,
/// signatures for the corpus stage, answer statuses, or the suppression comments — and the
/// answer-status stage as this configuration sets it. Rules that are off do not run.
struct RuleSet: Sendable {
    let levels: [String: RuleLevel]
    /// How this configuration reads documents.
    let structure: QADocumentReader.Structure
    /// How it classifies answers (`placeholder-answer`'s options, whatever its level).
    let classifier: AnswerClassifier
    let documentRules: [any DocumentRule]
    /// Every corpus rule of the registry, in the same order in every rule set, so that
    /// signatures line up across files; `corpusRuns[i]` says whether this file takes part.
    let corpusRules: [AnyCorpusRule]
    let corpusRuns: [Bool]
    let statusRules: [any AnswerStatusRule]
    let suppressionRules: [any SuppressionRule]

    /// `remembersAnswers`: see `RuleSettings.remembersAnswers`.
    init(configuration: Configuration, remembersAnswers: Bool = false) throws {
        var levels: [String: RuleLevel] = [:]
        var documentRules: [any DocumentRule] = []
        var corpusRules: [AnyCorpusRule] = []
        var corpusRuns: [Bool] = []
        var statusRules: [any AnswerStatusRule] = []
        var suppressionRules: [any SuppressionRule] = []
        for factory in configuration.registry.factories {
            let description = factory.description
            let settings = RuleSettings(configuration: configuration, options: configuration.options(of: description),
                                        data: configuration.registry.data[description.id] ?? [], remembersAnswers: remembersAnswers)
            // Built even when off: building decodes the options, so a bad one is an error.
            let rule = try factory.make(settings)
            let level = configuration.level(of: description)
            levels[description.id] = level
            let on = level != .off
            if let rule = rule as? any DocumentRule, on { documentRules.append(rule) }
            if let rule = rule as? any CorpusRule {
                corpusRules.append(AnyCorpusRule(rule))
                corpusRuns.append(on)
            }
            if let rule = rule as? any AnswerStatusRule, on { statusRules.append(rule) }
            if let rule = rule as? any SuppressionRule, on { suppressionRules.append(rule) }
        }
        self.levels = levels
        structure = configuration.structure
        classifier = try AnswerClassifier(configuration: configuration, remembersAnswers: remembersAnswers)
        self.documentRules = documentRules
        self.corpusRules = corpusRules
        self.corpusRuns = corpusRuns
        self.statusRules = statusRules
        self.suppressionRules = suppressionRules
    }
}

/// A corpus rule with its signature type erased, so the engine can hold a list of them.
struct AnyCorpusRule: Sendable {
    let id: String
    let signature: @Sendable (QADocument) -> any Sendable
    let check: @Sendable ([(String, any Sendable)], Set<String>?) -> [Finding]
    /// What is impossible in a signature read back from a shard file.
    let problem: @Sendable (any Sendable, Int) -> String?
    /// Signatures to and from a shard file.
    let encodeSignature: @Sendable (any Sendable, inout UnkeyedEncodingContainer) throws -> Void
    let decodeSignature: @Sendable (inout UnkeyedDecodingContainer) throws -> any Sendable

    init<R: CorpusRule>(_ rule: R) {
        id = rule.description.id
        signature = { rule.signature(of: $0) }
        encodeSignature = { signature, container in try container.encode(signature as! R.Signature) }
        decodeSignature = { container in try container.decode(R.Signature.self) }
        problem = { signature, questions in rule.problem(in: signature as! R.Signature, questions: questions) }
        check = { entries, focus in
            rule.check(entries.map { CorpusEntry(path: $0.0, signature: $0.1 as! R.Signature) }, focus: focus)
        }
    }
}
