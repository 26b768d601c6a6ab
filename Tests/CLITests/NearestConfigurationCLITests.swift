import Foundation
import Testing
import TestSupport

/// Each file takes the nearest `.qalint.yml` above it, over the ones above that (up to
/// `root: true`); `--config` names one for every file; the README's first example is what
/// `qalint lint Examples/` prints.
@Suite struct NearestConfigurationCLITests {
    let cli = CLITests()

    /// A document whose questions are its own (`tag`), so that no file duplicates another.
    static func faq(_ tag: String) -> String {
        "# FAQ\n\n## Q: Is \(tag) done?\n\nTODO\n\n## Q: Is \(tag) empty?\n\n## Q: Is \(tag) fine?\n\nYes, it is.\n"
    }

    func rules(_ stdout: String, in path: String) -> [String] {
        stdout.split(separator: "\n").filter { $0.hasPrefix(path + ":") }.compactMap { line in
            line.range(of: "[", options: .backwards).map { String(line[$0.upperBound...].dropLast()) }
        }.sorted()
    }

    @Test func eachFileTakesItsNearestConfigurationOverTheOnesAbove() throws {
        let directory = try cli.workspace([
            ".qalint.yml": "rules:\n  empty-answer: off\n",
            "faq.md": Self.faq("t1"),
            "team/.qalint.yml": "rules:\n  placeholder-answer: warning\n",
            "team/faq.md": Self.faq("t2"),
            "other/.qalint.yml": "root: true\nrules:\n  placeholder-answer: off\n",
            "other/faq.md": Self.faq("t3"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["lint", "."], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(rules(result.stdout, in: "faq.md") == ["placeholder-answer"])
        // team/ keeps the parent's `empty-answer: off` and makes placeholders warnings.
        #expect(rules(result.stdout, in: "team/faq.md") == ["placeholder-answer"])
        #expect(result.stdout.contains("team/faq.md:3:1: warning: Answer to \"Is t2 done?\""))
        // other/ is a root: the parent's setting does not reach it.
        #expect(rules(result.stdout, in: "other/faq.md") == ["empty-answer"])

        // Linted from inside a folder, or named file by file, the same configuration applies.
        let inside = try cli.qalint(["lint", "faq.md"], in: directory.appendingPathComponent("other"))
        #expect(rules(inside.stdout, in: "faq.md") == ["empty-answer"])
        let named = try cli.qalint(["lint", "other/faq.md", "team/faq.md"], in: directory)
        #expect(rules(named.stdout, in: "other/faq.md") == ["empty-answer"])
        #expect(rules(named.stdout, in: "team/faq.md") == ["placeholder-answer"])

        // `qalint config FILE` shows the configuration nearest to FILE, with what it builds on.
        let shown = try cli.qalint(["config", "team/faq.md"], in: directory)
        #expect(shown.stdout.hasPrefix("# Effective qalint configuration from team/.qalint.yml, extending .qalint.yml, for team/faq.md\n"), "\(shown.stdout)")

        // --config applies to every file, whatever lies beside it.
        let explicit = try cli.qalint(["lint", ".", "--config", "other/.qalint.yml"], in: directory)
        for path in ["faq.md", "team/faq.md", "other/faq.md"] {
            #expect(rules(explicit.stdout, in: path) == ["empty-answer"], "\(path): \(explicit.stdout)")
        }
    }

    @Test func aNestedConfigurationsExcludeAndErrorsApplyToItsFolder() throws {
        let directory = try cli.workspace([
            "faq.md": Self.faq("t4"),
            "docs/.qalint.yml": "exclude: [drafts/]\n",
            "docs/drafts/new.md": Self.faq("t5"),
            "docs/faq.md": Self.faq("t6"),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["lint"], in: directory)
        #expect(result.stdout.contains("docs/faq.md:"))
        #expect(!result.stdout.contains("docs/drafts/new.md"), "\(result.stdout)")
        #expect(result.stdout.contains("\nfaq.md:"))

        try "rules:\n  no-such-rule: off\n".write(to: directory.appendingPathComponent("docs/.qalint.yml"), atomically: true, encoding: .utf8)
        let broken = try cli.qalint(["lint"], in: directory)
        #expect(broken.status == 2)
        #expect(broken.stderr == "qalint: error: docs/.qalint.yml:2: unknown rule 'no-such-rule'\n", "\(broken.stderr)")
    }

    /// The README opens with `qalint lint Examples/` and what it prints; run from the
    /// repository root, it prints exactly that (standard output, then standard error).
    @Test func theReadmesFirstExampleIsWhatItPrints() throws {
        let root = TestSupport.packageRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ qalint lint Examples/\n"
        let start = try #require(readme.range(of: "```\n" + command))
        let end = try #require(readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound]) + "\n"
        let result = try cli.qalint(["lint", "Examples/"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout + result.stderr == shown)
    }
}
