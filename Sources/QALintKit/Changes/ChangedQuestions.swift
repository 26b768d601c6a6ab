import Foundation
import QAMarkdown

/// `--changed-questions`: keeps the findings a pull request is responsible for. A finding on
/// a question stays when that question unit — its text and its answer — is not in the old
/// version of the file (added or edited); a finding about no single question stays when the
/// old version did not have it. A placeholder added in the pull request fails; an old one
/// elsewhere in the same file does not.
public enum ChangedQuestions {
    /// `oldTexts`: for each linted path, its text before the change; nil for a new file.
    public static func filter(_ result: inout LintResult, oldTexts: [String: String?], linter: Linter) throws {
        var changedQuestions: [String: Set<Int>] = [:]
        var oldFileFindings: [String: Set<String>] = [:]
        for (path, old) in oldTexts {
            guard let old else { continue }
            let now = try SourceFile.read(path: path)
            let before = Set(linter.questionUnits(old, path: path))
            changedQuestions[path] = Set(linter.questionUnits(now, path: path).enumerated().filter { !before.contains($0.element) }.map(\.offset))
            oldFileFindings[path] = Set(try linter.lint(sources: [(path, old)]).findings.filter { $0.questionIndex == nil }.map { $0.rule + "\u{0}" + $0.identity })
        }
        result.findings = result.findings.filter { finding in
            guard let changed = changedQuestions[finding.path] else { return true }  // a new file: all of it is new
            if let index = finding.questionIndex { return changed.contains(index) }
            return !(oldFileFindings[finding.path]?.contains(finding.rule + "\u{0}" + finding.identity) ?? false)
        }
    }
}

extension Linter {
    /// One string per question of a text, as this linter reads it (the file's overrides
    /// applied): the question's identity and its answer. Equal strings are the same unit.
    public func questionUnits(_ text: String, path: String) -> [String] {
        let structure = configuration.resolved(for: path, currentDirectory: currentDirectory).structure
        return QADocumentReader.read(text, path: path, structure: structure).questions.map { question in
            question.identity + "\u{0}" + question.answer.text.prose + "\u{0}" + question.answer.text.code
        }
    }
}
