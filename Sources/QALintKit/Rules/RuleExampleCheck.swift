/// Runs a rule's documented examples as tests — for the test suite and for
/// `qalint rules test`, so that pack authors test their rules the way built-in ones are.
///
/// A failing example must produce findings of the rule exactly on the lines its
/// `<!-- expect: RULE -->` markers name (or at least one finding, when it has no marker);
/// a passing example none; and a failing example inside a fenced code block none inside
/// the fence.
public enum RuleExampleCheck {
    /// What went wrong, one line per problem; empty when the example holds.
    public static func problems(_ example: RuleExample, of rule: RuleDescription, registry: RuleRegistry) -> [String] {
        do {
            var problems: [String] = []
            let expected = example.expectedLines(for: rule.id)
            let lines = try findingLines(example.markdown, rule: rule, configuration: example.configuration, registry: registry)
            switch example.kind {
            case .failing:
                if expected.isEmpty ? lines.isEmpty : lines.sorted() != expected.sorted() {
                    problems.append("expected findings on \(expected.isEmpty ? "some line" : "lines \(expected.sorted())"), got \(lines.isEmpty ? "none" : "lines \(lines.sorted())")")
                }
                let fenced = "```markdown\n" + example.markdown + "\n```\n"
                let count = example.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
                let inFence = try findingLines(fenced, rule: rule, configuration: example.configuration, registry: registry)
                    .filter { (2...count + 1).contains($0) }
                if !inFence.isEmpty { problems.append("the example inside a code fence still fires (lines \(inFence))") }
            case .passing:
                if !lines.isEmpty { problems.append("expected no finding, got lines \(lines.sorted())") }
            }
            return problems
        } catch {
            return ["cannot run the example: \(error)"]
        }
    }

    /// Lines of the rule's findings on `markdown`, with the rule switched on.
    private static func findingLines(_ markdown: String, rule: RuleDescription, configuration yaml: String?,
                                     registry: RuleRegistry) throws -> [Int] {
        var configuration = try yaml.map { try Configuration.parse($0, file: "example.qalint.yml", registry: registry) }
            ?? Configuration(registry: registry)
        if case .off = configuration.level(of: rule) {
            configuration.rules[rule.id] = RuleConfiguration(level: .on(rule.defaultSeverity), options: configuration.options(of: rule))
        }
        let result = try Linter(configuration: configuration).lint(sources: [("example.md", markdown)])
        return result.findings.filter { $0.rule == rule.id }.map(\.range.startLine)
    }
}
