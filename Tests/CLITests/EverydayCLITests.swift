import Foundation
import Testing
import TestSupport

/// The everyday command line: standard input, quiet and summary-less reports, per-rule
/// statistics, rules selected on the command line, suggestions for typos, FORCE_COLOR.
@Suite struct EverydayCLITests {
    let cli = CLITests()

    @Test func standardInputGivesTheFindingsOfTheFileItStandsFor() throws {
        let directory = try cli.workspace([
            "docs/.qalint.yml": "rules:\n  empty-answer: warning\n",
            "docs/doc.md": "# FAQ\n\n## Q: Is it done?\n\nTODO\n\n## Q: Is it empty?\n\n## Q: Is it fine?\n\nYes.\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try cli.qalint(["lint", "docs/doc.md", "--format", "json"], in: directory)
        let piped = try TestSupport.run("/bin/sh", ["-c", "cat docs/doc.md | '\(CLITests.binary)' lint - --stdin-filename docs/doc.md --format json"],
                                        in: directory, environment: ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
        #expect(file.status == 1)
        #expect(piped.status == file.status)
        #expect(piped.stdout == file.stdout, "the nearest configuration (empty-answer: warning) applies to standard input too")
        #expect(file.stdout.contains("\"severity\" : \"warning\""))

        // Without a name it is <stdin>; - with other paths, or a name without -, is a usage error.
        let unnamed = try TestSupport.run("/bin/sh", ["-c", "'\(CLITests.binary)' lint - < docs/doc.md"], in: directory, environment: ["NO_COLOR": "1"])
        #expect(unnamed.stdout.hasPrefix("<stdin>:3:1: error: Answer to \"Is it done?\""), "\(unnamed.stdout)")
        let mixed = try cli.qalint(["lint", "-", "docs/doc.md"], in: directory)
        #expect(mixed.status == 2)
        #expect(mixed.stderr == "qalint: error: - (standard input) is the only path of a run that reads it\n")
        let named = try cli.qalint(["lint", "docs", "--stdin-filename", "x.md"], in: directory)
        #expect(named.status == 2)
        #expect(named.stderr.split(separator: "\n").count == 1)
    }

    @Test func quietNoSummaryAndStatisticsShapeTheTextReport() throws {
        let directory = try cli.workspace(["faq.md": CLITests.sample, "b.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let findings = "b.md:9:1: error: Answer to \"Is it finished?\" is a placeholder: it is only \"TODO\". [placeholder-answer]\n"
            + "faq.md:9:1: error: Answer to \"Is it finished?\" is a placeholder: it is only \"TODO\". [placeholder-answer]\n"
        let plain = try cli.qalint(["lint", "--ignore", "duplicate-question"], in: directory)
        #expect(plain.stdout.hasPrefix(findings))
        #expect(plain.stdout.count > findings.count)
        let noSummary = try cli.qalint(["lint", "--no-summary", "--ignore", "duplicate-question"], in: directory)
        #expect(noSummary.stdout == findings)
        #expect(noSummary.status == 1)
        let statistics = try cli.qalint(["lint", "--no-summary", "--statistics", "--ignore", "duplicate-question"], in: directory)
        #expect(statistics.stdout == findings + "\n2  error    placeholder-answer\n")

        // --quiet: no notes either (an empty folder says nothing).
        let empty = try cli.workspace([:])
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(try cli.qalint(["lint"], in: empty).stderr.contains("no Markdown files found"))
        let quiet = try cli.qalint(["lint", "-q"], in: empty)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout.isEmpty)
    }

    @Test func selectAndIgnoreNameRulesOnTheCommandLine() throws {
        let document = "# FAQ\n\n## Q: Is it done?\n\nTODO\n\n## Q: Is it empty?\n\n## Q: Is it done?\n\nYes.\n"
        let directory = try cli.workspace(["faq.md": document, ".qalint.yml": "rules:\n  empty-answer: off\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        func rules(_ arguments: [String]) throws -> [String] {
            let result = try cli.qalint(["lint", "--no-summary"] + arguments, in: directory)
            return result.stdout.split(separator: "\n").compactMap { line in
                line.range(of: "[", options: .backwards).map { String(line[$0.upperBound...].dropLast()) }
            }.sorted()
        }
        #expect(try rules([]) == ["duplicate-question", "placeholder-answer"])
        #expect(try rules(["--select", "placeholder-answer"]) == ["placeholder-answer"])
        // A rule the configuration turns off runs when selected.
        #expect(try rules(["--select", "empty-answer,duplicate-question"]) == ["duplicate-question", "empty-answer"])
        #expect(try rules(["--ignore", "placeholder-answer", "--ignore", "duplicate-question"]) == [])
        let typo = try cli.qalint(["lint", "--select", "placholder-answer"], in: directory)
        #expect(typo.status == 2)
        #expect(typo.stderr == "qalint: error: --select: unknown rule 'placholder-answer'; did you mean 'placeholder-answer'?\n")
    }

    @Test func aMistypedCommandIsSaidInOneLineWithTheNearestName() throws {
        let directory = try cli.workspace(["faq.md": CLITests.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        let typo = try cli.qalint(["lnt"], in: directory)
        #expect(typo.status == 2)
        #expect(typo.stderr == "qalint: error: lnt: no such command, file or directory; did you mean 'qalint lint'?\n")
        // A file of that name is linted, as `qalint PATH` always was.
        let file = try cli.workspace(["lnt": CLITests.clean])
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try cli.qalint(["lnt"], in: file).status == 0)
        for arguments in [["lint", "--format", "jsn"], ["lint", "--bogus"], ["report", "--min-completeness", "x"]] {
            let result = try cli.qalint(arguments, in: directory)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
    }

    @Test func forceColorColoursThroughAPipeAndNoColorWins() throws {
        let directory = try cli.workspace(["faq.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        func run(_ environment: [String: String]) throws -> String {
            var base = ProcessInfo.processInfo.environment
            base["NO_COLOR"] = nil
            base["FORCE_COLOR"] = nil
            base.merge(environment) { $1 }
            return try TestSupport.run(CLITests.binary, ["lint", "--no-summary"], in: directory, environment: base).stdout
        }
        #expect(try run([:]).contains("\u{1B}[") == false)
        #expect(try run(["FORCE_COLOR": "1"]).contains("\u{1B}[31merror"))
        #expect(try run(["FORCE_COLOR": "0"]).contains("\u{1B}[") == false)
        #expect(try run(["NO_COLOR": "1"]).contains("\u{1B}[") == false)
        #expect(try run(["FORCE_COLOR": "1", "NO_COLOR": "1"]).contains("\u{1B}[31merror"), "FORCE_COLOR is the stronger ask")
    }

    @Test(.enabled(if: TestSupport.which("git") != nil)) func folderSearchesLeaveOutWhatGitIgnores() throws {
        let document = "# FAQ\n\n## Q: Is it done?\n\nTODO\n"
        let directory = try cli.workspace([".gitignore": "build/\nsecret.md\n", "build/x.md": document, "secret.md": document.replacingOccurrences(of: "it", with: "this"),
                                          "docs/a.md": document.replacingOccurrences(of: "it", with: "that")])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try TestSupport.run("/usr/bin/env", ["git", "init", "-q"], in: directory)
        func files(_ arguments: [String], in folder: URL? = nil) throws -> [String] {
            let result = try cli.qalint(["lint", "--no-summary"] + arguments, in: folder ?? directory)
            return Set(result.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" }) }).sorted()
        }
        #expect(try files([]) == ["docs/a.md"])
        #expect(try files(["--no-ignore"]) == ["build/x.md", "docs/a.md", "secret.md"])
        #expect(try files(["secret.md"]) == ["secret.md"], "a file named on the command line is linted")
        #expect(try files([".."], in: directory.appendingPathComponent("docs")) == ["../docs/a.md"])
    }

    @Test func githubSaysWhenFindingsExceedTheAnnotationLimit() throws {
        let questions = (1...12).map { "## Q: Is step \($0) done?\n\nTODO\n" }.joined(separator: "\n")
        let directory = try cli.workspace(["faq.md": "# FAQ\n\n" + questions])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try cli.qalint(["lint", "--format", "github"], in: directory)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 12)
        #expect(lines.last == "qalint: GitHub annotates the first 10 findings of each kind per step: 2 of 12 errors are not annotated. Every finding is listed in this log above, and in the SARIF or JSON report when the step writes one (--format sarif=FILE).")
    }
}
