import Foundation
import QAMarkdown

/// What `qalint config`, `qalint config-schema` and `qalint init` print.
public enum ConfigurationDocuments {
    /// The effective configuration as YAML: every key after `extends`, every rule with its
    /// level and options (defaults filled in), and the overrides — or, for one file, with
    /// the overrides that match it applied.
    public static func effectiveYAML(_ configuration: Configuration, for path: String? = nil) -> String {
        let shown = path.map { configuration.resolved(for: $0) } ?? configuration
        var out = "# Effective qalint configuration"
        if !configuration.files.isEmpty { out += " from \(configuration.files.joined(separator: ", extending "))" }
        if let path { out += ", for \(path)" }
        out += "\n"
        out += "include: \(flow(shown.include?.map(\.pattern) ?? ["*.md", "*.markdown"]))\n"
        out += "exclude: \(flow(shown.exclude.map(\.pattern)))\n"
        out += "fail-on: \((shown.failOn ?? .error).rawValue)\n"
        if shown.minCompleteness.overall != nil || shown.minCompleteness.perDocument != nil {
            let parts = [shown.minCompleteness.overall.map { "overall: \($0)" }, shown.minCompleteness.perDocument.map { "per-document: \($0)" }]
            out += "min-completeness: {\(parts.compactMap { $0 }.joined(separator: ", "))}\n"
        }
        out += "packs: \(flow(shown.packs))\n"
        out += "required-sections: \(flow(shown.requiredSections))\n"
        if shown.structure != QADocumentReader.Structure() { out += "structure: \(structureFlow(shown.structure))\n" }
        out += "rules:\n"
        for rule in shown.registry.descriptions {
            out += "  \(rule.id): \(ruleSetting(rule, in: shown))\n"
        }
        if path == nil && !configuration.overrides.isEmpty {
            out += "overrides:\n"
            for override in configuration.overrides {
                out += "  - files: \(flow(override.files.map(\.pattern)))  # \(override.file):\(override.line)\n"
                if let sections = override.requiredSections { out += "    required-sections: \(flow(sections))\n" }
                if !override.rules.isEmpty {
                    out += "    rules:\n"
                    for id in override.rules.keys.sorted() {
                        out += "      \(id): \(setting(override.rules[id]!))\n"
                    }
                }
            }
        }
        return out
    }

    private static func structureFlow(_ structure: QADocumentReader.Structure) -> String {
        var parts: [String] = []
        if let level = structure.questionLevel { parts.append("question-level: \(level)") }
        if let level = structure.sectionLevel { parts.append("section-level: \(level)") }
        if let layouts = structure.layouts { parts.append("layouts: \(flow(layouts.map(\.rawValue).sorted()))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private static func ruleSetting(_ rule: RuleDescription, in configuration: Configuration) -> String {
        let level = configuration.level(of: rule).name
        guard !rule.options.isEmpty else { return level }
        let configured = configuration.options(of: rule).entries
        let options = rule.options.map { option in
            "\(option.name): " + (configured.first { $0.key == option.name }.map { render($0.value) } ?? option.defaultValue)
        }
        return "{severity: \(level), \(options.joined(separator: ", "))}"
    }

    private static func setting(_ setting: RuleConfiguration) -> String {
        let parts = (setting.level.map { ["severity: \($0.name)"] } ?? []) + setting.options.entries.map { "\($0.key): \(render($0.value))" }
        return parts.count == 1 && setting.level != nil ? setting.level!.name : "{\(parts.joined(separator: ", "))}"
    }

    private static func render(_ value: ConfigValue) -> String {
        switch value {
        case .scalar(let string, _): Int(string) != nil ? string : quote(string)
        case .sequence(let items, _): "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let entries, _): "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }

    private static func flow(_ strings: [String]) -> String {
        "[" + strings.map(quote).joined(separator: ", ") + "]"
    }

    /// A double-quoted YAML scalar (JSON string syntax is valid YAML).
    private static func quote(_ string: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(string)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: - JSON Schema

    /// A JSON Schema (draft-07) for `.qalint.yml`, listing every key, rule and option, for
    /// editors with the YAML language server.
    public static func jsonSchema(registry: RuleRegistry) -> String {
        let levels: [String: Any] = ["enum": RuleLevel.names]
        let strings: [String: Any] = ["type": "array", "items": ["type": "string"]]
        var ruleProperties: [String: Any] = [:]
        for rule in registry.descriptions {
            var options: [String: Any] = ["severity": levels]
            for option in rule.options {
                var schema: [String: Any]
                switch option.kind {
                case .integer(let minimum): schema = ["type": "integer", "minimum": minimum]
                case .strings: schema = strings
                case .choice(let values): schema = ["enum": values]
                }
                schema["description"] = option.summary
                options[option.name] = schema
            }
            ruleProperties[rule.id] = [
                "description": rule.summary,
                "oneOf": [levels, ["type": "object", "properties": options, "additionalProperties": false]],
            ] as [String: Any]
        }
        let packPattern = "^(" + registry.packs.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")/\\*$"
        let rules: [String: Any] = [
            "type": "object",
            "description": "Per rule: a level (off, info, warning, error) or {severity, options}. PACK/* sets every rule of a pack.",
            "properties": ruleProperties,
            "patternProperties": [packPattern: levels],
            "additionalProperties": false,
        ]
        let schema: [String: Any] = [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "qalint configuration (.qalint.yml)",
            "type": "object",
            "additionalProperties": false,
            "definitions": ["rules": rules, "structure": [
                "type": "object", "additionalProperties": false,
                "description": "The layout of documents, where inference reads them wrong.",
                "properties": [
                    "question-level": ["type": "integer", "minimum": 1, "maximum": 6],
                    "section-level": ["type": "integer", "minimum": 1, "maximum": 6],
                    "layouts": ["type": "array", "items": ["enum": QuestionLayout.allCases.map(\.rawValue)]],
                ] as [String: Any],
            ] as [String: Any]],
            "properties": [
                "extends": ["description": "Configuration file(s) this one builds on, relative to this file.",
                            "oneOf": [["type": "string"], strings]],
                "packs": strings.merging(["description": "Folders of rule packs, relative to this file."]) { $1 },
                "include": strings.merging(["description": "Patterns of files a folder search lints (default *.md, *.markdown)."]) { $1 },
                "exclude": strings.merging(["description": "Patterns of files never linted."]) { $1 },
                "required-sections": strings.merging(["description": "Section titles every document must have."]) { $1 },
                "fail-on": ["enum": FailOn.allCases.map(\.rawValue), "description": "Lowest severity that fails the run."],
                "structure": ["$ref": "#/definitions/structure"],
                "baseline": ["type": "string", "description": "Baseline file lint reads (qalint baseline writes it), relative to this file."],
                "min-completeness": [
                    "description": "Answered share (percent) below which lint and report exit 1: a number for all documents, or {overall, per-document}.",
                    "oneOf": [["type": "number", "minimum": 0, "maximum": 100],
                              ["type": "object", "additionalProperties": false,
                               "properties": ["overall": ["type": "number", "minimum": 0, "maximum": 100],
                                              "per-document": ["type": "number", "minimum": 0, "maximum": 100]]] as [String: Any]],
                ] as [String: Any],
                "rules": ["$ref": "#/definitions/rules"],
                "overrides": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "required": ["files"],
                        "additionalProperties": false,
                        "properties": ["files": strings, "rules": ["$ref": "#/definitions/rules"], "required-sections": strings,
                                       "structure": ["$ref": "#/definitions/structure"]],
                    ] as [String: Any],
                ] as [String: Any],
            ] as [String: Any],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - Starter

    /// The commented configuration `qalint init` writes.
    public static let starter = """
        # qalint configuration. Every key is optional; README.md, "Configuration", explains each.
        # For completion in editors with the YAML language server:
        #   qalint config-schema > .qalint.schema.json
        # and put this line first:  # yaml-language-server: $schema=.qalint.schema.json

        # Files a folder search lints, and files never linted (patterns relative to this file).
        include: ["*.md", "*.markdown"]
        exclude: []

        # Sections every document must have (rule missing-section).
        required-sections: []

        # Fail the run on findings at or above: error, warning, info, never.
        fail-on: error

        # Fail when fewer questions than this are answered (percent), overall or per document.
        # min-completeness: {overall: 80, per-document: 50}

        # Where qalint reads a document wrong (see `qalint inspect FILE`):
        # structure:
        #   question-level: 3          # every ### heading is a question
        #   section-level: 2
        #   layouts: [heading, details]

        # Per rule: a level (off, info, warning, error) or {severity: …, option: …}.
        # `qalint rules` lists the rules, `qalint rules explain RULE` explains one.
        rules:
          placeholder-answer:
            severity: error
            min-template-count: 3
          # interview/*: info          # the interview pack: off until turned on

        # Settings for some files only, applied in order.
        # overrides:
        #   - files: ["drafts/"]
        #     rules: {placeholder-answer: warning}

        # Folders of rule packs of your own (YAML rules, see README "Rule packs").
        # packs: [qalint-rules]

        # A configuration this one builds on.
        # extends: ../qalint-base.yml

        """
}
