import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test the rules (built-in, packs, and the configuration's packs).",
        subcommands: [List.self, Explain.self, Test.self, Docs.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule with its default severity and summary.")
        @OptionGroup var options: ConfigurationOptions

        func run() throws {
            let configuration = try options.load()
            let rules = configuration.registry.descriptions
            let width = rules.map(\.id.count).max() ?? 0
            var out = ""
            for rule in rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let level = configuration.level(of: rule).name.padding(toLength: 7, withPad: " ", startingAt: 0)
                out += "\(id)  \(level)  \(rule.summary)\n"
            }
            try Console.out(out)
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain a rule: summary, rationale, options and examples.")
        @OptionGroup var options: ConfigurationOptions
        @Argument(help: "The rule id, e.g. placeholder-answer or interview/short-answer.")
        var rule: String

        func run() throws {
            let registry = try options.load().registry
            guard let description = registry.description(of: rule) else {
                throw QALintError("unknown rule '\(rule)'\(suggestion(for: rule, in: registry.ids)); 'qalint rules' lists them")
            }
            try Console.out(RuleHelp.text(description))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples as tests (for pack authors): failing examples must hit their expect markers, passing ones stay silent.")
        @OptionGroup var options: ConfigurationOptions
        @Argument(help: "Rule ids or pack names to test (default: all).")
        var rules: [String] = []

        func run() throws {
            let registry = try options.load().registry
            // A misspelt name would select nothing and pass: "0 passed, 0 failed".
            let names = Set(registry.ids + registry.descriptions.compactMap(\.pack))
            if let unknown = rules.first(where: { !names.contains($0) }) {
                throw QALintError("unknown rule or pack '\(unknown)'\(suggestion(for: unknown, in: names.sorted())); 'qalint rules' lists them")
            }
            let selected = registry.descriptions.filter { rule in
                rules.isEmpty || rules.contains(rule.id) || rule.pack.map(rules.contains) == true
            }
            var failures = 0
            var out = ""
            for rule in selected {
                for example in rule.examples {
                    let problems = RuleExampleCheck.problems(example, of: rule, registry: registry)
                    failures += problems.isEmpty ? 0 : 1
                    for problem in problems { out += "FAIL \(rule.id): \(example.kind.rawValue) example '\(example.title)': \(problem)\n" }
                }
            }
            let examples = selected.reduce(0) { $0 + $1.examples.count }
            out += "rules: \(examples - failures) passed, \(failures) failed\n"
            try Console.out(out)
            if failures > 0 { throw ExitCode(ExitStatus.findings) }
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rule reference as Markdown (docs/rules.md).", shouldDisplay: false)
        @Flag(help: "Print the part of the README between its rules markers instead.")
        var readme = false

        func run() throws {
            let rules = RuleRegistry.builtin.descriptions
            try Console.out(readme ? RuleDocs.readme(rules) : RuleDocs.markdown(rules))
        }
    }
}
