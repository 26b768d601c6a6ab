import QAMarkdown

/// Documents linted together and kept between changes, as an editor's language server
/// needs them: a change reads and analyses one document again (the per-file stage), and the
/// corpus stage — duplicate and similar questions across documents, pasted templates,
/// statuses, suppressions, completeness — runs again over every kept analysis.
public struct Workspace: Sendable {
    public let linter: Linter
    private var analyses: [String: FileAnalysis] = [:]
    private var rules: [String: RuleSet] = [:]
    private var descriptions: [String: RuleDescription] = [:]

    public init(linter: Linter) {
        self.linter = linter
        descriptions = linter.descriptions
    }

    /// The documents kept, by path.
    public var paths: [String] { analyses.keys.sorted() }

    public func contains(_ path: String) -> Bool { analyses[path] != nil }

    /// Reads `text` as the document at `path`, with `configuration` (its nearest; nil: the
    /// linter's), replacing what was kept of it.
    public mutating func update(path: String, text: String, configuration: Configuration? = nil) throws {
        keep(path, try Self.analysis(path: path, text: text, configuration: configuration, linter: linter, sideBySide: true))
    }

    /// Reads many documents at once, in parallel (the workspace's files when it opens); a
    /// document that cannot be read is left out, and said in the returned errors.
    public mutating func update(_ documents: [(path: String, text: String, configuration: Configuration?)]) -> [Error] {
        let linter = self.linter
        let analysed = ParallelMap.map(documents) { document in
            Result { try Self.analysis(path: document.path, text: document.text, configuration: document.configuration, linter: linter) }
        }
        var errors: [Error] = []
        for (document, result) in zip(documents, analysed) {
            switch result {
            case .success(let analysis): keep(document.path, analysis)
            case .failure(let error): errors.append(error)
            }
        }
        return errors
    }

    /// The per-file stage for one document, with the rules of its configuration.
    private static func analysis(path: String, text: String, configuration: Configuration?, linter: Linter,
                                 sideBySide: Bool = false) throws -> (FileAnalysis, RuleSet, [String: RuleDescription]) {
        let sets = try linter.ruleSets(for: [path], configurations: configuration.map { [path: $0] } ?? [:])
        let rules = sets.forFile[0]
        let document = QADocumentReader.read(text, path: path, structure: rules.structure)
        return (try linter.analyze(document, rules: rules, sideBySide: sideBySide), rules, sets.descriptions)
    }

    private mutating func keep(_ path: String, _ analysis: (FileAnalysis, RuleSet, [String: RuleDescription])) {
        analyses[path] = analysis.0
        rules[path] = analysis.1
        descriptions.merge(analysis.2) { first, _ in first }
    }

    public mutating func remove(path: String) {
        analyses[path] = nil
        rules[path] = nil
    }

    /// The lint result over every kept document, as `qalint lint` would give it; with
    /// `focus`, of those documents only (compared with all the others).
    public func result(focus: Set<String>? = nil) -> LintResult {
        let paths = self.paths
        let sets = Linter.RuleSets(base: linter.baseRules, forFile: paths.map { rules[$0]! }, byPath: rules,
                                   descriptions: descriptions)
        return linter.finish(paths.map { analyses[$0]! }, ruleSets: sets, focus: focus)
    }
}
