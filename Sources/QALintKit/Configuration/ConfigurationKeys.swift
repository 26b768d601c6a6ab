import Foundation
import QAMarkdown

/// A top-level key of `.qalint.yml`, declared once: how it is read (at the top level and,
/// where allowed, in `overrides`), how `qalint config` shows it, its JSON Schema and what
/// `qalint init` writes for it. `ConfigurationKey.all` is the one list that the loader, the
/// schema, `init`, `config` and the README check read; a new key is one entry here.
struct ConfigurationKey: Sendable {
    /// What reading a value gives: a change to a configuration, applied in file order.
    typealias Setting = @Sendable (inout Configuration) -> Void

    let name: String
    /// One line, for the JSON Schema.
    let summary: String
    /// Whether an `overrides` entry may set it for some files.
    var inOverrides = false
    /// Read before the other keys of every file: `packs`, whose rules the others name.
    var readFirst = false
    /// Reads a value written in `layer` into a setting; `configuration` is the one being
    /// built (its registry holds the packs read so far).
    let read: @Sendable (ConfigValue, ConfigurationLoader.Layer, Configuration) throws -> Setting
    /// `key: value` as `qalint config` shows it; nil leaves the key out.
    let show: @Sendable (Configuration) -> String?
    /// The JSON Schema of the value.
    let schema: @Sendable (RuleRegistry) -> [String: Any]
    /// Put the schema under `definitions` (it is used at the top level and in `overrides`).
    var sharedSchema = false
    /// What `qalint init` writes for the key: a comment and the key, or a commented example.
    let starter: String

    /// Every key, in the order `init` and `config` write them.
    static let all: [ConfigurationKey] = [
        ConfigurationKey(
            name: "include", summary: "Patterns of files a folder search lints (default *.md, *.markdown).",
            read: { value, layer, _ in
                let globs = try ConfigurationLoader.globs(value, what: "'include'", layer: layer)
                return { $0.include = globs }
            },
            show: { "include: \(YAMLText.flow($0.include?.map(\.pattern) ?? ["*.md", "*.markdown"]))" },
            schema: { _ in JSONSchema.strings },
            starter: """
                # Files a folder search lints (patterns relative to this file).
                include: ["*.md", "*.markdown"]
                """),
        ConfigurationKey(
            name: "exclude", summary: "Patterns of files never linted.",
            read: { value, layer, _ in
                let globs = try ConfigurationLoader.globs(value, what: "'exclude'", layer: layer)
                return { $0.exclude = globs }
            },
            show: { "exclude: \(YAMLText.flow($0.exclude.map(\.pattern)))" },
            schema: { _ in JSONSchema.strings },
            starter: """
                # Files never linted, even when named on the command line.
                exclude: []
                """),
        ConfigurationKey(
            name: "required-sections", summary: "Section titles every document must have.", inOverrides: true,
            read: { value, layer, _ in
                let sections = try ConfigReader(file: layer.file).strings(value, what: "'required-sections'")
                return { $0.requiredSections = sections }
            },
            show: { "required-sections: \(YAMLText.flow($0.requiredSections))" },
            schema: { _ in JSONSchema.strings },
            starter: """
                # Sections every document must have (rule missing-section).
                required-sections: []
                """),
        ConfigurationKey(
            name: "fail-on", summary: "Lowest severity that fails the run.",
            read: { value, layer, _ in
                let failOn = try ConfigurationLoader.choice(value, FailOn.self, what: "'fail-on'", reader: ConfigReader(file: layer.file))
                return { $0.failOn = failOn }
            },
            show: { "fail-on: \(($0.failOn ?? .error).rawValue)" },
            schema: { _ in ["enum": FailOn.allCases.map(\.rawValue)] },
            starter: """
                # Fail the run on findings at or above: error, warning, info, never.
                fail-on: error
                """),
        ConfigurationKey(
            name: "min-completeness",
            summary: "Answered share (percent) below which lint, merge and report exit 1: a number for all documents, or {overall, per-document}.",
            read: { value, layer, _ in
                let minimum = try ConfigurationLoader.minCompleteness(value, reader: ConfigReader(file: layer.file))
                return { $0.minCompleteness = minimum }
            },
            show: { configuration in
                let (overall, perDocument) = configuration.minCompleteness
                guard overall != nil || perDocument != nil else { return nil }
                let parts = [overall.map { "overall: \($0)" }, perDocument.map { "per-document: \($0)" }].compactMap { $0 }
                return "min-completeness: {\(parts.joined(separator: ", "))}"
            },
            schema: { _ in
                let percent: [String: Any] = ["type": "number", "minimum": 0, "maximum": 100]
                return ["oneOf": [percent, ["type": "object", "additionalProperties": false,
                                            "properties": ["overall": percent, "per-document": percent]] as [String: Any]]]
            },
            starter: """
                # Fail when fewer questions than this are answered (percent), overall or per document.
                # min-completeness: {overall: 80, per-document: 50}
                """),
        ConfigurationKey(
            name: "completeness",
            summary: "How completeness counts and shows: suppressed (answered or unanswered) for a placeholder or empty answer whose finding a suppression comment silences; thresholds [LOW, HIGH] (answered %) where the report's colour turns from red to amber to green.",
            read: { value, layer, _ in
                let settings = try ConfigurationLoader.completeness(value, reader: ConfigReader(file: layer.file))
                return { $0.completeness = settings }
            },
            show: {
                let thresholds = $0.completeness.thresholds
                return "completeness: {suppressed: \($0.completeness.suppressed.rawValue), thresholds: [\(YAMLText.number(thresholds.low)), \(YAMLText.number(thresholds.high))]}"
            },
            schema: { _ in
                ["type": "object", "additionalProperties": false,
                 "properties": ["suppressed": ["enum": CompletenessSettings.Suppressed.allCases.map(\.rawValue)],
                                "thresholds": ["type": "array", "items": ["type": "number", "minimum": 0, "maximum": 100],
                                               "minItems": 2, "maxItems": 2]]]
            },
            starter: """
                # A placeholder or empty answer whose finding a suppression comment silences counts
                # as answered (someone judged the finding wrong); `unanswered` counts it as it is.
                # The report's colours: red below 50% answered, amber below 80%, green from there.
                # completeness: {suppressed: answered, thresholds: [50, 80]}
                """),
        ConfigurationKey(
            name: "baseline", summary: "Baseline file lint reads (qalint baseline writes it), relative to this file.",
            read: { value, layer, _ in
                let file = try ConfigReader(file: layer.file).string(value, what: "'baseline'")
                let path = ConfigurationLoader.path(file, in: layer)
                return { $0.baseline = path }
            },
            show: { $0.baseline.map { "baseline: \(YAMLText.quote($0))" } },
            schema: { _ in ["type": "string"] },
            starter: """
                # Known findings recorded by `qalint baseline`: lint reports only new ones.
                # baseline: .qalint-baseline.json
                """),
        ConfigurationKey(
            name: "structure", summary: "The layout of documents, where inference reads them wrong.", inOverrides: true,
            read: { value, layer, _ in
                let structure = try ConfigurationLoader.structure(value, reader: ConfigReader(file: layer.file))
                return { $0.structure = structure }
            },
            show: { $0.structure == QADocumentReader.Structure() ? nil : "structure: \(YAMLText.structure($0.structure))" },
            schema: { _ in
                ["type": "object", "additionalProperties": false,
                 "properties": [
                     "question-level": ["type": "integer", "minimum": 1, "maximum": 6],
                     "section-level": ["type": "integer", "minimum": 1, "maximum": 6],
                     "layouts": ["type": "array", "items": ["enum": QuestionLayout.allCases.map(\.rawValue)]],
                 ] as [String: Any]]
            },
            sharedSchema: true,
            starter: """
                # Where qalint reads a document wrong (see `qalint inspect FILE`):
                # structure:
                #   question-level: 3          # every ### heading is a question
                #   section-level: 2
                #   layouts: [heading, details]
                """),
        ConfigurationKey(
            name: "rules", summary: "Per rule: a level (off, info, warning, error) or {severity, options}. PACK/* sets every rule of a pack.",
            inOverrides: true,
            read: { value, layer, configuration in
                let settings = try ConfigurationLoader.rules(value, reader: ConfigReader(file: layer.file), registry: configuration.registry)
                return { configuration in
                    for (id, setting) in settings {
                        configuration.rules[id] = configuration.rules[id].map { $0.overlaid(with: setting) } ?? setting
                    }
                }
            },
            show: { configuration in
                "rules:\n" + configuration.registry.descriptions.map { "  \($0.id): \(YAMLText.ruleSetting($0, in: configuration))" }
                    .joined(separator: "\n")
            },
            schema: { registry in JSONSchema.rules(registry) },
            sharedSchema: true,
            starter: """
                # Per rule: a level (off, info, warning, error) or {severity: …, option: …}.
                # `qalint rules` lists the rules, `qalint rules explain RULE` explains one.
                rules:
                  placeholder-answer:
                    severity: error
                    min-template-count: 3
                  # interview/*: info          # the interview pack: off until turned on
                """),
        ConfigurationKey(
            name: "overrides", summary: "Settings for the files matching some patterns, applied in order.",
            read: { value, layer, configuration in
                let overrides = try ConfigurationLoader.overrides(value, layer: layer, configuration: configuration)
                return { $0.overrides += overrides }
            },
            show: { configuration in
                guard !configuration.overrides.isEmpty else { return nil }
                return "overrides:\n" + configuration.overrides.map { override in
                    (["  - files: \(YAMLText.flow(override.files.map(\.pattern)))  # \(override.file):\(override.line)"]
                        + override.settings.map { "    \($0.key): \(YAMLText.render($0.value))" }).joined(separator: "\n")
                }.joined(separator: "\n")
            },
            schema: { registry in
                var properties: [String: Any] = ["files": JSONSchema.strings]
                for key in all where key.inOverrides { properties[key.name] = key.schemaReference(registry) }
                return ["type": "array",
                        "items": ["type": "object", "required": ["files"], "additionalProperties": false, "properties": properties] as [String: Any]]
            },
            starter: """
                # Settings for some files only, applied in order.
                # overrides:
                #   - files: ["drafts/"]
                #     rules: {placeholder-answer: warning}
                """),
        ConfigurationKey(
            name: "packs", summary: "Folders of rule packs, relative to this file.", readFirst: true,
            read: { value, layer, configuration in
                guard case .sequence(let items, _) = value else {
                    throw QALintError(file: layer.file, line: value.line, "'packs' must be a list of folders")
                }
                var registry = configuration.registry
                var folders: [String] = []
                for item in items {
                    let folder = ConfigurationLoader.path(try ConfigReader(file: layer.file).string(item, what: "each entry of 'packs'"), in: layer)
                    registry = try registry.adding(packFolder: folder, namedIn: layer.file, line: item.line)
                    folders.append(folder)
                }
                return { [registry, folders] in
                    $0.registry = registry
                    $0.packs += folders
                }
            },
            show: { "packs: \(YAMLText.flow($0.packs))" },
            schema: { _ in JSONSchema.strings },
            starter: """
                # Folders of rule packs of your own (YAML rules, see README "Rule packs").
                # packs: [qalint-rules]
                """),
        ConfigurationKey(
            name: "root", summary: "Stop here: configuration files in the folders above this one do not apply.",
            // The loader reads it when it cascades (`ConfigurationLoader.load(path:cascade:)`).
            read: { value, layer, _ in
                _ = try ConfigReader(file: layer.file).boolean(value, what: "'root'")
                return { _ in }
            },
            show: { _ in nil },
            schema: { _ in ["type": "boolean"] },
            starter: """
                # This file is the top: .qalint.yml files in folders above do not apply.
                root: true
                """),
        ConfigurationKey(
            name: "extends", summary: "Configuration file(s) this one builds on, relative to this file.",
            // The loader reads the files `extends` names before this one (`ConfigurationLoader.layers`).
            read: { _, _, _ in { _ in } },
            show: { _ in nil },
            schema: { _ in ["oneOf": [["type": "string"], JSONSchema.strings]] },
            starter: """
                # A configuration this one builds on.
                # extends: ../qalint-base.yml
                """),
    ]

    static let names = all.map(\.name)

    static func named(_ name: String) -> ConfigurationKey? {
        all.first { $0.name == name }
    }

    /// The schema of the value where a property uses it: a reference when it is shared.
    func schemaReference(_ registry: RuleRegistry) -> [String: Any] {
        var schema = sharedSchema ? ["$ref": "#/definitions/\(name)"] : self.schema(registry)
        if !sharedSchema { schema["description"] = summary }
        return schema
    }
}

/// Schema pieces several keys use.
enum JSONSchema {
    static var strings: [String: Any] { ["type": "array", "items": ["type": "string"]] }
    static var levels: [String: Any] { ["enum": RuleLevel.names] }

    /// `rules:`: every rule with its options, and `PACK/*` wildcards.
    static func rules(_ registry: RuleRegistry) -> [String: Any] {
        var properties: [String: Any] = [:]
        for rule in registry.descriptions {
            var options: [String: Any] = ["severity": levels]
            for option in rule.options {
                var schema: [String: Any]
                switch option.kind {
                case .integer(let minimum, let maximum):
                    schema = ["type": "integer", "minimum": minimum]
                    if let maximum { schema["maximum"] = maximum }
                case .strings: schema = strings
                case .choice(let values): schema = ["enum": values]
                }
                schema["description"] = option.summary
                options[option.name] = schema
            }
            properties[rule.id] = [
                "description": rule.summary,
                "oneOf": [levels, ["type": "object", "properties": options, "additionalProperties": false]],
            ] as [String: Any]
        }
        let packPattern = "^(" + registry.packs.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")/\\*$"
        return ["type": "object", "properties": properties, "patternProperties": [packPattern: levels], "additionalProperties": false]
    }
}

extension Configuration {
    /// The top-level keys, from the one table of them.
    public static var keys: [String] { ConfigurationKey.names }
}
