import Foundation
import QAMarkdown

/// The lint pipeline: every file is read, parsed and checked in parallel (with the rules
/// its `overrides` configure); corpus rules compare the files' compact signatures; inline
/// suppressions are applied and audited; completeness is counted; findings of rules set
/// to `off` are dropped and the rest sorted.
///
/// Rules set to `off` still run, so that completeness measures the content whatever the
/// reporting settings are; a finding silenced by a suppression comment does not count
/// (someone judged it wrong).
public struct Linter: Sendable {
    public let configuration: Configuration
    private let currentDirectory: String
    private let descriptions: [String: RuleDescription]

    public init(configuration: Configuration = Configuration(),
                currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        self.configuration = configuration
        self.currentDirectory = currentDirectory
        descriptions = Dictionary(configuration.registry.descriptions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        _ = try RuleSet(configuration: configuration)  // fail early on bad options
    }

    /// Reads and lints files. Throws the first unreadable file, in path order.
    public func lint(files paths: [String]) throws -> LintResult {
        let ruleSets = try ruleSets(for: paths)
        let analyses = try ParallelMap.map(Array(paths.enumerated())) { index, path in
            try analyze(SourceFile.read(path: path), path: path, rules: ruleSets.forFile[index])
        }
        return finish(analyses, ruleSets: ruleSets)
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
    private struct RuleSets: Sendable {
        var base: RuleSet
        var forFile: [RuleSet]
        var byPath: [String: RuleSet]
    }

    private func ruleSets(for paths: [String]) throws -> RuleSets {
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
        let document = QADocumentReader.read(text, path: path)
        return FileAnalysis(
            document: DocumentOutline(document),
            findings: rules.documentRules.flatMap { $0.check(document) },
            signatures: rules.corpusRules.map { $0.signature(document) },
            suppressions: SuppressionParser.suppressions(in: document))
    }

    /// The corpus stage, suppressions, completeness and the final ordering.
    private func finish(_ analyses: [FileAnalysis], ruleSets: RuleSets) -> LintResult {
        let ordered = analyses.sorted { $0.document.path < $1.document.path }
        var findings = ordered.flatMap(\.findings)
        for (index, rule) in ruleSets.base.corpusRules.enumerated() {
            findings += rule.check(ordered.map { ($0.document.path, $0.signatures[index]) })
        }

        let suppressionsByPath = Dictionary(ordered.map { ($0.document.path, $0.suppressions) }, uniquingKeysWith: { first, _ in first })
        var applied = SuppressionResult.apply(suppressionsByPath, to: findings)
        let unused = applied.unused(knownRules: Set(descriptions.keys))
        let audit = ruleSets.base.suppressionRules.flatMap { $0.check(unused) }
        findings = applied.kept + SuppressionResult.apply(suppressionsByPath, to: audit, countUse: false).kept

        var statuses: [String: [Int: AnswerStatus]] = [:]
        for finding in findings {
            guard let status = finding.answerStatus, let question = finding.questionIndex else { continue }
            statuses[finding.path, default: [:]][question] = max(status, statuses[finding.path]?[question] ?? status)
        }
        let files = ordered.map { $0.document.report(statuses: statuses[$0.document.path] ?? [:]) }

        var reported: [Finding] = []
        for var finding in findings {
            if descriptions[finding.rule]?.quietOnUnanswered == true, let question = finding.questionIndex,
               let status = statuses[finding.path]?[question], status != .answered {
                continue
            }
            let levels = (ruleSets.byPath[finding.path] ?? ruleSets.base).levels
            guard case .on(let severity) = levels[finding.rule] ?? .off else { continue }
            finding.severity = severity
            reported.append(finding)
        }
        reported.sort(by: Finding.reportOrder)
        applied.suppressed.sort { Finding.reportOrder($0.finding, $1.finding) }
        let enabled = configuration.registry.descriptions.filter { description in
            ruleSets.forFile.contains { $0.levels[description.id] != .off } || ruleSets.base.levels[description.id] != .off
        }
        return LintResult(files: files, findings: reported, rules: enabled, suppressed: applied.suppressed)
    }
}

/// What the per-file stage hands on: the outline (no answer text), findings, signatures
/// and suppression comments.
private struct FileAnalysis: Sendable {
    var document: DocumentOutline
    var findings: [Finding]
    var signatures: [any Sendable]
    var suppressions: [Suppression]
}

/// The parts of a document that reports need once the document itself is dropped.
private struct DocumentOutline: Sendable {
    var path: String
    var title: String?
    var questions: [(text: String, range: SourceRange, sectionIndex: Int?)]
    var sections: [(title: String, range: SourceRange, questions: Range<Int>)]

    init(_ document: QADocument) {
        path = document.path
        title = document.title
        questions = document.questions.map { ($0.text, $0.range, $0.sectionIndex) }
        sections = document.sections.map { ($0.title, $0.range, $0.questionIndices) }
    }

    func report(statuses: [Int: AnswerStatus]) -> FileReport {
        let questionReports = questions.indices.map { index in
            QuestionReport(text: questions[index].text, range: questions[index].range,
                           sectionIndex: questions[index].sectionIndex, status: statuses[index] ?? .answered)
        }
        let sectionReports = sections.map { section in
            SectionReport(title: section.title, range: section.range,
                          completeness: Completeness(questionReports[section.questions].map(\.status)))
        }
        return FileReport(path: path, title: title, questions: questionReports, sections: sectionReports)
    }
}

/// Findings split by the suppression comments of their files.
struct SuppressionResult {
    var kept: [Finding] = []
    var suppressed: [SuppressedFinding] = []
    /// Suppressions by file, with whether each silenced something.
    var suppressions: [String: [(Suppression, used: Bool)]] = [:]

    static func apply(_ byPath: [String: [Suppression]], to findings: [Finding], countUse: Bool = true) -> SuppressionResult {
        var result = SuppressionResult()
        result.suppressions = byPath.mapValues { $0.map { ($0, false) } }
        for finding in findings {
            // An audit finding sits on its own comment's line: that comment cannot silence it.
            guard let index = result.suppressions[finding.path]?.firstIndex(where: { entry in
                entry.0.kind != .enable && entry.0.covers(finding) && (countUse || entry.0.line != finding.range.startLine)
            }) else {
                result.kept.append(finding)
                continue
            }
            let suppression = result.suppressions[finding.path]![index].0
            if countUse { result.suppressions[finding.path]![index].used = true }
            result.suppressed.append(SuppressedFinding(finding: finding, reason: suppression.reason, line: suppression.line))
        }
        return result
    }

    /// Suppressions that silenced nothing, and those that name unknown rules.
    func unused(knownRules: Set<String>) -> [UnusedSuppression] {
        var result: [UnusedSuppression] = []
        for path in suppressions.keys.sorted() {
            for (suppression, used) in suppressions[path]! where suppression.kind != .enable {
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
