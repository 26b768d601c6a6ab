import Foundation
import Testing
import TestSupport

/// `rules explain|test`, `config`, `config-schema`, `init`, and user packs, run as a user would.
@Suite struct ConfigurationCLITests {
    let cli = CLITests()

    static let favoritePack = """
        kind: existence
        description: Questions about personal favourites.
        rationale: Our interview guide asks about experience, not taste.
        scope: question
        tokens: [favorite, favourite]
        message: 'Question asks for a "{match}"; ask about experience instead.'
        severity: error
        examples:
          - fail: |
              ## Q: Which is your favorite editor? <!-- expect: mine/favorite -->

              Vim.
          - pass: |
              ## Q: Which editor have you used most?

              Vim.
        """

    @Test(.needsShared) func aUserPackFiresOnTheSeedWithoutSwift() throws {
        let seed = try #require(TestSupport.sharedFile("corpus/seed/backend-interview-questions.md"))
        let directory = try cli.workspace([".qalint.yml": "packs: [packs/mine]\n", "packs/mine/favorite.yml": Self.favoritePack])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["lint", seed.path, "--format", "json"], in: directory)
        #expect(result.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let mine = (report?["findings"] as? [[String: Any]] ?? []).filter { ($0["rule"] as? String) == "mine/favorite" }
        #expect(mine.map { $0["line"] as? Int } == [34, 40])
        let rules = try cli.qalint(["rules"], in: directory)
        #expect(rules.stdout.contains("mine/favorite"))
        let test = try cli.qalint(["rules", "test", "mine"], in: directory)
        #expect(test.status == 0)
        #expect(test.stdout == "rules: 2 passed, 0 failed\n")
    }

    @Test func aCatastrophicPatternIsAClearErrorNotAHang() throws {
        let pack = Self.favoritePack.replacingOccurrences(of: "tokens: [favorite, favourite]", with: "patterns: ['(a+)+$']")
        let directory = try cli.workspace([".qalint.yml": "packs: [slow]\n", "slow/pattern.yml": pack,
                                          "faq.md": "## Q: " + String(repeating: "a", count: 40) + "!?\n\nx\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["lint"], in: directory, timeout: 20)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("qalint: error: slow/pattern.yml:5: pattern '(a+)+$' repeats a group that itself repeats"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    /// Patterns the load-time check lets through but that backtrack for minutes are stopped
    /// after a second, with one line naming the rule, the file and the answer's line.
    @Test func runawayPatternsAreStoppedWithAnError() throws {
        for pattern in [".*.*.*.*.*.*=", "(?x)(a+) +$", "(a+)(?#c)+$", "((a)\\2?)+$"] {
            let pack = Self.favoritePack.replacingOccurrences(of: "scope: question", with: "scope: answer")
                .replacingOccurrences(of: "tokens: [favorite, favourite]", with: "patterns: ['\(pattern)']")
                .replacingOccurrences(of: "Which is your favorite editor? <!-- expect: mine/favorite -->\n\n              Vim.",
                                      with: "Which editor? <!-- expect: mine/favorite -->\n\n              Vim, which starts with a.")
            let answer = String(repeating: "a", count: 60) + "!"
            let directory = try cli.workspace([".qalint.yml": "packs: [slow]\n", "slow/pattern.yml": pack,
                                              "faq.md": "# FAQ\n\n## Q: What?\n\n" + answer + "\n"])
            defer { try? FileManager.default.removeItem(at: directory) }
            let start = Date()
            let result = try cli.qalint(["lint", "faq.md"], in: directory, timeout: 60)
            #expect(Date().timeIntervalSince(start) < 30, "\(pattern)")
            #expect(result.status == 2, "\(pattern): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("qalint: error: faq.md:3: pack rule 'slow/pattern': pattern"), "\(pattern): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    /// A pattern just under a text's limit, on hundreds of texts, must not add up to a hang:
    /// what one rule spends on one document is bounded too.
    @Test func manySlowSearchesAddUpToAnError() throws {
        let pack = Self.favoritePack.replacingOccurrences(of: "scope: question", with: "scope: answer")
            .replacingOccurrences(of: "tokens: [favorite, favourite]", with: "patterns: ['(a?){18}a{18}']")
        let answers = (0..<300).map { "## Q: Question \($0)?\n\naaaaaaaaaaaaaaaaaa b\($0)\n" }.joined(separator: "\n")
        let directory = try cli.workspace([".qalint.yml": "packs: [slow]\n", "slow/pattern.yml": pack, "faq.md": answers])
        defer { try? FileManager.default.removeItem(at: directory) }
        let start = Date()
        let result = try cli.qalint(["lint", "faq.md"], in: directory, timeout: 120)
        #expect(Date().timeIntervalSince(start) < 60)
        #expect(result.status == 2 && result.stderr.contains("pack rule 'slow/pattern': pattern '(a?){18}a{18}'"), "\(result.status) \(result.stderr)")
    }

    @Test func rulesTestReportsABrokenExample() throws {
        let broken = Self.favoritePack.replacingOccurrences(of: "Which editor have you used most?", with: "What is your favourite editor?")
        let directory = try cli.workspace([".qalint.yml": "packs: [mine]\n", "mine/favorite.yml": broken])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["rules", "test", "mine/favorite"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL mine/favorite: passing example 'Example 2': expected no finding, got lines [1]"))
        #expect(result.stdout.hasSuffix("rules: 1 passed, 1 failed\n"))
    }

    @Test func builtinRulesAllPassTheirExamples() throws {
        let result = try cli.qalint(["rules", "test"], in: TestSupport.packageRoot)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func rulesExplain() throws {
        let result = try cli.qalint(["rules", "explain", "placeholder-answer"], in: TestSupport.packageRoot)
        #expect(result.status == 0)
        for part in ["placeholder-answer (default severity: error)", "Why: ", "min-template-count (integer ≥ 2, default 3)",
                     "Reported: A phrase that is the whole answer", "Not reported: ", "    ## Q: What is REST?"] {
            #expect(result.stdout.contains(part), "\(part)")
        }
        #expect(!result.stdout.contains("expect:"), "expectation markers are not shown")
        let unknown = try cli.qalint(["rules", "explain", "placeholder-answers"], in: TestSupport.packageRoot)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'placeholder-answer'?"))
    }

    @Test func initWritesAStarterAndNeverOverwrites() throws {
        let directory = try cli.workspace(["faq.md": "## Q: What?\n\nThis.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try cli.qalint(["init"], in: directory)
        #expect(first.status == 0)
        let config = directory.appendingPathComponent(".qalint.yml")
        let written = try TestSupport.read(config)
        #expect(written.contains("fail-on: error"))
        try (written + "# edited\n").write(to: config, atomically: true, encoding: .utf8)
        let second = try cli.qalint(["init"], in: directory)
        #expect(second.status == 2)
        #expect(second.stderr == "qalint: error: .qalint.yml: already exists; qalint init never overwrites a configuration\n")
        #expect(try TestSupport.read(config).hasSuffix("# edited\n"))
        #expect(try cli.qalint(["lint"], in: directory).status == 0, "the starter configuration lints")
    }

    @Test func configPrintsTheEffectiveSettings() throws {
        let directory = try cli.workspace([
            "base.yml": "rules:\n  empty-section: off\n",
            ".qalint.yml": "extends: base.yml\noverrides:\n  - files: [\"drafts/\"]\n    rules: {placeholder-answer: info}\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let all = try cli.qalint(["config"], in: directory)
        #expect(all.status == 0)
        #expect(all.stdout.hasPrefix("# Effective qalint configuration from .qalint.yml, extending base.yml\n"))
        #expect(all.stdout.contains("  empty-section: off\n"))
        #expect(all.stdout.contains("overrides:\n  - files: [\"drafts/\"]"))
        let draft = try cli.qalint(["config", "drafts/x.md"], in: directory)
        #expect(draft.stdout.contains("  placeholder-answer: {severity: info,"))
        let schema = try cli.qalint(["config-schema"], in: directory)
        let object = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func failOnFromTheConfiguration() throws {
        let directory = try cli.workspace([".qalint.yml": "fail-on: never\n", "faq.md": "## Q: What?\n\nTODO\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["lint"], in: directory).status == 0)
        #expect(try cli.qalint(["lint", "--fail-on", "error"], in: directory).status == 1, "the flag wins")
    }
}
