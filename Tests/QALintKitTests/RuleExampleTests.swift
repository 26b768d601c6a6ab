import Testing
@testable import QALintKit

/// Every rule's documented examples are its first tests: each failing example hits exactly
/// its markers, each passing one is silent, and a failing example inside a fenced code
/// block fires nothing inside the fence.
@Suite struct RuleExampleTests {
    static let examples: [(rule: String, example: RuleExample)] = BuiltinRules.descriptions.flatMap { rule in
        rule.examples.map { (rule.id, $0) }
    }

    static func lint(_ markdown: String, configuration: String?) throws -> [Finding] {
        let config = try configuration.map { try Configuration.parse($0, file: "example.qalint.yml") } ?? Configuration()
        return try Linter(configuration: config).lint(sources: [("example.md", markdown)]).findings
    }

    @Test(arguments: examples.indices)
    func example(_ index: Int) throws {
        let (rule, example) = Self.examples[index]
        let findings = try Self.lint(example.markdown, configuration: example.configuration).filter { $0.rule == rule }
        let expected = example.expectedLines(for: rule)
        switch example.kind {
        case .failing:
            #expect(!expected.isEmpty, "\(rule): failing example '\(example.title)' has no expect marker")
            #expect(findings.map(\.range.startLine).sorted() == expected.sorted(), "\(rule): \(example.title)")
        case .passing:
            #expect(expected.isEmpty)
            #expect(findings.isEmpty, "\(rule): passing example '\(example.title)' fired: \(findings.map(\.message))")
        }
    }

    @Test(arguments: examples.indices.filter { examples[$0].example.kind == .failing })
    func failingExampleInsideCodeFenceIsSilent(_ index: Int) throws {
        let (rule, example) = Self.examples[index]
        let lines = example.markdown.split(separator: "\n", omittingEmptySubsequences: false).count
        let fenced = "```markdown\n" + example.markdown + "\n```\n"
        let findings = try Self.lint(fenced, configuration: example.configuration).filter { $0.rule == rule }
        #expect(findings.filter { (2...lines + 1).contains($0.range.startLine) }.isEmpty, "\(rule): \(example.title)")
    }

    @Test func everyRuleHasFailingAndPassingExamples() {
        for rule in BuiltinRules.descriptions {
            #expect(rule.examples.contains { $0.kind == .failing }, "\(rule.id)")
            #expect(rule.examples.contains { $0.kind == .passing }, "\(rule.id)")
            #expect(!rule.rationale.isEmpty)
        }
    }

    @Test func ruleIdentifiersAreUniqueKebabCase() {
        let ids = BuiltinRules.ids
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }
}
