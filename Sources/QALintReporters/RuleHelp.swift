import QALintKit

/// A rule's documentation as Markdown — summary, rationale, options and examples — built
/// from its description, the one source of rule text (SARIF `help`, rule docs).
public enum RuleHelp {
    public static func markdown(_ rule: RuleDescription) -> String {
        var out = "**\(rule.id)** (default severity: \(rule.defaultSeverity.rawValue))\n\n"
        out += rule.summary + "\n\n" + rule.rationale + "\n"
        if !rule.options.isEmpty {
            out += "\n| option | type | default | meaning |\n|---|---|---|---|\n"
            for option in rule.options {
                out += "| `\(option.name)` | \(option.type) | `\(option.defaultValue)` | \(option.summary) |\n"
            }
        }
        for example in rule.examples {
            let verdict = example.kind == .failing ? "Reported" : "Not reported"
            out += "\n\(verdict): \(example.title)\n\n"
            if let configuration = example.configuration {
                out += "```yaml\n# .qalint.yml\n\(configuration)\n```\n\n"
            }
            out += "```markdown\n\(ExpectationMarkers.stripped(example.markdown))\n```\n"
        }
        return out
    }

    /// Plain text: summary and rationale.
    public static func text(_ rule: RuleDescription) -> String {
        rule.summary + " " + rule.rationale
    }
}
