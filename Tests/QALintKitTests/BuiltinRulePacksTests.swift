import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// The binary carries `Rules/` compiled in; this fails when the generated file is stale.
/// Fix: run `ci/generate-builtin-rules`.
@Suite struct BuiltinRulePacksTests {
    @Test func generatedFileMatchesRulesFolder() throws {
        let rules = TestSupport.packageRoot.appendingPathComponent("Rules")
        let names = (FileManager.default.enumerator(atPath: rules.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yml") }.sorted()
        #expect(names.sorted() == BuiltinRulePacks.files.keys.sorted(), "run ci/generate-builtin-rules")
        for name in names {
            let onDisk = try TestSupport.read(rules.appendingPathComponent(name))
            #expect(Self.trimmed(onDisk) == Self.trimmed(BuiltinRulePacks.files[name] ?? ""), "\(name) is stale: run ci/generate-builtin-rules")
        }
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
