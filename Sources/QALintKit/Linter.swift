import Foundation
import QAMarkdown

/// The lint pipeline: every file is read, parsed and checked in parallel; corpus rules then
/// compare the files' compact signatures; completeness is counted; findings of rules set to
/// `off` are dropped and the rest sorted.
///
/// Rules set to `off` still run, so that completeness measures the content whatever the
/// reporting settings are.
public struct Linter: Sendable {
    public let configuration: Configuration
    private let documentRules: [any DocumentRule]
    private let corpusRules: [AnyCorpusRule]
    private let levels: [String: RuleLevel]

    public init(configuration: Configuration = Configuration()) throws {
        self.configuration = configuration
        var documentRules: [any DocumentRule] = []
        var corpusRules: [AnyCorpusRule] = []
        var levels: [String: RuleLevel] = [:]
        for type in BuiltinRules.types {
            let description = type.description
            let rule = try type.init(settings: RuleSettings(configuration: configuration, options: configuration.options(of: description)))
            levels[description.id] = configuration.level(of: description)
            if let rule = rule as? any DocumentRule { documentRules.append(rule) }
            if let rule = rule as? any CorpusRule { corpusRules.append(AnyCorpusRule(rule)) }
        }
        self.documentRules = documentRules
        self.corpusRules = corpusRules
        self.levels = levels
    }

    /// Reads and lints files. Throws the first unreadable file, in path order.
    public func lint(files paths: [String]) throws -> LintResult {
        let analyses = try ParallelMap.map(paths) { path in
            try analyze(SourceFile.read(path: path), path: path)
        }
        return finish(analyses)
    }

    /// Lints texts already in memory, as (path, Markdown) pairs.
    public func lint(sources: [(path: String, text: String)]) -> LintResult {
        let analyses = ParallelMap.map(sources) { source in analyze(source.text, path: source.path) }
        return finish(analyses)
    }

    /// The per-file stage: everything that needs the document itself.
    private func analyze(_ text: String, path: String) -> FileAnalysis {
        let document = QADocumentReader.read(text, path: path)
        return FileAnalysis(
            document: DocumentOutline(document),
            findings: documentRules.flatMap { $0.check(document) },
            signatures: corpusRules.map { $0.signature(document) })
    }

    /// The corpus stage and the final ordering.
    private func finish(_ analyses: [FileAnalysis]) -> LintResult {
        let ordered = analyses.sorted { $0.document.path < $1.document.path }
        var findings = ordered.flatMap(\.findings)
        for (index, rule) in corpusRules.enumerated() {
            findings += rule.check(ordered.map { ($0.document.path, $0.signatures[index]) })
        }
        var statuses: [String: [Int: AnswerStatus]] = [:]
        for finding in findings {
            guard let status = finding.answerStatus, let question = finding.questionIndex else { continue }
            statuses[finding.path, default: [:]][question] = max(status, statuses[finding.path]?[question] ?? status)
        }
        let files = ordered.map { $0.document.report(statuses: statuses[$0.document.path] ?? [:]) }
        var reported: [Finding] = []
        for var finding in findings {
            guard case .on(let severity) = levels[finding.rule] ?? .off else { continue }
            finding.severity = severity
            reported.append(finding)
        }
        reported.sort(by: Finding.reportOrder)
        let rules = BuiltinRules.descriptions.filter { levels[$0.id] != .off }
        return LintResult(files: files, findings: reported, rules: rules)
    }
}

/// What the per-file stage hands on: the outline (no answer text), findings and signatures.
private struct FileAnalysis: Sendable {
    var document: DocumentOutline
    var findings: [Finding]
    var signatures: [any Sendable]
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

/// A corpus rule with its signature type erased, so the engine can hold a list of them.
private struct AnyCorpusRule: Sendable {
    let signature: @Sendable (QADocument) -> any Sendable
    let check: @Sendable ([(String, any Sendable)]) -> [Finding]

    init<R: CorpusRule>(_ rule: R) {
        signature = { rule.signature(of: $0) }
        check = { entries in
            rule.check(entries.map { CorpusEntry(path: $0.0, signature: $0.1 as! R.Signature) })
        }
    }
}
