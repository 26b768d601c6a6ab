import QALintKit

/// The output formats of `qalint lint --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case junit
    case sarif
    case github
    case gitlab
    case checkstyle
    /// Not a report: the data of one shard (`lint --shard I/N`) that `qalint merge` reads.
    case shard

    /// Writes `result` in this format to `out` (a file stream, standard output or a String).
    /// Large formats are written piece by piece.
    public func write<Out: TextOutputStream>(_ result: LintResult, options: ReportOptions = ReportOptions(), to out: inout Out) {
        switch self {
        case .json: JSONReporter().write(result, to: &out)
        default: out.write(render(result, options: options))
        }
    }

    /// Renders `result` in this format.
    public func render(_ result: LintResult, options: ReportOptions = ReportOptions()) -> String {
        switch self {
        case .text: TextReporter(color: options.color, summary: options.summary, statistics: options.statistics).render(result)
        case .json: JSONReporter().render(result)
        case .junit: JUnitReporter(timestamp: options.timestamp).render(result)
        case .sarif: SARIFReporter(paths: options.paths).render(result)
        case .github: GitHubReporter(paths: options.paths).render(result)
        case .gitlab: GitLabReporter(paths: options.paths).render(result)
        case .checkstyle: CheckstyleReporter().render(result)
        case .shard: result.shard?.json() ?? ""
        }
    }
}

/// Settings that reporters take from the command line or the environment.
public struct ReportOptions: Sendable {
    /// ANSI colours in the text report.
    public var color: Bool
    /// The JUnit `timestamp` (ISO 8601, no zone). Fixed by default so that reports are
    /// byte-identical for the same input; `SOURCE_DATE_EPOCH` sets it.
    public var timestamp: String
    /// How paths map to the repository, for formats that want repository-relative paths.
    public var paths: RepositoryPaths
    /// The text report's completeness lines and summary line (`--no-summary`, `--quiet`).
    public var summary = true
    /// The text report's count of findings per rule (`--statistics`).
    public var statistics = false

    public init(color: Bool = false, timestamp: String = "1970-01-01T00:00:00", paths: RepositoryPaths = RepositoryPaths()) {
        self.color = color
        self.timestamp = timestamp
        self.paths = paths
    }
}
