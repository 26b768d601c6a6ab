import Foundation
import QALintKit

/// GitLab Code Quality JSON (the `codequality` report artifact), shown in merge requests.
/// Severities: info → info, warning → minor, error → major.
public struct GitLabReporter: Sendable {
    public var paths: RepositoryPaths

    public init(paths: RepositoryPaths = RepositoryPaths()) {
        self.paths = paths
    }

    public func render(_ result: LintResult) -> String {
        let issues = zip(result.findings, Fingerprints.of(result.findings, paths: paths)).map { finding, fingerprint in
            Issue(description: finding.message, check_name: finding.rule, fingerprint: fingerprint,
                  severity: Self.severity(finding.severity),
                  location: Location(path: paths.relativePath(finding.path), lines: Lines(begin: finding.range.startLine)))
        }
        return (JSONText.encode(issues) ?? "[]") + "\n"
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    // Field names are GitLab's.
    struct Issue: Encodable {
        var type = "issue"
        var description: String
        var check_name: String
        var fingerprint: String
        var severity: String
        var location: Location
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
    }
}
