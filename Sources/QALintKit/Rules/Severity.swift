/// How serious a finding is. Ordered: `info < warning < error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}

/// A rule's setting in the configuration: off, or on at a severity.
public enum RuleLevel: Sendable, Hashable {
    case off
    case on(Severity)

    /// The names a configuration may use: `off`, `info`, `warning`, `error`.
    public static let names = ["off"] + Severity.allCases.map(\.rawValue)

    public init?(name: String) {
        if name == "off" {
            self = .off
        } else if let severity = Severity(rawValue: name) {
            self = .on(severity)
        } else {
            return nil
        }
    }

    public var name: String {
        switch self {
        case .off: "off"
        case .on(let severity): severity.rawValue
        }
    }
}
