import Foundation
import QALintKit
import QALintReporters

/// Findings as LSP diagnostics: 0-based lines, the rule id as the code with a link to its
/// documentation, the places a finding points at as related information.
enum Diagnostics {
    /// Where each rule's page is.
    static let rulesPage = "https://github.com/qalint/qalint/blob/main/docs/rules.md"

    static func diagnostic(_ finding: Finding, root: String) -> [String: Any] {
        var diagnostic: [String: Any] = [
            "range": range(finding.range.startLine, finding.range.startColumn, finding.range.endLine, finding.range.endColumn),
            "severity": severity(finding.severity),
            "code": finding.rule,
            "codeDescription": ["href": rulesPage + "#" + RuleDocs.anchor(finding.rule)],
            "source": "qalint",
            "message": finding.message,
        ]
        if !finding.related.isEmpty {
            diagnostic["relatedInformation"] = finding.related.map { location -> [String: Any] in
                ["location": ["uri": LanguageServer.uri(location.path, root: root), "range": range(location.line, 1, location.line, 1)],
                 "message": "also here"]
            }
        }
        return diagnostic
    }

    /// LSP's severities: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// A range from 1-based lines and columns; an end before its start is the whole line.
    static func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> [String: Any] {
        let start = ["line": max(0, startLine - 1), "character": max(0, startColumn - 1)]
        let wholeLine = endLine < startLine || (endLine == startLine && endColumn <= startColumn)
        let end = wholeLine ? ["line": max(0, startLine - 1), "character": 10_000] : ["line": max(0, endLine - 1), "character": max(0, endColumn - 1)]
        return ["start": start, "end": end]
    }

    /// The 0-based lines an LSP range covers.
    static func lines(of range: Any?) -> ClosedRange<Int> {
        let range = range as? [String: Any]
        let start = (range?["start"] as? [String: Any])?["line"] as? Int ?? 0
        let end = (range?["end"] as? [String: Any])?["line"] as? Int ?? start
        return min(start, end)...max(start, end)
    }
}
