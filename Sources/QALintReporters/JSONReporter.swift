import Foundation
import QALintKit

/// The machine-readable report (documented in the README under "JSON report"). Keys are
/// camelCase and sorted; `version` changes only when a key is removed or changes meaning.
public struct JSONReporter: Sendable {
    public static let formatVersion = 1

    public init() {}

    public func render(_ result: LintResult) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(Report(result))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        var version = JSONReporter.formatVersion
        var tool = Tool()
        var files: [File]
        var findings: [FindingEntry]
        var suppressed: [SuppressedEntry]
        var summary: Summary

        init(_ result: LintResult) {
            files = result.files.map(File.init)
            findings = result.findings.map(FindingEntry.init)
            suppressed = result.suppressed.map(SuppressedEntry.init)
            summary = Summary(result)
        }
    }

    struct Tool: Encodable {
        var name = QALintTool.name
        var version = QALintTool.version
    }

    struct File: Encodable {
        var path: String
        var title: String?
        var questions, answered, placeholder, empty: Int
        var answeredPercent: Double
        var sections: [Section]

        init(_ file: FileReport) {
            path = file.path
            title = file.title
            let counts = file.completeness
            (questions, answered, placeholder, empty) = (counts.questions, counts.answered, counts.placeholder, counts.empty)
            answeredPercent = counts.answeredPercent
            sections = file.sections.map(Section.init)
        }
    }

    struct Section: Encodable {
        var title: String
        var line: Int
        var questions, answered, placeholder, empty: Int
        var answeredPercent: Double

        init(_ section: SectionReport) {
            title = section.title
            line = section.range.startLine
            let counts = section.completeness
            (questions, answered, placeholder, empty) = (counts.questions, counts.answered, counts.placeholder, counts.empty)
            answeredPercent = counts.answeredPercent
        }
    }

    struct FindingEntry: Encodable {
        var rule: String
        var severity: String
        var path: String
        var line, column, endLine, endColumn: Int
        var message: String
        var question: String?
        var related: [Location]

        init(_ finding: Finding) {
            rule = finding.rule
            severity = finding.severity.rawValue
            path = finding.path
            (line, column) = (finding.range.startLine, finding.range.startColumn)
            (endLine, endColumn) = (finding.range.endLine, finding.range.endColumn)
            message = finding.message
            question = finding.question
            related = finding.related
        }
    }

    /// A finding a suppression comment silenced, with the comment's line and reason.
    struct SuppressedEntry: Encodable {
        var rule: String
        var severity: String
        var path: String
        var line: Int
        var message: String
        var suppressedAt: Int
        var reason: String?

        init(_ item: SuppressedFinding) {
            rule = item.finding.rule
            severity = item.finding.severity.rawValue
            path = item.finding.path
            line = item.finding.range.startLine
            message = item.finding.message
            suppressedAt = item.line
            reason = item.reason
        }
    }

    struct Summary: Encodable {
        var files, questions, answered, placeholder, empty: Int
        var answeredPercent: Double
        var errors, warnings, infos, suppressed: Int

        init(_ result: LintResult) {
            let counts = result.completeness
            files = result.files.count
            (questions, answered, placeholder, empty) = (counts.questions, counts.answered, counts.placeholder, counts.empty)
            answeredPercent = counts.answeredPercent
            (errors, warnings, infos) = (result.count(.error), result.count(.warning), result.count(.info))
            suppressed = result.suppressed.count
        }
    }
}
