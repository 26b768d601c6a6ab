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
    }

    /// The documents kept, by path.
    public var paths: [String] { analyses.keys.sorted() }

    public func contains(_ path: String) -> Bool { analyses[path] != nil }

    /// Reads `text` as the document at `path`, with `configuration` (its nearest; nil: the
    /// linter's), replacing what was kept of it.
    public mutating func update(path: String, text: String, configuration: Configuration? = nil) throws {
        let sets = try linter.ruleSets(for: [path], configurations: configuration.map { [path: $0] } ?? [:])
        let ruleSet = sets.forFile[0]
        let document = QADocumentReader.read(text, path: path, structure: ruleSet.structure)
        analyses[path] = try linter.analyze(document, rules: ruleSet)
        rules[path] = ruleSet
        descriptions.merge(sets.descriptions) { first, _ in first }
    }

    /// Reads many documents at once, in parallel (the workspace's files when it opens); a
    /// document that cannot be read is left out, and said in the returned errors.
    public mutating func update(_ documents: [(path: String, text: String, configuration: Configuration?)]) -> [Error] {
        let linter = self.linter
        let analysed = ParallelMap.map(documents) { document -> Result<(FileAnalysis, RuleSet, [String: RuleDescription]), Error> in
            Result {
                let sets = try linter.ruleSets(for: [document.path], configurations: document.configuration.map { [document.path: $0] } ?? [:])
                let rules = sets.forFile[0]
                let read = QADocumentReader.read(document.text, path: document.path, structure: rules.structure)
                return (try linter.analyze(read, rules: rules), rules, sets.descriptions)
            }
        }
        var errors: [Error] = []
        for (document, result) in zip(documents, analysed) {
            switch result {
            case .success(let (analysis, rules, descriptions)):
                analyses[document.path] = analysis
                self.rules[document.path] = rules
                self.descriptions.merge(descriptions) { first, _ in first }
            case .failure(let error):
                errors.append(error)
            }
        }
        return errors
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
                                   descriptions: descriptions.isEmpty ? linter.ruleSets(forNothing: ()) : descriptions)
        return linter.finish(paths.map { analyses[$0]! }, ruleSets: sets, focus: focus)
    }
}

extension Linter {
    /// The rule descriptions of a run over no files.
    func ruleSets(forNothing: Void) -> [String: RuleDescription] {
        (try? ruleSets(for: []).descriptions) ?? [:]
    }
}
