/// Everything a rule says about itself: the source of its documentation, of `qalint rules`,
/// and of its first tests.
public struct RuleDescription: Sendable {
    /// Kebab-case identifier; never changes once shipped.
    public var id: String
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters to readers.
    public var rationale: String
    public var defaultSeverity: Severity
    /// Whether findings are about single questions or about a whole document.
    public var scope: RuleScope
    /// Rules of the `interview` pack, say, are off until the configuration turns them on.
    public var enabledByDefault: Bool
    /// For rules about what an answer says: stay silent on answers that are not answered
    /// (the status rules report those).
    public var quietOnUnanswered: Bool
    /// For status rules (`AnswerStatusRule`): the answer statuses it reports. A suppression
    /// comment naming the rule covers these statuses in completeness too.
    public var statuses: Set<AnswerStatus>
    /// The pack the rule comes from (`core`, `interview`, a user's), nil for Swift rules.
    public var pack: String?
    public var options: [RuleOptionDescription]
    /// Markdown snippets; in failing ones, `<!-- expect: RULE-ID -->` marks each line where
    /// a finding must land.
    public var examples: [RuleExample]
    /// What `lint --fix` changes for its findings; nil when nothing has one right answer.
    public var fix: String?

    public init(id: String, summary: String, rationale: String, defaultSeverity: Severity,
                scope: RuleScope, enabledByDefault: Bool = true, quietOnUnanswered: Bool = false,
                statuses: Set<AnswerStatus> = [], pack: String? = nil,
                options: [RuleOptionDescription] = [], examples: [RuleExample], fix: String? = nil) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.scope = scope
        self.enabledByDefault = enabledByDefault
        self.quietOnUnanswered = quietOnUnanswered
        self.statuses = statuses
        self.pack = pack
        self.options = options
        self.examples = examples
        self.fix = fix
    }
}

/// What a rule's findings are about.
public enum RuleScope: String, Sendable {
    /// One question and its answer; located at the question's heading.
    case question
    /// A document as a whole (its sections, its layout).
    case document
}

/// One option of a rule, as documented and as accepted under `rules: {ID: {…}}`.
public struct RuleOptionDescription: Sendable {
    public var name: String
    public var kind: OptionKind
    /// The default, as YAML would write it.
    public var defaultValue: String
    public var summary: String

    public init(name: String, kind: OptionKind, defaultValue: String, summary: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// The type as documentation writes it: "integer ≥ 2", "list of strings", "a | b".
    public var type: String {
        switch kind {
        case .integer(let minimum, let maximum?): "integer from \(minimum) to \(maximum)"
        case .integer(let minimum, nil): "integer ≥ \(minimum)"
        case .strings: "list of strings"
        case .choice(let values): values.joined(separator: " | ")
        }
    }
}

/// The type of a rule option.
public enum OptionKind: Sendable, Hashable {
    case integer(minimum: Int, maximum: Int?)
    case strings
    case choice([String])
}

/// A passing or failing example of a rule.
public struct RuleExample: Sendable {
    public enum Kind: String, Sendable { case passing, failing }

    public var kind: Kind
    public var title: String
    public var markdown: String
    /// A `.qalint.yml` the example is linted with, if it needs one.
    public var configuration: String?
    /// For a failing example: the messages its findings must have, in report order (nil:
    /// any message).
    public var messages: [String]?

    public static func passing(_ title: String, _ markdown: String, configuration: String? = nil) -> RuleExample {
        RuleExample(kind: .passing, title: title, markdown: markdown, configuration: configuration)
    }

    public static func failing(_ title: String, _ markdown: String, configuration: String? = nil,
                               messages: [String]? = nil) -> RuleExample {
        RuleExample(kind: .failing, title: title, markdown: markdown, configuration: configuration, messages: messages)
    }

    public init(kind: Kind, title: String, markdown: String, configuration: String? = nil, messages: [String]? = nil) {
        self.kind = kind
        self.title = title
        self.markdown = markdown
        self.configuration = configuration
        self.messages = messages
    }

    /// The lines a finding of `rule` must land on (1-based), read from expectation markers.
    public func expectedLines(for rule: String) -> [Int] {
        ExpectationMarkers.lines(in: markdown, rule: rule)
    }
}

/// `<!-- expect: rule-a rule-b -->` markers at the end of a line: where fixtures and rule
/// examples expect findings.
public enum ExpectationMarkers {
    /// Every (line, rule) the markers in `markdown` expect.
    public static func all(in markdown: String) -> [(line: Int, rule: String)] {
        var result: [(Int, String)] = []
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let start = line.range(of: "<!-- expect:"), let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) else { continue }
            for rule in line[start.upperBound..<end.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," }) {
                result.append((index + 1, String(rule)))
            }
        }
        return result
    }

    public static func lines(in markdown: String, rule: String) -> [Int] {
        all(in: markdown).filter { $0.rule == rule }.map(\.line)
    }

    /// The markdown with its markers removed, for documentation.
    public static func stripped(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let start = line.range(of: " <!-- expect:") ?? line.range(of: "<!-- expect:"),
                  let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) else { return String(line) }
            return String(line[..<start.lowerBound] + line[end.upperBound...])
        }.joined(separator: "\n")
    }
}
