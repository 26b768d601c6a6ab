import Foundation
import Testing
import TestSupport
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
        let said = RuleExample.failing("another message", "## Q: What? <!-- expect: empty-answer -->\n", messages: ["Question \"Why?\" has no answer."])
        #expect(RuleExampleCheck.problems(said, of: rule, registry: Self.registry)
                == ["expected the messages [\"Question \\\"Why?\\\" has no answer.\"], got [\"Question \\\"What?\\\" has no answer.\"]"])
    }

    /// A pack author's example may assert messages too; `messages` on a passing example is
    /// an error at load.
    @Test func packExamplesAssertMessages() throws {
        let rule = { (messages: String) in """
            kind: existence
            description: Notes left for the author.
            scope: answer
            tokens: [FIXME]
            message: 'Answer has a "{match}" note.'
            examples:
              - fail: |
                  ## Q: What is REST? <!-- expect: notes/fixme -->

                  An architectural style. FIXME
            \(messages)
              - pass: |
                  ## Q: What is REST?

                  An architectural style.
            """ }
        func problems(_ messages: String) throws -> [[String]] {
            let folder = try TestSupport.temporaryDirectory().appendingPathComponent("notes")
            defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try rule(messages).write(to: folder.appendingPathComponent("fixme.yml"), atomically: true, encoding: .utf8)
            let registry = try Self.registry.adding(packFolder: folder.path, namedIn: "test", line: 1)
            let description = try #require(registry.description(of: "notes/fixme"))
            return description.examples.map { RuleExampleCheck.problems($0, of: description, registry: registry) }
        }
        #expect(try problems("    messages: ['Answer has a \"FIXME\" note.']") == [[], []])
        #expect(try problems("    messages: ['Answer has a note.']").map(\.count) == [1, 0])
        let misplaced = rule("").replacingOccurrences(of: "  - pass: |", with: "  - messages: [x]\n    pass: |")
        #expect(throws: QALintError(file: "Rules/notes/fixme.yml", line: 12, "'messages' belongs to a failing example")) {
            try PackLoader.load(pack: "notes", files: [("fixme.yml", misplaced)], builtin: false)
        }
    }

    /// Every built-in Swift rule file is registered: a rule written and not added to the
    /// registry would never run.
    @Test func everyRuleFileIsRegistered() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/QALintKit/Rules/Builtin")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix("Rule.swift") }
        let fromFiles = Set(files.map { name in
            String(name.dropLast("Rule.swift".count)).reduce(into: "") { id, character in
                if character.isUppercase && !id.isEmpty { id += "-" }
                id += character.lowercased()
            }
        })
        #expect(files.count >= 10)
        #expect(fromFiles == Set(RuleRegistry.swiftRules.map(\.description.id)), "a file per rule, named after its id, each registered")
    }
}
