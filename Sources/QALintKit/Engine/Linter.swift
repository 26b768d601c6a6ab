import Foundation
import QAMarkdown

/// The lint pipeline: every file is read, parsed and checked in parallel (with the rules
/// its `overrides` configure); corpus rules compare the files' compact signatures; inline
/// suppressions are applied and audited; completeness is counted; findings of rules set
/// to `off` are dropped and the rest sorted.
///
/// Rules that decide answer statuses (placeholder, empty) run even when set to `off`, so
/// that completeness measures the content whatever the reporting settings are; a finding
/// silenced by a suppression comment does not count (someone judged it wrong).
public struct Linter: Sendable {
    public let configuration: Configuration
    let currentDirectory: String
    private let descriptions: [String: RuleDescription]

    public init(configuration: Configuration = Configuration(),
                currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        self.configuration = configuration
        self.currentDirectory = currentDirectory
        descriptions = Dictionary(configuration.registry.descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        _ = try RuleSet(configuration: configuration)  // fail early on bad options
    }

    /// Reads and lints files. Throws the first unreadable file, in path order.
    /// With `shard`, lints only the files of that shard, and the result carries what
    /// `merge` needs to finish the run over every shard.
    public func lint(files allPaths: [String], shard: Shard? = nil) throws -> LintResult {
        let paths = shard.map { shard in allPaths.filter(shard.contains) } ?? allPaths
        let ruleSets = try ruleSets(for: paths)
        let start = Date()
        let analyses = try ParallelMap.map(Array(paths.enumerated())) { index, path in
            try analyze(SourceFile.read(path: path), path: path, rules: ruleSets.forFile[index])
        }
        var result = finish(analyses, ruleSets: ruleSets)
        if let shard {
            result.shard = ShardData(shard: shard, corpusRules: ruleSets.base.corpusRules,
                                     analyses: analyses.sorted { $0.document.path < $1.document.path })
        }
        result.timings.insert(("per-file stage (read, parse, document rules, signatures)", Date().timeIntervalSince(start) - result.timings.reduce(0) { $0 + $1.seconds }), at: 0)
        return result
    }

    /// Lints texts already in memory, as (path, Markdown) pairs.
    public func lint(sources: [(path: String, text: String)]) throws -> LintResult {
        let ruleSets = try ruleSets(for: sources.map(\.path))
        let analyses = ParallelMap.map(Array(sources.enumerated())) { index, source in
            analyze(source.text, path: source.path, rules: ruleSets.forFile[index])
        }
        return finish(analyses, ruleSets: ruleSets)
    }

    /// One rule set per distinct combination of overrides among the files.
    struct RuleSets: Sendable {
        var base: RuleSet
        var forFile: [RuleSet]
        var byPath: [String: RuleSet]
    }

    func ruleSets(for paths: [String]) throws -> RuleSets {
        let base = try RuleSet(configuration: configuration)
        var cache: [[Int]: RuleSet] = [[]: base]
        var forFile: [RuleSet] = []
        for path in paths {
            let indices = configuration.overrideIndices(for: path, currentDirectory: currentDirectory)
            if cache[indices] == nil { cache[indices] = try RuleSet(configuration: configuration.applying(overrides: indices)) }
            forFile.append(cache[indices]!)
        }
        return RuleSets(base: base, forFile: forFile,
                        byPath: Dictionary(zip(paths, forFile).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The per-file stage: everything that needs the document itself.
    private func analyze(_ text: String, path: String, rules: RuleSet) -> FileAnalysis {
        let document = QADocumentReader.read(text, path: path, structure: rules.structure)
        return FileAnalysis(
            document: DocumentOutline(document),
            findings: rules.documentRules.flatMap { $0.check(document) },
            signatures: zip(rules.corpusRules, rules.corpusRuns).map { rule, runs in runs ? rule.signature(document) : nil },
            suppressions: SuppressionParser.suppressions(in: document))
    }

    /// The corpus stage, suppressions, completeness and the final ordering.
    func finish(_ analyses: [FileAnalysis], ruleSets: RuleSets) -> LintResult {
        let ordered = analyses.sorted { $0.document.path < $1.document.path }
        var findings = ordered.flatMap(\.findings)
        var timings: [(stage: String, seconds: Double)] = []
        for (index, rule) in ruleSets.base.corpusRules.enumerated() {
            let entries = ordered.compactMap { analysis in analysis.signatures[index].map { (analysis.document.path, $0) } }
            guard !entries.isEmpty else { continue }
            let start = Date()
            findings += rule.check(entries)
            timings.append(("corpus stage: \(rule.id)", Date().timeIntervalSince(start)))
        }

        // What the content is, whatever is suppressed: rules about what an answer says stay
        // quiet on placeholders and empty answers even when their finding is silenced.
        let contentStatuses = Self.statuses(findings)

        var suppressions = SuppressionState(Dictionary(ordered.map { ($0.document.path, $0.suppressions) },
                                                       uniquingKeysWith: { first, _ in first }))
        var suppressed: [SuppressedFinding] = []
        findings = suppressions.filter(findings, suppressed: &suppressed)
        // The audit of unused suppressions, itself subject to suppressions (a
        // `qalint-disable-file unused-suppression` is used when it silences one); run twice
        // so that a suppression used only by the audit is not reported as unused.
        let known = Set(descriptions.keys)
        let firstAudit = ruleSets.base.suppressionRules.flatMap { $0.check(suppressions.unused(knownRules: known)) }
        _ = suppressions.filter(firstAudit, suppressed: &suppressed, audit: true)
        var auditSuppressed: [SuppressedFinding] = []
        let audit = ruleSets.base.suppressionRules.flatMap { $0.check(suppressions.unused(knownRules: known)) }
        findings += suppressions.filter(audit, suppressed: &auditSuppressed, audit: true)

        // Completeness counts what is not suppressed.
        let statuses = Self.statuses(findings)
        let files = ordered.map { $0.document.report(statuses: statuses[$0.document.path] ?? [:]) }

        // The severity a finding is reported at, or nil: its rule is off for its file, or it
        // is about what an unanswered question's answer says.
        func severity(_ finding: Finding) -> Severity? {
            guard finding.reported else { return nil }
            if descriptions[finding.rule]?.quietOnUnanswered == true, let question = finding.questionIndex,
               let status = contentStatuses[finding.path]?[question], status != .answered {
                return nil
            }
            guard case .on(let severity) = (ruleSets.byPath[finding.path] ?? ruleSets.base).levels[finding.rule] ?? .off else { return nil }
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
        let enabled = configuration.registry.descriptions.filter { description in
            ruleSets.forFile.contains { $0.levels[description.id] != .off } || ruleSets.base.levels[description.id] != .off
        }
        return LintResult(files: files, findings: reported, rules: enabled, suppressed: suppressed, timings: timings)
    }
}

extension Linter {
    /// Each question's answer status, by file and question index, from the findings that say.
    fileprivate static func statuses(_ findings: [Finding]) -> [String: [Int: AnswerStatus]] {
        var statuses: [String: [Int: AnswerStatus]] = [:]
        for finding in findings {
            guard let status = finding.answerStatus, let question = finding.questionIndex else { continue }
            statuses[finding.path, default: [:]][question] = max(status, statuses[finding.path]?[question] ?? status)
        }
        return statuses
    }
}

/// The suppression comments of every file, and which of them silenced something.
struct SuppressionState {
    private var byPath: [String: [(suppression: Suppression, used: Bool)]]

    init(_ suppressions: [String: [Suppression]]) {
        byPath = suppressions.mapValues { $0.map { ($0, false) } }
    }

    /// The findings no suppression covers; the others go to `suppressed`, and their
    /// suppressions count as used. In an `audit` (findings about suppressions, located on
    /// their comment's line) a comment cannot silence the finding about itself.
    mutating func filter(_ findings: [Finding], suppressed: inout [SuppressedFinding], audit: Bool = false) -> [Finding] {
        var kept: [Finding] = []
        for finding in findings {
            guard let index = byPath[finding.path]?.firstIndex(where: { entry in
                entry.suppression.kind != .enable && entry.suppression.covers(finding)
                    && !(audit && entry.suppression.line == finding.range.startLine)
            }) else {
                kept.append(finding)
                continue
            }
            byPath[finding.path]![index].used = true
            let suppression = byPath[finding.path]![index].suppression
            suppressed.append(SuppressedFinding(finding: finding, reason: suppression.reason, line: suppression.line))
        }
        return kept
    }

    /// Suppressions that silenced nothing, and those that name unknown rules.
    func unused(knownRules: Set<String>) -> [UnusedSuppression] {
        var result: [UnusedSuppression] = []
        for path in byPath.keys.sorted() {
            for (suppression, used) in byPath[path]! where suppression.kind != .enable {
                if let unknown = suppression.rules.first(where: { !knownRules.contains($0) }) {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: unknown))
                } else if !used {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: nil))
                }
            }
        }
        return result
    }
}
