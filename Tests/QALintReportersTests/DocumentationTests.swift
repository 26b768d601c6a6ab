import Foundation
import QALintKit
import Testing
import TestSupport
@testable import QALintReporters

/// The rule reference is generated from the rule descriptions. These fail when
/// `docs/rules.md` or the README's rule table is out of date: run `ci/generate-docs`.
@Suite struct DocumentationTests {
    let root = TestSupport.packageRoot
    var readme: String { (try? TestSupport.read(root.appendingPathComponent("README.md"))) ?? "" }

    @Test func docsRulesIsUpToDate() throws {
        let docs = try TestSupport.read(root.appendingPathComponent("docs/rules.md"))
        #expect(docs == RuleDocs.markdown(RuleRegistry.builtin.descriptions), "docs/rules.md is stale: run ci/generate-docs")
    }

    @Test func readmeRulesAreUpToDate() throws {
        let readme = self.readme
        let start = try #require(readme.range(of: RuleDocs.readmeStart))
        let end = try #require(readme.range(of: RuleDocs.readmeEnd))
        let block = String(readme[start.upperBound..<end.lowerBound]).trimmingCharacters(in: .newlines)
        let expected = RuleDocs.reference(RuleRegistry.builtin.descriptions, level: 3).trimmingCharacters(in: .newlines)
        #expect(block == expected, "the README's rules part is stale: run ci/generate-docs")
    }

    @Test func readmeDocumentsEveryConfigurationKey() {
        for key in Configuration.keys {
            #expect(readme.contains("| `\(key)` |"), "\(key)")
        }
    }

    @Test func readmeShowsTheSetUpCommands() {
        #expect(readme.contains("./ci/demo"))
        #expect(readme.contains("./ci/test"))
    }

    @Test func readmeDocumentsEverySuppressionForm() {
        for kind in Suppression.Kind.allCases {
            #expect(readme.contains("<!-- \(kind.rawValue)"), "\(kind.rawValue)")
        }
    }
}
