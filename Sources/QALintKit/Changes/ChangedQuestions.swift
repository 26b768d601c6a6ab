import Foundation
import QAMarkdown

/// `--changed-questions`: keeps the findings a pull request is responsible for. A finding on
/// a question stays when that question unit — its identity and its answer — is not in the
/// old version of the file (added or edited); a finding about no single question stays when
/// the old version did not have it. A placeholder added in the pull request fails; an old
/// one elsewhere in the same file does not.
///
/// The current version's units come from the run itself; only the old version of each
/// changed file is read, once.
public enum ChangedQuestions {
    /// `oldTexts`: for each linted path, its text before the change; nil for a new file.
    public static func filter(_ result: inout LintResult, oldTexts: [String: String?], linter: Linter) throws {
        let current = Dictionary(result.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var changedQuestions: [String: Set<Int>] = [:]
        var oldFileFindings: [String: Set<String>] = [:]
        for (path, old) in oldTexts {
            guard let old, let now = current[path] else { continue }
            let before = try linter.lint(sources: [(path, old)])
            let oldUnits = Set((before.files.first?.questions ?? []).map(Unit.init))
            changedQuestions[path] = Set(now.questions.indices.filter { !oldUnits.contains(Unit(now.questions[$0])) })
            oldFileFindings[path] = Set(before.findings.filter { $0.questionIndex == nil }.map { $0.rule + "\u{0}" + $0.identity })
        }
        result.findings = result.findings.filter { finding in
            guard let changed = changedQuestions[finding.path] else { return true }  // a new file: all of it is new
            if let index = finding.questionIndex { return changed.contains(index) }
            return !(oldFileFindings[finding.path]?.contains(finding.rule + "\u{0}" + finding.identity) ?? false)
        }
    }

    /// A question and its answer. The identity's key, not its occurrence: a question that
    /// an equal one added above it makes the second occurrence is still the same unit.
    private struct Unit: Hashable {
        var key: String
        var answer: UInt64

        init(_ question: QuestionReport) {
            key = question.identity.key
            answer = question.answerDigest
        }
    }
}
