import QALintKit

/// Checkstyle XML, read by many CI plugins and code-review tools: one `file` per linted
/// document, one `error` element per finding (`source` = `qalint.RULE-ID`).
public struct CheckstyleReporter: Sendable {
    public init() {}

    public func render(_ result: LintResult) -> String {
        let byFile = Dictionary(grouping: result.findings, by: \.path)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for file in result.files {
            let findings = byFile[file.path] ?? []
            guard !findings.isEmpty else {
                out += "  <file name=\"\(Escaping.xml(file.path))\"/>\n"
                continue
            }
            out += "  <file name=\"\(Escaping.xml(file.path))\">\n"
            for finding in findings {
                out += "    <error line=\"\(finding.range.startLine)\" column=\"\(finding.range.startColumn)\" "
                out += "severity=\"\(finding.severity.rawValue)\" message=\"\(Escaping.xml(finding.message))\" "
                out += "source=\"qalint.\(finding.rule)\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
