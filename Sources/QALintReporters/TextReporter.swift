import QALintKit

/// The report for people: one line per finding, `path:line:column: severity: message
/// [rule-id]`, then completeness per file and section, and a summary line.
public struct TextReporter: Sendable {
    public var color: Bool
    /// The completeness lines and the summary line.
    public var summary: Bool
    /// The number of findings of each rule.
    public var statistics: Bool

    public init(color: Bool = false, summary: Bool = true, statistics: Bool = false) {
        self.color = color
        self.summary = summary
        self.statistics = statistics
    }

    public func render(_ result: LintResult) -> String {
        var out = ""
        for finding in result.findings {
            let place = "\(finding.path):\(finding.range.startLine):\(finding.range.startColumn)"
            out += "\(paint(Escaping.terminal(place), .bold)): \(paint(finding.severity.rawValue, colour(finding.severity))): "
            out += "\(Escaping.terminal(finding.message)) \(paint("[\(finding.rule)]", .dim))\n"
        }
        if statistics { out += (result.findings.isEmpty ? "" : "\n") + self.statistics(result) }
        guard summary else { return out }
        if !result.findings.isEmpty && !result.files.isEmpty { out += "\n" }
        for file in result.files where file.completeness.questions > 0 {
            out += "\(paint(Escaping.terminal(file.path), .bold)): \(describe(file.completeness))\n"
            for section in file.sections {
                out += "  \(Escaping.terminal(section.title)): \(describe(section.completeness))\n"
            }
        }
        let total = result.completeness
        out += "\(plural(total.questions, "question")) in \(plural(result.files.count, "file")): \(total.answered) answered (\(percent(total))), "
        out += "\(total.placeholder) placeholder, \(total.empty) empty. "
        out += "\(plural(result.count(.error), "error")), \(plural(result.count(.warning), "warning")), \(plural(result.count(.info), "info"))"
        out += result.suppressed.isEmpty ? "\n" : "; \(result.suppressed.count) suppressed\n"
        return out
    }

    /// `  8  error    placeholder-answer`, most frequent first, then by rule id.
    private func statistics(_ result: LintResult) -> String {
        let byRule = Dictionary(grouping: result.findings, by: \.rule)
        let rows = byRule.map { rule, findings in
            (rule: rule, count: findings.count, severity: findings.map(\.severity).max() ?? .info)
        }.sorted { ($0.count, $1.rule) > ($1.count, $0.rule) }
        guard !rows.isEmpty else { return "No findings.\n" }
        let width = String(rows[0].count).count
        return rows.map { row in
            let count = String(repeating: " ", count: width - String(row.count).count) + String(row.count)
            let severity = row.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            return "\(count)  \(paint(severity, colour(row.severity)))  \(row.rule)\n"
        }.joined()
    }

    private func describe(_ completeness: Completeness) -> String {
        guard completeness.questions > 0 else { return "no questions" }
        return "\(plural(completeness.questions, "question")), \(completeness.answered) answered (\(percent(completeness))), "
            + "\(completeness.placeholder) placeholder, \(completeness.empty) empty"
    }

    private func percent(_ completeness: Completeness) -> String {
        "\(JSONNumber.format(completeness.answeredPercent))%"
    }

    private func plural(_ count: Int, _ word: String) -> String {
        Plural.count(count, word)
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", blue = "34"
    }

    private func colour(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// "1 error", "2 errors".
public enum Plural {
    public static func count(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

/// Numbers as reports print them: 2.8, 100, 0.
enum JSONNumber {
    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
