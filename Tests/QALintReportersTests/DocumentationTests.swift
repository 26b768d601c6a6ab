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
        let expected = RuleDocs.readme(RuleRegistry.builtin.descriptions).trimmingCharacters(in: .newlines)
        #expect(block == expected, "the README's rules part is stale: run ci/generate-docs")
    }

    @Test func readmeDocumentsEveryConfigurationKey() {
        for key in Configuration.keys {
            #expect(readme.contains("| `\(key)` |"), "\(key)")
        }
    }

    @Test func theExampleConfigurationUsesEveryKey() throws {
        let example = try TestSupport.read(root.appendingPathComponent("Examples/.qalint.yml"))
        for key in Configuration.keys where key != "baseline" {
            #expect(example.contains("\n\(key):"), "\(key)")
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

@Suite struct ConfigurationSchemaTests {
    let root = TestSupport.packageRoot

    @Test func committedSchemaIsUpToDate() throws {
        let committed = try TestSupport.read(root.appendingPathComponent("docs/qalint.schema.json"))
        #expect(committed == ConfigurationDocuments.jsonSchema(registry: .builtin), "docs/qalint.schema.json is stale: run ci/generate-docs")
    }

    /// The example configuration (every key) and the starter both validate against the
    /// schema; a wrong one does not.
    @Test func configurationsValidateAgainstTheSchema() throws {
        let python = try #require(TestSupport.which("python3"))
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let schema = directory.appendingPathComponent("schema.json")
        let example = root.appendingPathComponent("Examples/.qalint.yml").path
        try ConfigurationDocuments.jsonSchema(registry: Configuration.load(path: example).registry)
            .write(to: schema, atomically: true, encoding: .utf8)
        let starter = directory.appendingPathComponent("starter.yml")
        try ConfigurationDocuments.starter.write(to: starter, atomically: true, encoding: .utf8)
        let wrong = directory.appendingPathComponent("wrong.yml")
        try "rules:\n  placeholder-answer: {min-template-count: 1}\nfail-on: sometimes\n".write(to: wrong, atomically: true, encoding: .utf8)
        let script = """
            import json, re, sys
            import yaml, jsonschema
            # YAML 1.2, as qalint and the YAML language server read it: `off` is a string.
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != "tag:yaml.org,2002:bool"]
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile("^(?:true|false)$"), list("tf"))
            schema = json.load(open(sys.argv[1]))
            for path in sys.argv[2:]:
                errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.load(open(path), Loader=Loader)))
                print(path, "ok" if not errors else "invalid: " + errors[0].message)
            """
        let result = try TestSupport.run(python, ["-c", script, schema.path, example, starter.path, wrong.path])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3, "needs PyYAML and jsonschema (ci/setup installs them): \(result.stdout)\(result.stderr)")
        #expect(lines.first?.hasSuffix(" ok") == true, "\(result.stdout)")
        #expect(lines.dropFirst().first?.hasSuffix(" ok") == true, "\(result.stdout)")
        #expect(lines.last?.contains("invalid") == true, "\(result.stdout)")
    }
}
