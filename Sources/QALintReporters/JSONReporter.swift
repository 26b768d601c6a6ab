import Foundation
import QALintKit

/// The machine-readable report (documented in the README under "JSON report"). Keys are
/// camelCase and sorted; `version` changes only when a key is removed or changes meaning.
public struct JSONReporter: Sendable {
    public static let formatVersion = 1

    public init() {}

    /// Written piece by piece — each file and finding encoded on its own — so that a
    /// report of a million questions never holds a second copy of itself in memory. Keys
    /// are in sorted order at every level.
    public func render(_ result: LintResult) -> String {
        var out = ""
        write(result, to: &out)
        return out
    }

    public func write<Out: TextOutputStream>(_ result: LintResult, to out: inout Out) {
        let json = PrettyJSON()
        out.write("{\n  \"files\" : ")
        json.array(result.files.lazy.map(File.init), count: result.files.count, indent: 1, to: &out)
        out.write(",\n  \"findings\" : ")
        json.array(result.findings.lazy.map(FindingEntry.init), count: result.findings.count, indent: 1, to: &out)
        out.write(",\n  \"summary\" : " + json.value(Summary(result), indent: 1))
        out.write(",\n  \"suppressed\" : ")
        json.array(result.suppressed.lazy.map(SuppressedEntry.init), count: result.suppressed.count, indent: 1, to: &out)
        out.write(",\n  \"tool\" : " + json.value(Tool(), indent: 1))
        out.write(",\n  \"version\" : \(Self.formatVersion)\n}\n")
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

/// Pretty-printed JSON (two spaces an indent, sorted keys) written from separately encoded
/// values.
struct PrettyJSON {
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `value` as JSON, its lines after the first indented `indent` levels.
    func value<T: Encodable>(_ value: T, indent: Int) -> String {
        // Encoding plain structs of strings and numbers cannot fail.
        let json = (try? encoder.encode(value)).map { JSONText.visible(String(decoding: $0, as: UTF8.self)) } ?? "null"
        let pad = String(repeating: "  ", count: indent)
        return json.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + pad)
    }

    func array<S: Sequence, Out: TextOutputStream>(_ items: S, count: Int, indent: Int, to out: inout Out) where S.Element: Encodable {
        guard count > 0 else { return out.write("[]") }
        let pad = String(repeating: "  ", count: indent + 1)
        out.write("[\n")
        for (index, item) in items.enumerated() {
            out.write(pad + value(item, indent: indent + 1) + (index + 1 < count ? ",\n" : "\n"))
        }
        out.write(String(repeating: "  ", count: indent) + "]")
    }
}
