import Foundation
import Testing
import TestSupport

/// Runs the built `qalint` binary as a user would: exit codes, standard output and error,
/// files written.
@Suite struct CLITests {
    /// The binary sits beside the test bundle in the build folder.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["QALINT_BINARY"] { return path }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("qalint").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return TestSupport.packageRoot.appendingPathComponent(".build/debug/qalint").path
    }()

    static let sample = """
        # FAQ

        ## General

        ### Q: What is qalint?

        A linter for question-and-answer documents.

        ### Q: Is it finished?

        TODO
        """

    static let clean = "# FAQ\n\n## General\n\n### Q: What is qalint?\n\nA linter for Q&A documents.\n"

    func workspace(_ files: [String: String]) throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        for (path, text) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    func qalint(_ arguments: [String], in directory: URL, timeout: TimeInterval = 120) throws -> (status: Int32, stdout: String, stderr: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try TestSupport.run(Self.binary, arguments, in: directory, environment: environment, timeout: timeout)
    }

    @Test func findingsExitOneAndPrintTextLines() throws {
        let directory = try workspace(["docs/faq.md": Self.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try qalint(["lint"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("docs/faq.md:9:1: error: Answer to \"Is it finished?\" is a placeholder: it is only \"TODO\". [placeholder-answer]\n"))
        #expect(result.stdout.contains("2 questions in 1 file: 1 answered (50%), 1 placeholder, 0 empty. 1 error, 0 warnings, 0 infos"))
        #expect(result.stderr.isEmpty)
    }

    @Test func cleanDocumentExitsZero() throws {
        let directory = try workspace(["faq.md": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try qalint(["lint", "faq.md"], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 question in 1 file: 1 answered"), "not \"1 questions\": \(result.stdout)")
        let inspect = try qalint(["inspect", "faq.md"], in: directory)
        #expect(inspect.stdout.contains("\n1 question, 1 section\n"), "\(inspect.stdout)")
    }

    @Test func inspectSaysWhyEachQuestionIsOneAndWhatWasSkipped() throws {
        let document = """
            # FAQ

            - [Is it fast?](#is-it-fast)
            - [Build fails](#build-fails)

            ## Is it fast?

            Yes.

            ## Build fails

            Update.

            ## How do I start?

            Run it.
            """
        let directory = try workspace(["faq.md": document])
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try qalint(["inspect", "faq.md"], in: directory).stdout
        #expect(text.contains("Is it fast?  ← asks: ends with a question mark\n"), "\(text)")
        #expect(text.contains("Build fails  ← an entry under an FAQ title\n"), "\(text)")
        #expect(text.contains("\nnot read as questions (line, what, why):\n  L3     table of contents  a list of links to this document's own headings\n"), "\(text)")
        let json = try qalint(["inspect", "faq.md", "--format", "json"], in: directory).stdout
        #expect(json.contains("\"why\" : \"an entry under an FAQ title\""), "\(json)")
        #expect(json.contains("\"what\" : \"table of contents\""), "\(json)")
    }

    @Test func failOnThresholds() throws {
        let directory = try workspace(["faq.md": Self.sample, ".qalint.yml": "rules:\n  placeholder-answer: warning\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try qalint(["lint"], in: directory).status == 0)
        #expect(try qalint(["lint", "--fail-on", "warning"], in: directory).status == 1)
        #expect(try qalint(["lint", "--fail-on", "never"], in: directory).status == 0)
    }

    @Test func usageConfigurationAndInputErrorsExitTwoWithOneLine() throws {
        let directory = try workspace(["faq.md": Self.sample, "bad/.qalint.yml": "rules:\n  no-such-rule: off\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try qalint(["lint", "missing.md"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr == "qalint: error: missing.md: no such file or directory\n")
        #expect(missing.stdout.isEmpty)

        let badFormat = try qalint(["lint", "--format", "xml"], in: directory)
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))

        let badConfig = try qalint(["lint", "--config", "bad/.qalint.yml", "faq.md"], in: directory)
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr == "qalint: error: bad/.qalint.yml:2: unknown rule 'no-such-rule'\n")

        let nested = try qalint(["lint", "../faq.md"], in: directory.appendingPathComponent("bad"))
        #expect(nested.status == 2, "the discovered .qalint.yml is used")

        let badUTF8 = directory.appendingPathComponent("latin1.md")
        try Data("# Caf".utf8 + [0xE9] + "\n".utf8).write(to: badUTF8)
        let decoding = try qalint(["lint", "latin1.md"], in: directory)
        #expect(decoding.status == 2)
        #expect(decoding.stderr == "qalint: error: latin1.md:1:6: the file is not valid UTF-8 text (save it as UTF-8)\n")
    }

    @Test func outputIsWrittenToAFileAndNotToStdout() throws {
        let directory = try workspace(["faq.md": Self.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try qalint(["lint", "--format", "json", "--output", "reports/qalint.json", "faq.md"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: directory.appendingPathComponent("reports/qalint.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((object?["summary"] as? [String: Any])?["placeholder"] as? Int == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("reports").path)
        #expect(leftovers == ["qalint.json"], "no temporary file is left behind")
    }

    @Test func severalReportsInOneRun() throws {
        let directory = try workspace(["docs/faq.md": Self.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try qalint(["lint", "--format", "text", "--format", "junit=reports/qalint.xml",
                                 "--format", "sarif=reports/qalint.sarif", "--format", "gitlab=reports/gl-code-quality.json",
                                 "--format", "checkstyle=reports/checkstyle.xml", "--format", "json=reports/qalint.json"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("docs/faq.md:9:1: error:"), "text goes to stdout")
        let reports = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("reports").path).sorted()
        #expect(reports == ["checkstyle.xml", "gl-code-quality.json", "qalint.json", "qalint.sarif", "qalint.xml"])
        let sarif = try TestSupport.read(directory.appendingPathComponent("reports/qalint.sarif"))
        #expect(sarif.contains("\"uri\" : \"docs/faq.md\""))
    }

    @Test func reportDestinationErrors() throws {
        let directory = try workspace(["faq.md": Self.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let twoStdout = try qalint(["lint", "--format", "text", "--format", "json"], in: directory)
        #expect(twoStdout.status == 2)
        #expect(twoStdout.stderr.contains("at most one report can go to standard output"))
        let outputUnused = try qalint(["lint", "--format", "json=a.json", "--output", "b.json"], in: directory)
        #expect(outputUnused.status == 2)
        let sameFile = try qalint(["lint", "--format", "json=a.json", "--format", "sarif=a.json"], in: directory)
        #expect(sameFile.status == 2)
        #expect(sameFile.stderr.contains("two reports would be written to a.json"))
        let unknown = try qalint(["lint", "--format", "html=a.html"], in: directory)
        #expect(unknown.status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("a.json").path), "nothing written on a usage error")
    }

    @Test func githubFormatAppendsTheStepSummary() throws {
        let directory = try workspace(["faq.md": Self.sample, "summary.md": "# Earlier step\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_STEP_SUMMARY"] = directory.appendingPathComponent("summary.md").path
        let result = try TestSupport.run(Self.binary, ["lint", "faq.md", "--format", "github"], in: directory, environment: environment)
        #expect(result.status == 1)
        #expect(result.stdout == "::error file=faq.md,line=9,col=1,endLine=9,title=qalint placeholder-answer::Answer to \"Is it finished?\" is a placeholder: it is only \"TODO\".\n")
        let summary = try TestSupport.read(directory.appendingPathComponent("summary.md"))
        #expect(summary.hasPrefix("# Earlier step\n## qalint\n"))
        #expect(summary.contains("| faq.md | 2 | 1 | 1 | 0 | 50% |"))
    }

    @Test func inputFilesAreNeverModified() throws {
        let directory = try workspace(["faq.md": Self.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try qalint(["lint", "--format", "junit", "--output", "out.xml"], in: directory)
        #expect(try TestSupport.read(directory.appendingPathComponent("faq.md")) == Self.sample)
    }

    @Test func reportsAreByteIdenticalAcrossRuns() throws {
        let directory = try workspace(["a.md": Self.sample, "b/c.md": Self.sample, "d.md": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["text", "json", "junit"] {
            let first = try qalint(["lint", "--format", format], in: directory)
            let second = try qalint(["lint", "--format", format], in: directory)
            #expect(first.stdout == second.stdout, "\(format)")
            #expect(first.stdout.contains("b/c.md"), "\(format)")
        }
    }

    @Test func rulesCommandListsEveryRule() throws {
        let result = try qalint(["rules"], in: TestSupport.packageRoot)
        #expect(result.status == 0)
        for rule in ["placeholder-answer", "empty-answer", "duplicate-question", "missing-section", "empty-section", "answer-marker-style"] {
            #expect(result.stdout.contains(rule), "\(rule)")
        }
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("placeholder-answer ") }
        #expect(line?.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == "error")
        #expect(result.stdout.contains("interview/short-answer") && result.stdout.contains("core/unfinished-note"))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try qalint(["--help"], in: TestSupport.packageRoot)
        #expect(help.status == 0)
        #expect(help.stdout.contains("lint"))
        let version = try qalint(["--version"], in: TestSupport.packageRoot)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }

    @Test(.needsShared) func seedDocumentEndToEnd() throws {
        guard let seed = TestSupport.sharedFile("corpus/seed/backend-interview-questions.md") else { return }
        let directory = try workspace([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try qalint(["lint", seed.path, "--format", "json"], in: directory)
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["questions"] as? Int == 71)
        #expect(summary["answered"] as? Int == 2)
        #expect(summary["placeholder"] as? Int == 69)
        #expect(summary["answeredPercent"] as? Double == 2.8)
        #expect(summary["errors"] as? Int == 69)
        #expect(summary["warnings"] as? Int == 1)
        let sections = ((object?["files"] as? [[String: Any]])?.first?["sections"] as? [[String: Any]]) ?? []
        #expect(sections.map { $0["questions"] as? Int } == [18, 40, 13])
    }
}
