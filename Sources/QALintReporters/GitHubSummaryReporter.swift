import QALintKit

/// The Markdown that `--format github` appends to `$GITHUB_STEP_SUMMARY`: completeness per
/// document, findings per rule, and the first findings.
public struct GitHubSummaryReporter: Sendable {
    public var paths: RepositoryPaths
    /// How many findings are listed.
    public var limit: Int

    public init(paths: RepositoryPaths = RepositoryPaths(), limit: Int = 50) {
        self.paths = paths
        self.limit = limit
    }

    public func render(_ result: LintResult) -> String {
        let total = result.completeness
        var out = "## qalint\n\n"
        out += "**\(total.answered) of \(Plural.count(total.questions, "question")) answered (\(JSONNumber.format(total.answeredPercent))%)** "
        out += "in \(result.files.count) file\(result.files.count == 1 ? "" : "s"): \(total.placeholder) placeholder, \(total.empty) empty. "
        out += "\(Plural.count(result.count(.error), "error")), \(Plural.count(result.count(.warning), "warning")), "
        out += "\(Plural.count(result.count(.info), "notice")).\n\n"
        let documents = result.files.filter { $0.completeness.questions > 0 }
        if !documents.isEmpty {
            out += "| document | questions | answered | placeholder | empty | answered % |\n|---|---:|---:|---:|---:|---:|\n"
            for file in documents {
                let counts = file.completeness
                out += "| \(Escaping.markdown(paths.relativePath(file.path))) | \(counts.questions) | \(counts.answered) | "
                out += "\(counts.placeholder) | \(counts.empty) | \(JSONNumber.format(counts.answeredPercent))% |\n"
            }
            out += "\n"
        }
        let perRule = Dictionary(grouping: result.findings, by: \.rule)
        if !perRule.isEmpty {
            out += "| rule | findings |\n|---|---:|\n"
            for rule in perRule.keys.sorted() { out += "| `\(rule)` | \(perRule[rule]!.count) |\n" }
            out += "\n"
            let shown = result.findings.prefix(limit)
            out += "<details><summary>\(shown.count == result.findings.count ? "All" : "First \(shown.count) of \(result.findings.count)") findings</summary>\n\n"
            for finding in shown {
                out += "- \(Escaping.markdown(paths.relativePath(finding.path))):\(finding.range.startLine) **\(finding.severity.rawValue)** "
                out += "\(Escaping.markdown(finding.message)) (`\(finding.rule)`)\n"
            }
            out += "\n</details>\n"
        }
        return out + "\n"
    }
}
