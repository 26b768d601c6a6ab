import QAMarkdown

/// The keys every pack rule has, whatever its kind.
///
/// ```yaml
/// kind: existence
/// description: Answers with an unfinished note.      # one line, for `qalint rules`
/// rationale: Readers should not meet notes to the author.
/// message: "Answer contains the note \"{match}\"."
/// severity: warning                                   # error, warning or info
/// enabled: true                                       # false: off until configured
/// examples:
///   - fail: |
///       ## Q: What is REST? <!-- expect: my-pack/unfinished -->
///       An architectural style. TODO: add an example.
///   - pass: |
///       ## Q: What is REST?
///       An architectural style.
/// ```
struct PackRuleDefinition {
    static let keys = ["kind", "description", "rationale", "message", "severity", "enabled", "examples"]

    var id: String
    var message: String
    var description: RuleDescription

    init(id: String, pack: String, entries: [ConfigEntry], extraKeys: [String], scope: RuleScope,
         reader: ConfigReader) throws {
        try reader.checkKeys(entries, known: Self.keys + extraKeys, what: "key", of: " in rule '\(id)'")
        func value(_ key: String) -> ConfigValue? { entries.first { $0.key == key }?.value }
        func required(_ key: String) throws -> String {
            guard let value = value(key) else { throw QALintError(file: reader.file, line: 1, "rule '\(id)' needs '\(key)'") }
            return try reader.string(value, what: "'\(key)'")
        }
        self.id = id
        message = try required("message")
        let summary = try required("description")
        let rationale = try value("rationale").map { try reader.string($0, what: "'rationale'") } ?? ""
        var severity = Severity.warning
        if let value = value("severity") {
            let name = try reader.string(value, what: "'severity'")
            let names = Severity.allCases.map(\.rawValue)
            guard let parsed = Severity(rawValue: name) else {
                throw QALintError(file: reader.file, line: value.line,
                                  "unknown severity '\(name)'\(suggestion(for: name, in: names)) (valid: \(names.joined(separator: ", ")); use enabled: false to ship a rule off)")
            }
            severity = parsed
        }
        let enabled = try value("enabled").map { try reader.boolean($0, what: "'enabled'") } ?? true
        let examples = try value("examples").map { try Self.examples($0, reader: reader) } ?? []
        guard examples.contains(where: { $0.kind == .failing }), examples.contains(where: { $0.kind == .passing }) else {
            throw QALintError(file: reader.file, line: value("examples")?.line ?? 1,
                              "rule '\(id)' needs examples: at least one '- fail: |' and one '- pass: |' Markdown snippet")
        }
        description = RuleDescription(
            id: id, summary: summary, rationale: rationale, defaultSeverity: severity, scope: scope,
            enabledByDefault: enabled, quietOnUnanswered: Self.readsAnswers(entries), pack: pack, examples: examples)
    }

    private static func examples(_ value: ConfigValue, reader: ConfigReader) throws -> [RuleExample] {
        guard case .sequence(let items, _) = value else {
            throw QALintError(file: reader.file, line: value.line, "'examples' must be a list of '- fail: |' or '- pass: |' entries")
        }
        return try items.enumerated().map { index, item in
            let entries = try reader.mapping(item, what: "an example")
            try reader.checkKeys(entries, known: ["fail", "pass", "title", "config", "messages"], what: "key", of: " in an example")
            let fail = entries.first { $0.key == "fail" }, pass = entries.first { $0.key == "pass" }
            guard (fail == nil) != (pass == nil), let body = fail ?? pass else {
                throw QALintError(file: reader.file, line: item.line, "an example has exactly one of 'fail' or 'pass'")
            }
            let title = try entries.first { $0.key == "title" }.map { try reader.string($0.value, what: "'title'") }
                ?? "Example \(index + 1)"
            let configuration = try entries.first { $0.key == "config" }.map { try reader.string($0.value, what: "'config'") }
            let messages = try entries.first { $0.key == "messages" }.map { entry in
                guard fail != nil else { throw QALintError(file: reader.file, line: entry.line, "'messages' belongs to a failing example") }
                return try reader.strings(entry.value, what: "'messages'")
            }
            return RuleExample(kind: fail != nil ? .failing : .passing, title: title,
                               markdown: try reader.string(body.value, what: "'\(body.key)'"), configuration: configuration,
                               messages: messages)
        }
    }

    /// Rules that read answers stay quiet on placeholder and empty ones.
    private static func readsAnswers(_ entries: [ConfigEntry]) -> Bool {
        if case .scalar(TextScope.answer.rawValue, _)? = entries.first(where: { $0.key == "scope" })?.value { return true }
        return false
    }

    /// The message with `{name}` placeholders filled in.
    func message(_ values: [String: String]) -> String {
        var text = message
        for (name, value) in values { text = text.replacingAll("{\(name)}", with: value) }
        return text
    }
}

extension String {
    /// Every `target` replaced (`message` placeholders, example variants).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
