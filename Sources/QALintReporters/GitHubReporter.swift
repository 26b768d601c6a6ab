import QALintKit

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per
/// finding, which GitHub shows as an annotation on the file and line of the pull request.
///
/// Document text is escaped exactly as GitHub's toolkit does (`%`, `\r`, `\n` in the
/// message; additionally `:` and `,` in properties), so no content can end the command
/// early or start another.
public struct GitHubReporter: Sendable {
    public var paths: RepositoryPaths

    public init(paths: RepositoryPaths = RepositoryPaths()) {
        self.paths = paths
    }

    public func render(_ result: LintResult) -> String {
        var out = ""
        for finding in result.findings {
            let properties = [
                ("file", paths.relativePath(finding.path)),
                ("line", String(finding.range.startLine)),
                ("col", String(finding.range.startColumn)),
                ("endLine", String(finding.range.endLine)),
                ("title", "qalint \(finding.rule)"),
            ].map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
            out += "::\(Self.command(finding.severity)) \(properties)::\(Self.escapeData(finding.message))\n"
        }
        return out + Self.beyondLimit(result.findings)
    }

    /// GitHub annotates at most this many findings of each kind (error, warning, notice) per step.
    static let annotationLimit = 10

    /// A plain log line when some findings will not be annotated: how many, and where they are.
    static func beyondLimit(_ findings: [Finding]) -> String {
        let over = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count > annotationLimit ? "\(count - annotationLimit) of \(count) \(command(severity))s" : nil
        }
        guard !over.isEmpty else { return "" }
        return "qalint: GitHub annotates the first \(annotationLimit) findings of each kind per step: "
            + "\(over.joined(separator: ", ")) are not annotated. Every finding is listed in this log above, "
            + "and in the SARIF or JSON report when the step writes one (--format sarif=FILE).\n"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The message part: `%`, `\r`, `\n`; other control characters (terminal escapes) are
    /// made visible, since the line is also printed in the job log.
    static func escapeData(_ text: String) -> String {
        Escaping.terminal(text.replacingAll([("%", "%25"), ("\r", "%0D"), ("\n", "%0A")]))
    }

    /// Property values: as data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        Escaping.terminal(text.replacingAll([("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")]))
    }
}

extension String {
    /// Replaces each scalar of `pairs` in one pass (so a replacement is never replaced
    /// again). Scalars, not Characters: "\r\n" is one Character and must still become
    /// "%0D%0A".
    func replacingAll(_ pairs: [(Unicode.Scalar, String)]) -> String {
        let table = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replacement = table[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
