import Foundation
import QALintKit

/// `qalint inspect`: how qalint read a document — its sections, every question with its
/// line, the layout it was read from, its answer's lines and status, the findings on it and
/// why it was read as a question, and what could pass for a question but was skipped, and
/// why — so a user can see in seconds why a document was read the way it was.
public struct InspectReporter: Sendable {
    public init() {}

    public func text(_ result: LintResult) -> String {
        var out = ""
        for file in result.files {
            let findings = Dictionary(grouping: result.findings.filter { $0.questionIndex != nil }, by: { $0.questionIndex! })
            let mine = result.findings.filter { $0.path == file.path }
            out += "\(Escaping.terminal(file.path))"
            if let title = file.title { out += " — \(Escaping.terminal(title))" }
            out += "\n\(Plural.count(file.questions.count, "question")), \(Plural.count(file.sections.count, "section"))\n"
            if !file.sections.isEmpty {
                out += "\nsections:\n"
                for section in file.sections {
                    out += "  L\(section.range.startLine)  \(Escaping.terminal(section.title))  (\(Plural.count(section.completeness.questions, "question")))\n"
                }
            }
            if !file.questions.isEmpty {
                out += "\nquestions (line, layout, answer lines, status, text, findings; why it is a question):\n"
                for (index, question) in file.questions.enumerated() {
                    let answer = question.answerRange.map { "L\($0.startLine)-\($0.endLine)" } ?? "-"
                    let rules = (findings[index] ?? []).filter { $0.path == file.path }.map(\.rule)
                    let line = "L\(question.range.startLine)".padding(toLength: 7, withPad: " ", startingAt: 0)
                    out += "  \(line)\(question.layout.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0))"
                    out += "\(answer.padding(toLength: 14, withPad: " ", startingAt: 0))\(question.status.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))"
                    out += Escaping.terminal(question.text) + (question.hasPrompt ? " [+prompt]" : "")
                    out += rules.isEmpty ? "" : "  [\(rules.joined(separator: ", "))]"
                    out += "  ← \(question.evidence.explanation)\n"
                }
            }
            if !file.skipped.isEmpty {
                out += "\nnot read as questions (line, what, why):\n"
                for skipped in file.skipped {
                    let line = "L\(skipped.line)".padding(toLength: 7, withPad: " ", startingAt: 0)
                    out += "  \(line)\(skipped.name.padding(toLength: 19, withPad: " ", startingAt: 0))\(skipped.explanation)\n"
                }
            }
            let documentFindings = mine.filter { $0.questionIndex == nil }
            if !documentFindings.isEmpty {
                out += "\ndocument findings:\n"
                for finding in documentFindings { out += "  L\(finding.range.startLine)  \(Escaping.terminal(finding.message)) [\(finding.rule)]\n" }
            }
        }
        return out
    }

    public func json(_ result: LintResult) -> String {
        struct Question: Encodable {
            var line: Int
            var layout: String
            var text: String
            var status: String
            var answerLines: [Int]?
            var prompt: Bool
            var findings: [String]
            var why: String
        }
        struct Skipped: Encodable {
            var line: Int
            var what: String
            var why: String
        }
        struct Section: Encodable {
            var line: Int
            var title: String
            var questions: Int
        }
        struct File: Encodable {
            var path: String
            var title: String?
            var sections: [Section]
            var questions: [Question]
            var skipped: [Skipped]
        }
        let files = result.files.map { file in
            let findings = Dictionary(grouping: result.findings.filter { $0.path == file.path && $0.questionIndex != nil }, by: { $0.questionIndex! })
            return File(path: file.path, title: file.title,
                        sections: file.sections.map { Section(line: $0.range.startLine, title: $0.title, questions: $0.completeness.questions) },
                        questions: file.questions.enumerated().map { index, question in
                            Question(line: question.range.startLine, layout: question.layout.rawValue, text: question.text,
                                     status: question.status.rawValue,
                                     answerLines: question.answerRange.map { [$0.startLine, $0.endLine] },
                                     prompt: question.hasPrompt, findings: (findings[index] ?? []).map(\.rule),
                                     why: question.evidence.explanation)
                        },
                        skipped: file.skipped.map { Skipped(line: $0.line, what: $0.name, why: $0.explanation) })
        }
        return PrettyJSON().value(["files": files], indent: 0) + "\n"
    }
}
