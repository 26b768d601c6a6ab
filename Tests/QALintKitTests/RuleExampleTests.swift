import Testing
@testable import QALintKit

/// Every rule's documented examples are its first tests (built-in Swift rules and the
/// built-in packs alike): each failing example hits exactly its markers, each passing one
/// is silent, and a failing example inside a fenced code block fires nothing inside it.
@Suite struct RuleExampleTests {
    static let registry = RuleRegistry.builtin
    static let examples: [(rule: RuleDescription, example: RuleExample)] = registry.descriptions.flatMap { rule in
        rule.examples.map { (rule, $0) }
    }

    @Test func builtinPacksLoad() {
        #expect(RuleRegistry.builtinError == nil, "\(String(describing: RuleRegistry.builtinError))")
        #expect(Self.registry.packs == ["core", "interview"])
    }

    @Test(arguments: examples.indices)
    func example(_ index: Int) {
        let (rule, example) = Self.examples[index]
        let problems = RuleExampleCheck.problems(example, of: rule, registry: Self.registry)
        #expect(problems.isEmpty, "\(rule.id), \(example.kind.rawValue) example '\(example.title)': \(problems)")
        if example.kind == .failing {
            #expect(!example.expectedLines(for: rule.id).isEmpty, "\(rule.id): built-in failing examples mark their lines")
        }
    }

    @Test func everyRuleHasFailingAndPassingExamples() {
        for rule in Self.registry.descriptions {
            #expect(rule.examples.contains { $0.kind == .failing }, "\(rule.id)")
            #expect(rule.examples.contains { $0.kind == .passing }, "\(rule.id)")
            #expect(!rule.rationale.isEmpty, "\(rule.id)")
        }
    }

    @Test func ruleIdentifiersAreUniqueKebabCase() {
        let ids = Self.registry.ids
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0 == "/" }, "\(id)")
        }
    }

    @Test func theCheckCatchesAWrongExample() {
        let rule = EmptyAnswerRule.description
        let wrong = RuleExample.failing("marker on the wrong line", "## Q: What? <!-- expect: empty-answer -->\n\nAn answer.\n\n## Q: Why?\n")
        #expect(!RuleExampleCheck.problems(wrong, of: rule, registry: Self.registry).isEmpty)
        let noisy = RuleExample.passing("not actually passing", "## Q: What?\n")
        #expect(!RuleExampleCheck.problems(noisy, of: rule, registry: Self.registry).isEmpty)
    }
}
