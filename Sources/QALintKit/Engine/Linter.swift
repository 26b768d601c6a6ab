import Foundation
import QAMarkdown

/// The lint pipeline: every file is read, parsed and checked in parallel (with the rules
/// its `overrides` configure), its answers classified on their own; the corpus stage finds
/// templates across files (completing the answer statuses) and runs the rules that compare
/// documents; status rules report unanswered answers; inline suppressions are applied and
/// audited; completeness is counted from the statuses; the rest is sorted.
///
/// Rules that are off do not run. Answer statuses are content, not settings: they are the
/// same whatever rules are on, and only a suppression comment changes how one counts (see
/// `Configuration.completeness`).
public struct Linter: Sendable {
    public let configuration: Configuration
    let currentDirectory: String
    let descriptions: [String: RuleDescription]
    /// The rules that report each answer status, whatever their level.
    private let statusReporters: [AnswerStatus: Set<String>]
    /// The rules of the configuration itself (files without overrides), built once.
    let baseRules: RuleSet

    /// `--select` and `--ignore`, over every file's configuration.
    let selection: RuleSelection
    /// See `RuleSettings.remembersAnswers`.
    let remembersAnswers: Bool

    public init(configuration: Configuration = Configuration(),
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                selection: RuleSelection = RuleSelection(), remembersAnswers: Bool = false) throws {
        let variable = MarkdownParser.timeLimitVariable
        if let text = ProcessInfo.processInfo.environment[variable], MarkdownParser.timeLimit(text) == nil {
            throw QALintError("\(variable) must be a number of seconds above 0, not '\(text.prefix(40))'")
        }
        self.configuration = configuration
        self.currentDirectory = currentDirectory
        self.selection = selection
        self.remembersAnswers = remembersAnswers
        try selection.validate(against: configuration.registry)
        descriptions = Dictionary(configuration.registry.descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reporters: [AnswerStatus: Set<String>] = [:]
        for description in configuration.registry.descriptions {
            for status in description.statuses { reporters[status, default: []].insert(description.id) }
        }
        statusReporters = reporters
        baseRules = try RuleSet(configuration: selection.applied(to: configuration), remembersAnswers: remembersAnswers)  // fails early on bad options
    }

    /// Reads and lints files. Throws the first unreadable file, in path order.
    /// With `shard`, lints only the files of that shard, and the result carries what
    /// `merge` needs to finish the run over every shard.
    /// `configurations` gives a file its own configuration (the nearest `.qalint.yml`); a
    /// file it does not name takes the linter's.
    public func lint(files: [String], shard: Shard? = nil, configurations: [String: Configuration] = [:]) throws -> LintResult {
        let paths = shard.map { shard in files.filter(shard.contains) } ?? files
        return try lint(paths, shard: shard, configurations: configurations) { index in try SourceFile.read(path: paths[index]) }
    }

    /// Lints texts already in memory, as (path, Markdown) pairs; with `shard`, as `lint(files:)`.
    public func lint(sources: [(path: String, text: String)], shard: Shard? = nil, configurations: [String: Configuration] = [:]) throws -> LintResult {
        let kept = shard.map { shard in sources.filter { shard.contains($0.path) } } ?? sources
        return try lint(kept.map(\.path), shard: shard, configurations: configurations) { kept[$0].text }
    }

    /// The run over `paths`, each text read by `text(index)` in the parallel per-file stage.
    private func lint(_ paths: [String], shard: Shard?, configurations: [String: Configuration],
                      text: @Sendable (Int) throws -> String) throws -> LintResult {
        let ruleSets = try ruleSets(for: paths, configurations: configurations)
        let start = Date()
        let analyses = try ParallelMap.map(Array(paths.enumerated())) { index, path in
            do {
                return try analyze(QADocumentReader.read(try text(index), path: path, structure: ruleSets.forFile[index].structure),
                                   rules: ruleSets.forFile[index])
            } catch is SourceFile.TooLarge {
                return try analyze(QADocumentReader.unread(path: path, limit: .size(limit: SourceFile.limit)), rules: ruleSets.forFile[index])
            }
        }
        let shardData = shard.map { shard in
            ShardData(shard: shard, corpusRules: ruleSets.base.corpusRules, analyses: analyses.sorted { $0.document.path < $1.document.path })
        }
        var result = finish(consume analyses, ruleSets: ruleSets)
        result.shard = shardData
        result.timings.insert(("per-file stage (read, parse, answer facts, document rules, signatures)", Date().timeIntervalSince(start) - result.timings.reduce(0) { $0 + $1.seconds }), at: 0)
        return result
    }

    /// One rule set per distinct combination of overrides among the files.
    struct RuleSets: Sendable {
        var base: RuleSet
        var forFile: [RuleSet]
        var byPath: [String: RuleSet]
        /// Every rule any file's configuration knows (a nested one may load packs), by id.
        var descriptions: [String: RuleDescription]
    }

    func ruleSets(for paths: [String], configurations: [String: Configuration] = [:]) throws -> RuleSets {
        let base = baseRules
        // By the files a configuration was read from, and the overrides applied.
        var cache: [[String]: [[Int]: RuleSet]] = [configuration.files: [[]: base]]
        var forFile: [RuleSet] = []
        var descriptions = self.descriptions
        for path in paths {
            let configuration = configurations[path] ?? self.configuration
            let indices = configuration.overrideIndices(for: path, currentDirectory: currentDirectory)
            if cache[configuration.files]?[indices] == nil {
                cache[configuration.files, default: [:]][indices] = try RuleSet(configuration: selection.applied(to: configuration.applying(overrides: indices)),
                                                                                  remembersAnswers: remembersAnswers)
                for description in configuration.registry.descriptions where descriptions[description.id] == nil {
                    descriptions[description.id] = description
                }
            }
            forFile.append(cache[configuration.files]![indices]!)
        }
        return RuleSets(base: base, forFile: forFile,
                        byPath: Dictionary(zip(paths, forFile).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }),
                        descriptions: descriptions)
    }

    /// The per-file stage: everything that needs the document itself — its outline and
    /// suppression comments, answer facts, each corpus rule's signature, the document rules'
    /// findings. `sideBySide` runs these parts on all cores: for one document read alone, as
    /// an editor's change is; a run already reads its files in parallel.
    func analyze(_ document: QADocument, rules: RuleSet, sideBySide: Bool = false) throws -> FileAnalysis {
        enum Part: Sendable {
            case outline(DocumentOutline, [Suppression])
            case answers(DocumentAnswers)
            case findings([Finding])
            case signature((any Sendable)?)
        }
        let corpus = Array(zip(rules.corpusRules, rules.corpusRuns))
        // The corpus rules' signatures first: they are most of the work.
        let part: @Sendable (Int) throws -> Part = { index in
            if index < corpus.count { return .signature(corpus[index].1 ? corpus[index].0.signature(document) : nil) }
            if index == corpus.count { return .answers(rules.classifier.facts(of: document)) }
            if index == corpus.count + 1 { return .outline(DocumentOutline(document), SuppressionParser.suppressions(in: document)) }
            return .findings(try rules.documentRules[index - corpus.count - 2].check(document))
        }
        let indices = Array(0..<(corpus.count + 2 + rules.documentRules.count))
        var outline: (DocumentOutline, [Suppression])?
        var answers: DocumentAnswers?
        var findings: [Finding] = []
        var signatures: [(any Sendable)?] = []
        for part in try sideBySide ? ParallelMap.map(indices, part) : indices.map(part) {
            switch part {
            case .outline(let document, let suppressions): outline = (document, suppressions)
            case .answers(let facts): answers = facts
            case .findings(let found): findings += found
            case .signature(let signature): signatures.append(signature)
            }
        }
        return FileAnalysis(document: outline!.0, answers: answers!, findings: findings, signatures: signatures, suppressions: outline!.1)
    }

    /// The corpus stage, answer statuses, suppressions, completeness and the final ordering.
    /// It takes the analyses over, so that once the reports hold the questions the outlines'
    /// copies are let go; the reports are built after the corpus stage has freed its own
    /// structures. Both keep the peak memory where it was before reports carried answer
    /// states and identities.
    /// With `focus`, the result holds those files only (their findings, including those the
    /// comparison with every other file makes): what an editor shows of its open documents.
    func finish(_ analyses: consuming [FileAnalysis], ruleSets: RuleSets, focus: Set<String>? = nil) -> LintResult {
        var ordered = consume analyses
        ordered.sort { $0.document.path < $1.document.path }
        var timings: [(stage: String, seconds: Double)] = []
        func rules(_ path: String) -> RuleSet { ruleSets.byPath[path] ?? ruleSets.base }

        var states: [[AnswerState]] = []
        var findings = ordered.flatMap(\.findings)
        for step in CorpusStep.run(ordered, rules: ruleSets.base.corpusRules, focus: focus) {
            if let value = step.states { states = value }
            findings += step.findings
            timings.append((step.stage, step.seconds))
        }
        if let focus {
            findings.removeAll { !focus.contains($0.path) }
            let kept = ordered.indices.filter { focus.contains(ordered[$0].document.path) }
            states = kept.map { states[$0] }
            ordered = kept.map { ordered[$0] }
        }

        // The reports, once the corpus stage's own structures are gone; then the outlines'
        // copies of the questions can go too.
        var files = zip(ordered, states).map { $0.document.report(states: $1) }
        for index in ordered.indices { ordered[index].document.questions = [] }
        for file in files {
            findings += rules(file.path).statusRules.flatMap { $0.check(file) }
        }
        // A finding about a question is identified by its question, wherever it was made.
        let byPath = Dictionary(files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        for index in findings.indices {
            guard let question = findings[index].questionIndex, let file = byPath[findings[index].path] else { continue }
            findings[index].identity = files[file].questions[question].identity.description
        }

        var suppressions = SuppressionState(Dictionary(ordered.map { ($0.document.path, $0.suppressions) },
                                                       uniquingKeysWith: { first, _ in first }))
        var suppressed: [SuppressedFinding] = []
        findings = suppressions.filter(findings, suppressed: &suppressed)
        if configuration.completeness.suppressed == .answered {
            files = files.map { count(suppressions: &suppressions, in: $0) }
        }
        // The audit of unused suppressions, itself subject to suppressions (a
        // `qalint-disable-file unused-suppression` is used when it silences one); run twice
        // so that a suppression used only by the audit is not reported as unused.
        let known = Set(ruleSets.descriptions.keys)
        func audit() -> [Finding] {
            Dictionary(grouping: suppressions.unused(knownRules: known), by: \.path).sorted { $0.key < $1.key }
                .flatMap { path, unused in rules(path).suppressionRules.flatMap { $0.check(unused) } }
        }
        _ = suppressions.filter(audit(), suppressed: &suppressed, audit: true)
        var auditSuppressed: [SuppressedFinding] = []
        findings += suppressions.filter(audit(), suppressed: &auditSuppressed, audit: true)

        // The severity a finding is reported at, or nil: its rule is off for its file, or it
        // is about what an unanswered question's answer says (the status rules report those).
        func severity(_ finding: Finding) -> Severity? {
            if ruleSets.descriptions[finding.rule]?.quietOnUnanswered == true, let question = finding.questionIndex,
               let file = byPath[finding.path], files[file].questions[question].answer.status != .answered {
                return nil
            }
            guard case .on(let severity) = rules(finding.path).levels[finding.rule] ?? .off else { return nil }
            return severity
        }
        let reported = findings.compactMap { finding -> Finding? in
            guard let severity = severity(finding) else { return nil }
            var reported = finding
            reported.severity = severity
            return reported
        }.sorted(by: Finding.reportOrder)
        // Only what would have been reported is listed as suppressed.
        suppressed = suppressed.compactMap { item in
            guard let level = severity(item.finding) else { return nil }
            var item = item
            item.finding.severity = level
            return item
        }.sorted { Finding.reportOrder($0.finding, $1.finding) }
        let runIDs = Set(configuration.registry.ids)
        let nestedOnly = ruleSets.descriptions.values.filter { !runIDs.contains($0.id) }.sorted { $0.id < $1.id }
        let enabled = (configuration.registry.descriptions + nestedOnly).filter { description in
            ruleSets.forFile.contains { $0.levels[description.id] != .off } || ruleSets.base.levels[description.id] != .off
        }
        return LintResult(files: files, findings: reported, rules: enabled, suppressed: suppressed, timings: timings)
    }

    /// The file as completeness counts it: an unanswered answer counts as answered where a
    /// suppression comment silences a rule that reports its status (someone judged it wrong).
    private func count(suppressions: inout SuppressionState, in file: FileReport) -> FileReport {
        var changed = false
        let counted = file.questions.map { question -> AnswerStatus in
            let status = question.answer.status
            guard status != .answered, let reporters = statusReporters[status],
                  suppressions.covers(path: file.path, line: question.range.startLine, rules: reporters) else { return status }
            changed = true
            return .answered
        }
        // Recounting copies the file's questions: only where a suppression changed a status.
        return changed ? file.counting(counted) : file
    }
}
