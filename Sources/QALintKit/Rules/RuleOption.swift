/// One option of a rule, declared once: name, type, default and summary. The declaration
/// decodes the configured value (`value(in:)`) and documents itself (`description`) for
/// validation, `qalint rules explain`, `qalint config`, the configuration's JSON Schema and
/// the rule reference, so the default a rule uses is the default its documentation shows.
///
/// ```swift
/// static let minWords = RuleOption.integer("min-words", default: 5, minimum: 1,
///                                          summary: "Shorter answers are never reported.")
/// static let description = RuleDescription(…, options: [minWords.description], …)
/// init(settings: RuleSettings) throws { minimumWords = try Self.minWords.value(in: settings.options) }
/// ```
public struct RuleOption<Value: Sendable>: Sendable {
    public let name: String
    public let summary: String
    public let defaultValue: Value
    public let kind: OptionKind
    private let decode: @Sendable (ConfigValue, ConfigReader) throws -> Value
    private let render: @Sendable (Value) -> String

    private init(name: String, summary: String, defaultValue: Value, kind: OptionKind,
                 decode: @escaping @Sendable (ConfigValue, ConfigReader) throws -> Value,
                 render: @escaping @Sendable (Value) -> String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.kind = kind
        self.decode = decode
        self.render = render
    }

    /// The option as validation and documentation see it, its default written as YAML.
    public var description: RuleOptionDescription {
        RuleOptionDescription(name: name, kind: kind, defaultValue: render(defaultValue), summary: summary)
    }

    /// The configured value (its errors name the file and line it was written on), or the
    /// default.
    public func value(in options: RuleOptions) throws -> Value {
        guard let entry = options.entries.first(where: { $0.key == name }) else { return defaultValue }
        return try decode(entry.value, ConfigReader(file: entry.file))
    }
}

extension RuleOption where Value == Int {
    /// A whole number of at least `minimum` (and at most `maximum`).
    public static func integer(_ name: String, default value: Int, minimum: Int, maximum: Int? = nil, summary: String) -> RuleOption {
        RuleOption(name: name, summary: summary, defaultValue: value, kind: .integer(minimum: minimum, maximum: maximum),
                   decode: { try $1.integer($0, what: "'\(name)'", minimum: minimum, maximum: maximum) },
                   render: { String($0) })
    }
}

extension RuleOption where Value == [String] {
    /// A list of strings; empty by default.
    public static func strings(_ name: String, summary: String) -> RuleOption {
        RuleOption(name: name, summary: summary, defaultValue: [], kind: .strings,
                   decode: { try $1.strings($0, what: "'\(name)'") },
                   render: { "[" + $0.map { "\"\($0)\"" }.joined(separator: ", ") + "]" })
    }
}

extension RuleOption where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of the cases of `Value`, written by their raw values.
    public static func choice(_ name: String, default value: Value, summary: String) -> RuleOption {
        let allowed = Value.allCases.map(\.rawValue)
        return RuleOption(name: name, summary: summary, defaultValue: value, kind: .choice(allowed),
                          decode: { configured, reader in
                              let string = try reader.string(configured, what: "'\(name)'")
                              guard let choice = Value(rawValue: string) else {
                                  throw QALintError(file: reader.file, line: configured.line,
                                                    "'\(name)' must be one of \(allowed.joined(separator: ", "))\(suggestion(for: string, in: allowed))")
                              }
                              return choice
                          },
                          render: { $0.rawValue })
    }
}
