import Foundation
import QAMarkdown

/// The settings of a run, from `.qalint.yml` (and the files it `extends`).
///
/// ```yaml
/// extends: ../shared/qalint-base.yml
/// packs: [qalint-rules/house-style]
/// include: ["*.md"]
/// exclude: [drafts/, CHANGELOG.md]
/// required-sections: [General, Security]
/// fail-on: error
/// rules:
///   answer-marker-style: off
///   interview/*: info
///   placeholder-answer: {severity: warning, min-template-count: 5}
/// overrides:
///   - files: ["faq/*.md"]
///     rules: {empty-section: off}
/// ```
public struct Configuration: Sendable {
    /// The file names searched for, in the current directory and then its parents.
    public static let fileNames = [".qalint.yml", ".qalint.yaml"]

    /// Where the configuration was read from; nil for the defaults.
    public var file: String?
    /// Every file read, the first one first (the chain of `extends`).
    public var files: [String] = []
    /// The rules this configuration knows: Swift rules, built-in packs and its `packs`.
    public var registry: RuleRegistry = .builtin
    /// Pack folders, as resolved.
    public var packs: [String] = []
    /// Which files a folder search lints; nil means `*.md` and `*.markdown`.
    public var include: [Glob]?
    /// Files never linted.
    public var exclude: [Glob] = []
    /// Section titles every document must have (compared without case and punctuation).
    public var requiredSections: [String] = []
    /// The severity at which a run fails, unless `--fail-on` says otherwise.
    public var failOn: FailOn?
    /// The answered share (percent) below which `lint` and `report` exit 1: over all
    /// documents, and for each document.
    public var minCompleteness: (overall: Double?, perDocument: Double?) = (nil, nil)
    /// How completeness counts answers (`completeness:`).
    public var completeness = CompletenessSettings()
    /// The baseline file `lint` reads (`--baseline` wins over it), relative to the folder
    /// of the configuration file.
    public var baseline: String?
    /// What the configuration says of documents' layout, where inference reads them wrong.
    public var structure = QADocumentReader.Structure()
    /// Per-rule settings, by rule id.
    public var rules: [String: RuleConfiguration] = [:]
    /// Settings for the files matching some patterns, applied in order after the above.
    public var overrides: [Override] = []

    public init(registry: RuleRegistry = .builtin) {
        self.registry = registry
    }

    /// Reads and validates a configuration file, following `extends`.
    public static func load(path: String) throws -> Configuration {
        try ConfigurationLoader.load(path: path)
    }

    /// Reads a configuration file found by `discover`, under the ones found in the folders
    /// above it (up to one with `root: true`), which it overrides key by key.
    public static func load(cascading path: String) throws -> Configuration {
        try ConfigurationLoader.load(cascading: path)
    }

    /// Validates configuration text; `file` names it in errors and relative paths in it
    /// are relative to the file's folder.
    public static func parse(_ yaml: String, file: String, registry: RuleRegistry = .builtin) throws -> Configuration {
        try ConfigurationLoader.parse(yaml, file: file, registry: registry)
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

    /// The configured level of a rule, or its default (off for rules shipped disabled).
    public func level(of rule: RuleDescription) -> RuleLevel {
        if let level = rules[rule.id]?.level { return level }
        if rules[rule.id] != nil || rule.enabledByDefault { return .on(rule.defaultSeverity) }
        return .off
    }

    /// A rule's options (empty when the configuration names none).
    public func options(of rule: RuleDescription) -> RuleOptions {
        rules[rule.id]?.options ?? RuleOptions(file: file ?? Configuration.fileNames[0], entries: [])
    }

    /// The settings for one file: the overrides whose patterns match it, applied in order.
    public func resolved(for path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> Configuration {
        applying(overrides: overrideIndices(for: path, currentDirectory: currentDirectory))
    }

    /// Which overrides apply to `path`, by index; files with the same list share settings.
    public func overrideIndices(for path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> [Int] {
        overrides.indices.filter { overrides[$0].matches(path, currentDirectory: currentDirectory) }
    }

    /// The rule files of the configuration's packs.
    public var packFiles: [String] {
        packs.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { (folder as NSString).appendingPathComponent($0) }
        }
    }

    /// Whether a file found in a folder search is linted.
    public func includes(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> Bool {
        if let include {
            guard include.contains(where: { $0.matches(path, currentDirectory: currentDirectory) }) else { return false }
        } else {
            guard FileDiscovery.extensions.contains((path as NSString).pathExtension.lowercased()) else { return false }
        }
        return !excludes(path, currentDirectory: currentDirectory)
    }

    /// Whether a file is never linted, even when named on the command line.
    public func excludes(_ path: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> Bool {
        exclude.contains { $0.matches(path, currentDirectory: currentDirectory) }
    }
}

/// How completeness counts answers.
public struct CompletenessSettings: Sendable, Hashable {
    /// How a placeholder or empty answer counts when a suppression comment silences the rule
    /// that reports it: as answered (someone judged the finding wrong; the default), or as
    /// what it is.
    public enum Suppressed: String, Sendable, CaseIterable {
        case answered, unanswered
    }

    public var suppressed: Suppressed = .answered

    /// Where the report's colour turns (answered %): below `low` red, below `high` amber,
    /// green from there.
    public struct Thresholds: Sendable, Hashable {
        public var low: Double
        public var high: Double

        public init(low: Double = 50, high: Double = 80) {
            self.low = low
            self.high = high
        }
    }

    public var thresholds = Thresholds()

    public init() {}
}

/// `fail-on` values: the lowest severity that fails a run, or never.
public enum FailOn: String, Sendable, CaseIterable {
    case error, warning, info, never

    public var severity: Severity? { Severity(rawValue: rawValue) }
}

/// One entry of `overrides:`: the files it is for, and the keys it sets for them.
public struct Override: Sendable {
    public var files: [Glob]
    /// The keys it sets, in the order written, each read as at the top level.
    var settings: [Setting]
    /// Where it was written, for `qalint config`.
    public var file: String
    public var line: Int

    /// A key an override sets: its value as written, and the setting read from it.
    struct Setting: Sendable {
        var key: String
        var value: ConfigValue
        var apply: ConfigurationKey.Setting
    }

    public func matches(_ path: String, currentDirectory: String) -> Bool {
        files.contains { $0.matches(path, currentDirectory: currentDirectory) }
    }
}

/// A rule's entry under `rules:`: a level (`off`, `info`, `warning`, `error`) or a mapping
/// with `severity` and the rule's options.
public struct RuleConfiguration: Sendable {
    public var level: RuleLevel?
    public var options: RuleOptions

    public init(level: RuleLevel?, options: RuleOptions) {
        self.level = level
        self.options = options
    }

    init(_ entry: ConfigEntry, rule: RuleDescription, reader: ConfigReader) throws {
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

    /// `self` with the level and options `other` sets put over it.
    func overlaid(with other: RuleConfiguration) -> RuleConfiguration {
        var result = self
        if let level = other.level { result.level = level }
        let replaced = Set(other.options.entries.map(\.key))
        result.options = RuleOptions(file: other.options.file,
                                     entries: options.entries.filter { !replaced.contains($0.key) } + other.options.entries)
        return result
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
/// Each option may come from a different file (`extends`, `overrides`): entries keep theirs.
public struct RuleOptions: Sendable {
    public var file: String
    public var entries: [ConfigEntry]

    public init(file: String, entries: [ConfigEntry]) {
        self.file = file
        self.entries = entries
    }
}
