import QALintKit

/// Quick fixes for the findings under the cursor: the rule's `--fix` where it has one, and
/// suppression comments (for the next question, or the whole file) with a reason to fill in.
enum CodeActions {
    static func actions(for findings: [Finding], text: String, uri: String, root: String) -> [[String: Any]] {
        var actions: [[String: Any]] = []
        var seen = Set<String>()
        let lines = Diagnostics.Lines(text)
        for finding in findings {
            let diagnostic = Diagnostics.diagnostic(finding, root: root, lines: lines)
            if let edits = finding.fix, !edits.isEmpty {
                var fixer = Fixer(text: text)
                fixer.apply(edits)
                if fixer.applied > 0 {
                    actions.append(action("Fix: \(finding.rule)", uri: uri, diagnostic: diagnostic, preferred: true,
                                          edit: replaceAll(text, with: fixer.text)))
                }
            }
            let rule = finding.rule
            if finding.questionIndex != nil, seen.insert("q\(finding.range.startLine)\(rule)").inserted {
                let line = finding.range.startLine - 1
                actions.append(action("Disable \(rule) for this question", uri: uri, diagnostic: diagnostic, preferred: false,
                                      edit: insert("<!-- qalint-disable-next-question \(rule) -- REASON -->\n", at: line)))
            }
            if seen.insert("f\(rule)").inserted {
                actions.append(action("Disable \(rule) for this file", uri: uri, diagnostic: diagnostic, preferred: false,
                                      edit: insert("<!-- qalint-disable-file \(rule) -- REASON -->\n", at: firstLineAfterFrontMatter(text))))
            }
        }
        return actions
    }

    private static func action(_ title: String, uri: String, diagnostic: [String: Any], preferred: Bool, edit: [String: Any]) -> [String: Any] {
        ["title": title, "kind": "quickfix", "diagnostics": [diagnostic], "isPreferred": preferred,
         "edit": ["changes": [uri: [edit]]]]
    }

    private static func insert(_ text: String, at line: Int) -> [String: Any] {
        let position = ["line": line, "character": 0]
        return ["range": ["start": position, "end": position], "newText": text]
    }

    /// The whole document replaced (a fix may touch lines far from the cursor).
    private static func replaceAll(_ text: String, with new: String) -> [String: Any] {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        let end = ["line": lines.count - 1, "character": lines.last.map { String($0).utf16.count } ?? 0]
        return ["range": ["start": ["line": 0, "character": 0], "end": end], "newText": new]
    }

    /// Where a file-wide comment goes: after YAML front matter, if any (it must stay first).
    static func firstLineAfterFrontMatter(_ text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else { return 0 }
        return end + 1
    }
}
