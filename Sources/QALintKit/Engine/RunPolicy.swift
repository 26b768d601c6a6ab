/// What fails a run and what it is measured against: fail-on, the completeness gates, the
/// baseline and a regression since an earlier report. Resolved once, here, from the
/// configuration and the command line, so that every command that can fail a build applies
/// the same gates the same way.
public struct RunPolicy: Sendable, Equatable {
    /// Findings at or above this severity fail the run; nil: findings never do.
    public var failOn: Severity?
    /// The answered share (percent) below which the run fails, over all documents.
    public var minCompleteness: Double?
    /// The answered share (percent) below which the run fails, for any one document.
    public var minDocumentCompleteness: Double?
    /// Findings this baseline file records are not reported.
    public var baseline: String?
    /// Baseline entries that no longer match a finding (debt paid off) fail the run.
    public var strictBaseline = false
    /// A completeness report (`qalint report --format json`) of an earlier run to compare with.
    public var compare: String?
    /// Completeness that went down since `compare` fails the run.
    public var failOnRegression = false

    public init(failOn: Severity? = nil, minCompleteness: Double? = nil, minDocumentCompleteness: Double? = nil,
                baseline: String? = nil, strictBaseline: Bool = false, compare: String? = nil, failOnRegression: Bool = false) {
        self.failOn = failOn
        self.minCompleteness = minCompleteness
        self.minDocumentCompleteness = minDocumentCompleteness
        self.baseline = baseline
        self.strictBaseline = strictBaseline
        self.compare = compare
        self.failOnRegression = failOnRegression
    }

    /// What the command line says; nil leaves a setting to the configuration.
    public struct Flags: Sendable {
        public var failOn: FailOn?
        public var minCompleteness: Double?
        public var minDocumentCompleteness: Double?
        public var baseline: String?
        public var strictBaseline = false
        public var compare: String?
        public var failOnRegression = false

        public init() {}
    }

    /// `lint` and `merge`: findings at `--fail-on` (else the configuration's `fail-on`, else
    /// `error`), the completeness gates, and the baseline.
    public static func lint(_ configuration: Configuration, _ flags: Flags) throws -> RunPolicy {
        var policy = try gates(configuration, flags)
        policy.failOn = (flags.failOn ?? configuration.failOn ?? .error).severity
        policy.baseline = flags.baseline ?? configuration.baseline
        policy.strictBaseline = flags.strictBaseline
        if policy.strictBaseline && policy.baseline == nil {
            throw QALintError("--strict-baseline needs --baseline FILE or 'baseline' in .qalint.yml")
        }
        return policy
    }

    /// `report`: the completeness gates and a regression since `--compare`; findings do not
    /// fail a completeness report.
    public static func report(_ configuration: Configuration, _ flags: Flags) throws -> RunPolicy {
        var policy = try gates(configuration, flags)
        policy.compare = flags.compare
        policy.failOnRegression = flags.failOnRegression
        if policy.failOnRegression && policy.compare == nil { throw QALintError("--fail-on-regression needs --compare FILE") }
        return policy
    }

    /// `baseline`: every finding recorded, nothing fails.
    public static let record = RunPolicy()

    /// The completeness gates every command that can fail a build applies.
    private static func gates(_ configuration: Configuration, _ flags: Flags) throws -> RunPolicy {
        RunPolicy(minCompleteness: flags.minCompleteness ?? configuration.minCompleteness.overall,
                  minDocumentCompleteness: flags.minDocumentCompleteness ?? configuration.minCompleteness.perDocument)
    }
}

/// Why a run fails. A run may fail for several reasons; each says what it is in lines for
/// standard error (findings say nothing there: the reports show them).
public enum RunFailure: Sendable, Equatable {
    case findings(count: Int, atOrAbove: Severity)
    case fixedBaselineEntries([Baseline.Entry])
    case completeness(percent: Double, minimum: Double)
    case documentCompleteness(path: String, percent: Double, minimum: Double)
    case regression(since: String)

    public var messages: [String] {
        switch self {
        case .findings:
            return []
        case .fixedBaselineEntries(let entries):
            return entries.map { "qalint: \($0.path): fixed: \($0.rule): \($0.question ?? $0.message ?? $0.identity)" }
                + ["qalint: the baseline has fixed entries: run `qalint baseline --update` to remove them"]
        case .completeness(let percent, let minimum):
            return ["qalint: completeness \(Self.format(percent))% is below the required \(Self.format(minimum))%"]
        case .documentCompleteness(let path, let percent, let minimum):
            return ["qalint: \(path): completeness \(Self.format(percent))% is below the required \(Self.format(minimum))%"]
        case .regression(let since):
            return ["qalint: completeness went down since \(since)"]
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
