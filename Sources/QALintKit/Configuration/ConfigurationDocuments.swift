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
        for key in ConfigurationKey.all {
            if let line = key.show(shown) { out += line + "\n" }
        }
        return out
    }

    /// A JSON Schema (draft-07) for `.qalint.yml`, listing every key, rule and option, for
    /// editors with the YAML language server.
    public static func jsonSchema(registry: RuleRegistry) -> String {
        var properties: [String: Any] = [:]
        var definitions: [String: Any] = [:]
        for key in ConfigurationKey.all {
            properties[key.name] = key.schemaReference(registry)
            if key.sharedSchema { definitions[key.name] = key.schema(registry).merging(["description": key.summary]) { $1 } }
        }
        let schema: [String: Any] = [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "qalint configuration (.qalint.yml)",
            "type": "object",
            "additionalProperties": false,
            "definitions": definitions,
            "properties": properties,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return JSONText.visible(String(decoding: data, as: UTF8.self)) + "\n"
    }

    // MARK: - Starter

    /// The commented configuration `qalint init` writes: every key, in the table's order.
    public static let starter = """
        # qalint configuration. Every key is optional; README.md, "Configuration", explains each.
        # For completion in editors with the YAML language server:
        #   qalint config-schema > .qalint.schema.json
        # and put this line first:  # yaml-language-server: $schema=.qalint.schema.json


        """ + ConfigurationKey.all.map { $0.starter + "\n" }.joined(separator: "\n")
}

/// Values written as YAML, for `qalint config`.
enum YAMLText {
    static func structure(_ structure: QADocumentReader.Structure) -> String {
        var parts: [String] = []
        if let level = structure.questionLevel { parts.append("question-level: \(level)") }
        if let level = structure.sectionLevel { parts.append("section-level: \(level)") }
        if let layouts = structure.layouts { parts.append("layouts: \(flow(layouts.map(\.rawValue).sorted()))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A rule's level, with every option (defaults filled in) when it has options.
    static func ruleSetting(_ rule: RuleDescription, in configuration: Configuration) -> String {
        let level = configuration.level(of: rule).name
        guard !rule.options.isEmpty else { return level }
        let configured = configuration.options(of: rule).entries
        let options = rule.options.map { option in
            "\(option.name): " + (configured.first { $0.key == option.name }.map { render($0.value) } ?? option.defaultValue)
        }
        return "{severity: \(level), \(options.joined(separator: ", "))}"
    }

    static func render(_ value: ConfigValue) -> String {
        switch value {
        case .scalar(let string, _): Int(string) != nil ? string : quote(string)
        case .sequence(let items, _): "[" + items.map(render).joined(separator: ", ") + "]"
        case .mapping(let entries, _): "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }

    /// A percentage as YAML writes it: 80, 62.5.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func flow(_ strings: [String]) -> String {
        "[" + strings.map(quote).joined(separator: ", ") + "]"
    }

    /// A double-quoted YAML scalar (JSON string syntax is valid YAML).
    static func quote(_ string: String) -> String {
        JSONText.encode(string, pretty: false) ?? "\"\""
    }
}
