import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// Files on disk for configuration tests: a temporary folder the current directory is not
/// changed to (paths are absolute).
struct Workspace {
    let root: URL

    init(_ files: [String: String]) throws {
        root = try TestSupport.temporaryDirectory()
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ConfigurationFeatureTests {
    static let placeholderDoc = "## Q: What is REST?\n\nTODO\n\n## Q: What is gRPC?\n\nA framework for remote calls.\n"

    private func error(_ body: () throws -> Void) -> QALintError? {
        do { try body(); return nil } catch let error as QALintError { return error } catch { return QALintError("\(error)") }
    }

    @Test func extendsChainMergesRulesAndReplacesKeys() throws {
        let workspace = try Workspace([
            "org/base.yml": "required-sections: [General]\nfail-on: warning\nrules:\n  placeholder-answer: {severity: warning, min-template-count: 5}\n  empty-section: off\n",
            "team/middle.yml": "extends: ../org/base.yml\nrules:\n  placeholder-answer: {min-template-words: 9}\n",
            "repo/.qalint.yml": "extends: [../team/middle.yml]\nrequired-sections: [Security]\nrules:\n  empty-section: info\n",
        ])
        defer { workspace.remove() }
        let configuration = try Configuration.load(path: workspace.path("repo/.qalint.yml"))
        #expect(configuration.files.count == 3)
        #expect(configuration.requiredSections == ["Security"], "a child's key replaces the base's")
        #expect(configuration.failOn == .warning, "keys the child does not set come from the base")
        #expect(configuration.level(of: EmptySectionRule.description) == .on(.info))
        #expect(configuration.level(of: PlaceholderAnswerRule.description) == .on(.warning))
        let options = configuration.options(of: PlaceholderAnswerRule.description)
        #expect(Set(options.entries.map(\.key)) == ["min-template-count", "min-template-words"], "options merge one by one")
    }

    @Test func extendsCycleIsAClearError() throws {
        let workspace = try Workspace(["a.yml": "extends: b.yml\n", "b.yml": "rules: {}\nextends: a.yml\n"])
        defer { workspace.remove() }
        let error = self.error { _ = try Configuration.load(path: workspace.path("a.yml")) }
        #expect(error?.file == workspace.path("b.yml"))
        #expect(error?.line == 2)
        #expect(error?.message.contains("'extends' makes a cycle") == true, "\(String(describing: error))")
    }

    @Test func missingExtendsFileNamesTheLine() throws {
        let workspace = try Workspace(["c.yml": "# base\nextends: nowhere.yml\n"])
        defer { workspace.remove() }
        let error = self.error { _ = try Configuration.load(path: workspace.path("c.yml")) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("cannot read the configuration file") == true)
    }

    @Test func overridesApplyByGlob() throws {
        let workspace = try Workspace([
            ".qalint.yml": """
                rules:
                  placeholder-answer: error
                overrides:
                  - files: ["drafts/"]
                    rules: {placeholder-answer: off}
                  - files: ["legacy-*.md"]
                    rules: {placeholder-answer: info}
                    required-sections: [History]
                """,
        ])
        defer { workspace.remove() }
        let configuration = try Configuration.load(path: workspace.path(".qalint.yml"))
        let cwd = workspace.root.path
        #expect(configuration.resolved(for: "faq.md", currentDirectory: cwd).level(of: PlaceholderAnswerRule.description) == .on(.error))
        #expect(configuration.resolved(for: "drafts/a/b.md", currentDirectory: cwd).level(of: PlaceholderAnswerRule.description) == .off)
        let legacy = configuration.resolved(for: "docs/legacy-faq.md", currentDirectory: cwd)
        #expect(legacy.level(of: PlaceholderAnswerRule.description) == .on(.info))
        #expect(legacy.requiredSections == ["History"])

        let linter = try Linter(configuration: configuration, currentDirectory: cwd)
        let result = try linter.lint(sources: [("faq.md", Self.placeholderDoc), ("drafts/x.md", Self.placeholderDoc),
                                               ("legacy-1.md", Self.placeholderDoc)])
        let byFile = Dictionary(grouping: result.findings.filter { $0.rule == "placeholder-answer" }, by: \.path)
        #expect(byFile["faq.md"]?.map(\.severity) == [.error])
        #expect(byFile["drafts/x.md"] == nil)
        #expect(byFile["legacy-1.md"]?.map(\.severity) == [.info])
        #expect(result.findings.contains { $0.path == "legacy-1.md" && $0.rule == "missing-section" })
        #expect(result.completeness.placeholder == 3, "overrides change reporting, not completeness")
    }

    @Test func overrideOptionsOfCorpusRulesApplyPerFile() throws {
        let template = "In an interview I would answer with key points, examples and trade-offs."
        let document = (0..<3).map { "## Q: Question \($0)?\n\n\(template)\n" }.joined(separator: "\n")
        let configuration = try Configuration.parse("""
            overrides:
              - files: ["strict.md"]
                rules: {placeholder-answer: {min-template-count: 2}}
              - files: ["lenient.md"]
                rules: {placeholder-answer: {min-template-count: 10}}
            """, file: "/virtual/.qalint.yml")
        let result = try Linter(configuration: configuration, currentDirectory: "/virtual")
            .lint(sources: [("strict.md", document), ("lenient.md", document)])
        let counts = Dictionary(grouping: result.findings.filter { $0.rule == "placeholder-answer" }, by: \.path).mapValues(\.count)
        #expect(counts["strict.md"] == 3)
        #expect(counts["lenient.md"] == nil, "six copies are below lenient.md's own threshold of 10")
    }

    @Test func includeAndExcludeSelectFiles() throws {
        let workspace = try Workspace([
            ".qalint.yml": "include: [\"*.md\", \"*.mdx\"]\nexclude: [drafts/, CHANGELOG.md, \"docs/**/skip-*.md\"]\n",
            "a.md": "# a\n", "b.mdx": "# b\n", "c.markdown": "# c\n", "CHANGELOG.md": "# log\n",
            "drafts/d.md": "# d\n", "docs/x/skip-me.md": "# s\n", "docs/x/keep.md": "# k\n",
        ])
        defer { workspace.remove() }
        let configuration = try Configuration.load(path: workspace.path(".qalint.yml"))
        // Absolute paths: tests run in parallel, so none may change the current folder.
        let base = workspace.root.path
        #expect(try FileDiscovery.files(in: [base], configuration: configuration) == ["a.md", "b.mdx", "docs/x/keep.md"].map { base + "/" + $0 })
        #expect(try FileDiscovery.files(in: [base + "/c.markdown", base + "/drafts/d.md"], configuration: configuration) == [base + "/c.markdown"],
                "named files are linted whatever their ending, unless excluded")
    }

    @Test func packWildcardAndFailOn() throws {
        let configuration = try Configuration.parse("fail-on: never\nrules:\n  interview/*: warning\n  interview/short-answer: off\n", file: "c.yml")
        #expect(configuration.failOn == FailOn.never)
        #expect(configuration.level(of: try #require(RuleRegistry.builtin.description(of: "interview/not-a-question"))) == .on(.warning))
        #expect(configuration.level(of: try #require(RuleRegistry.builtin.description(of: "interview/short-answer"))) == .off)
    }

    @Test func everyValidationErrorNamesFileAndLine() throws {
        let cases: [(String, Int, String)] = [
            ("fail-on: sometimes", 1, "unknown 'fail-on' value 'sometimes'"),
            ("include: \"*.md\"", 1, "'include' must be a list"),
            ("exclude: [[a]]", 1, "must be a single value"),
            ("packs: nowhere", 1, "'packs' must be a list of folders"),
            ("packs: [no-such-folder]", 1, "pack folder"),
            ("extends: {a: b}", 1, "'extends' must be a file path or a list"),
            ("rules:\n  nopack/*: info", 2, "unknown pack 'nopack'"),
            ("rules:\n  interview/*: {severity: info}", 2, "takes a level"),
            ("overrides: {files: [a]}", 1, "'overrides' must be a list"),
            ("overrides:\n  - rules: {}", 2, "needs 'files'"),
            ("overrides:\n  - files: [a]\n    rule: {}", 3, "unknown key 'rule' in an override; did you mean 'rules'?"),
            ("overrides:\n  - files: [a]\n    rules: {empty-answr: off}", 3, "unknown rule 'empty-answr'; did you mean 'empty-answer'?"),
            ("overrides:\n  - files: [a]\n    rules:\n      placeholder-answer: {min-template-count: 0}", 4, "must be at least 2"),
            ("rules:\n  core/unfinished-note: {style: x}", 2, "unknown option 'style' for rule 'core/unfinished-note'"),
        ]
        for (yaml, line, message) in cases {
            let error = self.error { _ = try Configuration.parse(yaml, file: "/tmp/.qalint.yml") }
            #expect(error?.file == "/tmp/.qalint.yml", "\(yaml)")
            #expect(error?.line == line, "\(yaml): \(String(describing: error))")
            #expect(error?.message.contains(message) == true, "\(yaml): \(String(describing: error))")
        }
    }

    @Test func effectiveConfigurationShowsRulesAndOverrides() throws {
        let configuration = try Configuration.parse("""
            rules:
              placeholder-answer: {min-template-count: 4}
            overrides:
              - files: ["drafts/"]
                rules: {empty-answer: off}
            """, file: "/repo/.qalint.yml")
        let text = ConfigurationDocuments.effectiveYAML(configuration)
        #expect(text.contains("  placeholder-answer: {severity: error, min-template-count: 4, min-template-words: 6,"))
        #expect(text.contains("  interview/short-answer: off"))
        #expect(text.contains("  - files: [\"drafts/\"]"))
        let forDraft = ConfigurationDocuments.effectiveYAML(configuration, for: "/repo/drafts/x.md")
        #expect(forDraft.contains("  empty-answer: off"))
        #expect(!forDraft.contains("overrides:"))
        // What `qalint config` prints is itself a valid configuration.
        let reparsed = try Configuration.parse(text.replacingOccurrences(of: "packs: []\n", with: ""), file: "/repo/.qalint.yml")
        #expect(reparsed.level(of: EmptyAnswerRule.description) == .on(.error))
    }

    @Test func structureOverridesTheInferredLayout() throws {
        let text = "# FAQ\n\n## Billing\n\n### Refund policy\n\nThirty days.\n\n### Invoices\n\nMonthly.\n\n* What is a seat?\n* What is a plan?\n"
        let inferred = try Linter().lint(sources: [("faq.md", text)])
        #expect(inferred.completeness.questions == 2, "the list of questions; the headings are statements")
        let configuration = try Configuration.parse("structure:\n  question-level: 3\n  section-level: 2\n  layouts: [heading]", file: "/x/.qalint.yml")
        let forced = try Linter(configuration: configuration).lint(sources: [("faq.md", text)])
        #expect(forced.files[0].questions.map(\.text) == ["Refund policy", "Invoices"])
        #expect(forced.files[0].sections.map(\.title) == ["Billing"])
        #expect(ConfigurationDocuments.effectiveYAML(configuration).contains("structure: {question-level: 3, section-level: 2, layouts: [\"heading\"]}"))
        let override = try Configuration.parse("overrides:\n  - files: [\"faq.md\"]\n    structure: {question-level: 3}", file: "/x/.qalint.yml")
        let overridden = try Linter(configuration: override, currentDirectory: "/x").lint(sources: [("faq.md", text)])
        #expect(overridden.files[0].questions.map(\.text) == ["Refund policy", "Invoices"], "the list now belongs to the Invoices answer")
        for (yaml, message) in [("structure: {question-level: 9}", "from 1 to 6"), ("structure: {layouts: [headings]}", "did you mean 'heading'?"),
                                ("structure: {level: 2}", "unknown key 'level' in 'structure'")] {
            #expect(throws: QALintError.self, "\(yaml)") { _ = try Configuration.parse(yaml, file: "c.yml") }
            do { _ = try Configuration.parse(yaml, file: "c.yml") } catch let error as QALintError { #expect(error.message.contains(message), "\(error)") }
        }
    }

    @Test func starterConfigurationIsValid() throws {
        let configuration = try Configuration.parse(ConfigurationDocuments.starter, file: ".qalint.yml")
        #expect(configuration.failOn == .error)
    }
}

@Suite struct GlobTests {
    @Test func patterns() {
        let cwd = "/repo"
        func matches(_ pattern: String, _ path: String, base: String = "/repo") -> Bool {
            Glob(pattern, base: base).matches(path, currentDirectory: cwd)
        }
        #expect(matches("*.md", "a.md"))
        #expect(matches("*.md", "deep/down/a.md"), "a name pattern matches at any depth")
        #expect(!matches("*.md", "a.markdown"))
        #expect(matches("docs/*.md", "docs/a.md"))
        #expect(!matches("docs/*.md", "docs/x/a.md"))
        #expect(matches("docs/**/*.md", "docs/a.md"))
        #expect(matches("docs/**/*.md", "docs/x/y/a.md"))
        #expect(matches("drafts/", "drafts/x/y.md"))
        #expect(!matches("drafts/", "other/drafts.md"))
        #expect(matches("faq-[0-9].md", "faq-3.md"))
        #expect(matches("a?.md", "ab.md"))
        #expect(matches("sub/*.md", "/repo/sub/x.md"), "absolute paths too")
        #expect(!matches("*.md", "../outside.md"), "files outside the configuration's folder never match")
        #expect(matches("x.md", "site/x.md", base: "/repo/site"))
    }
}
