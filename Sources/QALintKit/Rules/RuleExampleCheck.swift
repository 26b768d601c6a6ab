/// Runs a rule's documented examples as tests — for the test suite and for
/// `qalint rules test`, so that pack authors test their rules the way built-in ones are.
///
/// A failing example must produce findings of the rule exactly on the lines its
/// `<!-- expect: RULE -->` markers name (or at least one finding, when it has no marker),
/// with its `messages` when it lists them; a passing example none. Each example is also
/// run in forms a real document takes, which must not change the verdict:
/// - inside a fenced code block: nothing fires inside the fence;
/// - after `<!-- qalint-disable-file RULE -->`: the rule is silent;
/// - with CRLF line endings: the same lines;
/// - after YAML front matter: the same findings, three lines further down.
public enum RuleExampleCheck {
    /// What went wrong, one line per problem; empty when the example holds.
    public static func problems(_ example: RuleExample, of rule: RuleDescription, registry: RuleRegistry) -> [String] {
        do {
            let run = Run(rule: rule, configuration: example.configuration, registry: registry)
            let findings = try run.findings(example.markdown)
            let lines = findings.map(\.range.startLine)
            let expected = example.expectedLines(for: rule.id).sorted()
            var problems: [String] = []
            switch example.kind {
            case .failing:
                if expected.isEmpty ? lines.isEmpty : lines.sorted() != expected {
                    problems.append("expected findings on \(expected.isEmpty ? "some line" : "lines \(expected)"), got \(describe(lines))")
                }
                if let messages = example.messages, findings.map(\.message) != messages {
                    problems.append("expected the messages \(messages), got \(findings.map(\.message))")
                }
                let count = example.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
                let inFence = try run.findings("```markdown\n" + example.markdown + "\n```\n").map(\.range.startLine)
                    .filter { (2...count + 1).contains($0) }
                if !inFence.isEmpty { problems.append("the example inside a code fence still fires (lines \(inFence))") }
                let disabled = try run.findings("<!-- qalint-disable-file \(rule.id) -->\n" + example.markdown)
                if !disabled.isEmpty { problems.append("a qalint-disable-file comment does not silence it (\(describe(disabled.map(\.range.startLine))))") }
            case .passing:
                if !lines.isEmpty { problems.append("expected no finding, got \(describe(lines))") }
            }
            let crlf = try run.findings(example.markdown.replacingAll("\n", with: "\r\n")).map(\.range.startLine)
            if crlf.sorted() != lines.sorted() { problems.append("with CRLF line endings: \(describe(crlf)) instead of \(describe(lines))") }
            let frontMatter = try run.findings("---\ntitle: Example\n---\n" + example.markdown).map(\.range.startLine)
            if frontMatter.sorted() != lines.map({ $0 + 3 }).sorted() {
                problems.append("after front matter: \(describe(frontMatter)) instead of \(describe(lines.map { $0 + 3 }))")
            }
            return problems
        } catch {
            return ["cannot run the example: \(error)"]
        }
    }

    private static func describe(_ lines: [Int]) -> String {
        lines.isEmpty ? "none" : "lines \(lines.sorted())"
    }

    /// Lints Markdown with the example's configuration, the rule switched on.
    private struct Run {
        let rule: RuleDescription
        let linter: Linter?
        let error: (any Error)?

        init(rule: RuleDescription, configuration yaml: String?, registry: RuleRegistry) {
            self.rule = rule
            do {
                var configuration = try yaml.map { try Configuration.parse($0, file: "example.qalint.yml", registry: registry) }
                    ?? Configuration(registry: registry)
                if case .off = configuration.level(of: rule) {
                    configuration.rules[rule.id] = RuleConfiguration(level: .on(rule.defaultSeverity), options: configuration.options(of: rule))
                }
                linter = try Linter(configuration: configuration)
                error = nil
            } catch {
                linter = nil
                self.error = error
            }
        }

        /// The rule's findings on `markdown`, in report order.
        func findings(_ markdown: String) throws -> [Finding] {
            guard let linter else { throw error! }
            return try linter.lint(sources: [("example.md", markdown)]).findings.filter { $0.rule == rule.id }
        }
    }
}
