import Testing
import TestSupport
@testable import QALintKit

/// The README is the user's manual: it must document every rule, its default severity and
/// its options, and every configuration key.
@Suite struct DocumentationTests {
    let readme: String = (try? TestSupport.read(TestSupport.packageRoot.appendingPathComponent("README.md"))) ?? ""

    @Test func readmeDocumentsEveryRule() {
        for rule in BuiltinRules.descriptions {
            #expect(readme.contains("| [`\(rule.id)`](#\(rule.id)) | \(rule.defaultSeverity.rawValue) |"), "rule table row for \(rule.id)")
            #expect(readme.contains("### `\(rule.id)`"), "section for \(rule.id)")
            for option in rule.options {
                #expect(readme.contains("| `\(option.name)` |"), "\(rule.id) option \(option.name)")
            }
        }
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
}
