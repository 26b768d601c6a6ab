import Foundation

/// The settings of a run, from `.qalint.yml`.
///
/// ```yaml
/// required-sections: [General, Security]
/// rules:
///   answer-marker-style: off
///   placeholder-answer:
///     severity: warning
///     min-template-count: 5
/// ```
public struct Configuration: Sendable {
    /// The file names searched for, in the current directory and then its parents.
    public static let fileNames = [".qalint.yml", ".qalint.yaml"]
    /// Top-level keys.
    public static let keys = ["required-sections", "rules"]

    /// Where the configuration was read from; nil for the defaults.
    public var file: String?
    /// Section titles every document must have (compared without case and punctuation).
    public var requiredSections: [String] = []
    /// Per-rule settings, by rule id.
    public var rules: [String: RuleConfiguration] = [:]

    public init() {}

    /// Reads and validates a configuration file.
    public static func load(path: String) throws -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw QALintError(file: path, "cannot read the configuration file")
        }
        return try parse(text, file: path)
    }

    /// Validates configuration text; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws -> Configuration {
        let reader = ConfigReader(file: file)
        var configuration = Configuration()
        configuration.file = file
        let root = try ConfigValue.parse(yaml, file: file)
        let entries = try reader.mapping(root, what: "the configuration")
        try reader.checkKeys(entries, known: keys, what: "key")
        for entry in entries {
            switch entry.key {
            case "required-sections":
                configuration.requiredSections = try reader.strings(entry.value, what: "'required-sections'")
            default:  // "rules"
                for ruleEntry in try reader.mapping(entry.value, what: "'rules'") {
                    configuration.rules[ruleEntry.key] = try RuleConfiguration(ruleEntry, reader: reader)
                }
            }
        }
        // Building each rule decodes its options, so a bad option value fails here, at load.
        for type in BuiltinRules.types {
            _ = try type.init(settings: RuleSettings(configuration: configuration, options: configuration.options(of: type.description)))
        }
        return configuration
    }

    /// The nearest configuration file in `directory` or its parents.
    public static func discover(from directory: String = FileManager.default.currentDirectoryPath) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// The configured level of a rule, or its default.
    public func level(of rule: RuleDescription) -> RuleLevel {
        rules[rule.id]?.level ?? .on(rule.defaultSeverity)
    }

    /// A rule's options (empty when the configuration names none).
    public func options(of rule: RuleDescription) -> RuleOptions {
        rules[rule.id]?.options ?? RuleOptions(file: file ?? Configuration.fileNames[0], entries: [])
    }
}

/// A rule's entry under `rules:`: a level (`off`, `info`, `warning`, `error`) or a mapping
/// with `severity` and the rule's options.
public struct RuleConfiguration: Sendable {
    public var level: RuleLevel?
    public var options: RuleOptions

    init(_ entry: ConfigEntry, reader: ConfigReader) throws {
        guard let rule = BuiltinRules.description(of: entry.key) else {
            throw QALintError(file: reader.file, line: entry.line,
                              "unknown rule '\(entry.key)'\(suggestion(for: entry.key, in: BuiltinRules.ids))")
        }
        switch entry.value {
        case .scalar(let name, let line):
            level = try Self.level(name, line: line, reader: reader)
            options = RuleOptions(file: reader.file, entries: [])
        default:
            var entries = try reader.mapping(entry.value, what: "rule '\(rule.id)'")
            try reader.checkKeys(entries, known: ["severity"] + rule.options.map(\.name), what: "option", of: " for rule '\(rule.id)'")
            if let index = entries.firstIndex(where: { $0.key == "severity" }) {
                let value = entries.remove(at: index).value
                level = try Self.level(try reader.string(value, what: "'severity'"), line: value.line, reader: reader)
            }
            options = RuleOptions(file: reader.file, entries: entries)
        }
    }

    private static func level(_ name: String, line: Int, reader: ConfigReader) throws -> RuleLevel {
        guard let level = RuleLevel(name: name) else {
            throw QALintError(file: reader.file, line: line,
                              "unknown severity '\(name)'\(suggestion(for: name, in: RuleLevel.names)) (valid: \(RuleLevel.names.joined(separator: ", ")))")
        }
        return level
    }
}

/// A rule's options as written in the configuration, read into typed values by the rule.
public struct RuleOptions: Sendable {
    public var file: String
    public var entries: [ConfigEntry]

    public init(file: String, entries: [ConfigEntry]) {
        self.file = file
        self.entries = entries
    }

    private var reader: ConfigReader { ConfigReader(file: file) }

    private func value(_ name: String) -> ConfigValue? {
        entries.first { $0.key == name }?.value
    }

    public func integer(_ name: String, default defaultValue: Int, minimum: Int) throws -> Int {
        guard let value = value(name) else { return defaultValue }
        return try reader.integer(value, what: "'\(name)'", minimum: minimum)
    }

    public func strings(_ name: String, default defaultValue: [String] = []) throws -> [String] {
        guard let value = value(name) else { return defaultValue }
        return try reader.strings(value, what: "'\(name)'")
    }

    /// One of `allowed`.
    public func choice(_ name: String, default defaultValue: String, allowed: [String]) throws -> String {
        guard let value = value(name) else { return defaultValue }
        let string = try reader.string(value, what: "'\(name)'")
        guard allowed.contains(string) else {
            throw QALintError(file: file, line: value.line,
                              "'\(name)' must be one of \(allowed.joined(separator: ", "))\(suggestion(for: string, in: allowed))")
        }
        return string
    }
}
