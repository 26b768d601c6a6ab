import Foundation
import QALintKit

/// A rule's documentation as Markdown — summary, rationale, options and examples — built
/// from its description, the one source of rule text (SARIF `help`, rule docs).
public enum RuleHelp {
    public static func markdown(_ rule: RuleDescription) -> String {
        var out = "**\(rule.id)** (\(defaults(rule)))\n\n"
        out += rule.summary + "\n\n" + (rule.rationale.isEmpty ? "" : rule.rationale + "\n")
        if let fix = rule.fix { out += "\n**Fixable**: `qalint lint --fix` \(fix)\n" }
        if !rule.options.isEmpty {
            out += "\n| option | type | default | meaning |\n|---|---|---|---|\n"
            for option in rule.options {
                out += "| `\(option.name)` | \(option.type.replacingOccurrences(of: "|", with: "\\|")) | `\(option.defaultValue)` | \(option.summary) |\n"
            }
        }
        for example in rule.examples {
            let verdict = example.kind == .failing ? "Reported" : "Not reported"
            out += "\n\(verdict): \(example.title)\n\n"
            if let configuration = example.configuration {
                out += "```yaml\n# .qalint.yml\n\(configuration)\n```\n\n"
            }
            out += "```markdown\n\(ExpectationMarkers.stripped(example.markdown).trimmingCharacters(in: .newlines))\n```\n"
        }
        return out
    }

    /// Summary and rationale in one paragraph.
    public static func summary(_ rule: RuleDescription) -> String {
        rule.rationale.isEmpty ? rule.summary : rule.summary + " " + rule.rationale
    }

    /// "error", "warning, off by default", "info, pack interview, off by default".
    public static func defaults(_ rule: RuleDescription) -> String {
        var parts = ["default severity: \(rule.defaultSeverity.rawValue)"]
        if let pack = rule.pack { parts.append("pack \(pack)") }
        if !rule.enabledByDefault { parts.append("off by default") }
        return parts.joined(separator: ", ")
    }

    /// `qalint rules explain`: the same content for a terminal.
    public static func text(_ rule: RuleDescription) -> String {
        var out = "\(rule.id) (\(defaults(rule)))\n\n\(rule.summary)\n"
        if !rule.rationale.isEmpty { out += "\nWhy: \(rule.rationale)\n" }
        if !rule.options.isEmpty {
            out += "\nOptions (in .qalint.yml under rules: {\(rule.id): {…}}):\n"
            for option in rule.options {
                out += "  \(option.name) (\(option.type), default \(option.defaultValue)): \(option.summary)\n"
            }
        }
        for example in rule.examples {
            out += "\n\(example.kind == .failing ? "Reported" : "Not reported"): \(example.title)\n"
            if let configuration = example.configuration { out += "  # .qalint.yml: \(configuration)\n" }
            let markdown = ExpectationMarkers.stripped(example.markdown).trimmingCharacters(in: .newlines)
            for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
                out += line.isEmpty ? "\n" : "    \(line)\n"
            }
        }
        return out
    }
}
