import QALintKit
import QALintReporters

/// What hovering a line shows: the rule's explanation for a finding there; for a question,
/// its status and the other places of its duplicates or paraphrases.
enum Hover {
    static func hover(at line: Int, path: String, result: LintResult, root: String) -> [String: Any]? {
        var parts: [String] = []
        let findings = result.findings.filter { $0.path == path && ($0.range.startLine...max($0.range.startLine, $0.range.endLine)).contains(line) }
        if let file = result.files.first(where: { $0.path == path }),
           let question = file.questions.first(where: { ($0.range.startLine...max($0.range.startLine, $0.range.endLine)).contains(line) }) {
            var text = "**Question** · \(question.status.rawValue)"
            let others = findings.filter { ["duplicate-question", "similar-question"].contains($0.rule) }.flatMap(\.related)
            if !others.isEmpty {
                text += "\n\nAlso asked at " + others.map { "\($0.path == path ? "" : $0.path + ":")\($0.line)" }.joined(separator: ", ")
            }
            parts.append(text)
        }
        for rule in Set(findings.map(\.rule)).sorted() {
            guard let description = result.rules.first(where: { $0.id == rule }) else { continue }
            parts.append("**\(rule)** — " + RuleHelp.summary(description))
        }
        guard !parts.isEmpty else { return nil }
        return ["contents": ["kind": "markdown", "value": parts.joined(separator: "\n\n---\n\n")]]
    }
}
