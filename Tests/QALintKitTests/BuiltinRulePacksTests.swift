import Foundation
import Testing
import TestSupport
@testable import QALintKit
@testable import QAMarkdown
import Yams

/// The binary carries `Rules/` compiled in; this fails when the generated file is stale.
/// Fix: run `ci/generate-builtin-rules`.
@Suite struct BuiltinRulePacksTests {
    @Test func generatedFileMatchesRulesFolder() throws {
        let rules = TestSupport.packageRoot.appendingPathComponent("Rules")
        let names = (FileManager.default.enumerator(atPath: rules.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yml") && !$0.hasPrefix("reading/") }.sorted()
        #expect(names.sorted() == BuiltinRulePacks.files.keys.sorted(), "run ci/generate-builtin-rules")
        for name in names {
            let onDisk = try TestSupport.read(rules.appendingPathComponent(name))
            #expect(Self.trimmed(onDisk) == Self.trimmed(BuiltinRulePacks.files[name] ?? ""), "\(name) is stale: run ci/generate-builtin-rules")
        }
    }

    /// The reader's vocabulary is compiled in too, list by list.
    @Test func generatedVocabularyMatchesRulesFolder() throws {
        let url = TestSupport.packageRoot.appendingPathComponent("Rules/reading/vocabulary.yml")
        let yaml = try #require(try Yams.load(yaml: TestSupport.read(url)) as? [String: [String]], "vocabulary.yml holds lists of strings")
        #expect(yaml == ReadingVocabulary.lists, "Rules/reading/vocabulary.yml is stale: run ci/generate-builtin-rules")
        #expect(!yaml.isEmpty)
    }

    /// The generator strips trailing spaces and the final newline.
    private static func trimmed(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    @Test func builtinPhrasesLoad() throws {
        let phrases = try PlaceholderPhrases(packData: RuleRegistry.builtin.data["placeholder-answer"] ?? [])
        #expect(phrases.wholeAnswer.contains("TODO"))
        #expect(phrases.anywhere.contains("(Expand with"))
        #expect(phrases.leadingMaxWords == 12)
    }
}
