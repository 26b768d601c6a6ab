import Foundation
import Testing
import TestSupport

/// Inputs built to hang or crash a linter: each is read in bounded time and memory, and a
/// run goes on. The inputs are generated; each one took 0.1 minutes or crashed it. The
/// limits are generous (these are not benchmarks): a regression to quadratic time or to
/// recursion on depth blows far past them.
@Suite struct HostileInputCLITests {
    let cli = CLITests()
    static let limit: TimeInterval = 90

    private func lint(_ files: [String: String], _ arguments: [String] = [], environment: [String: String] = [:])
        throws -> (status: Int32, stdout: String, stderr: String) {
        let directory = try cli.workspace(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        variables.merge(environment) { $1 }
        return try TestSupport.run(CLITests.binary, ["lint", "--fail-on", "never"] + files.keys.sorted() + arguments,
                                   in: directory, environment: variables, timeout: Self.limit)
    }

    /// 300,000 nested quotes, 300,000 nested list markers, 200,000 emphasis markers around
    /// a word, 5,000 lists nested by indentation: each overflowed the stack (signal 11).
    @Test func deepNestingIsReadNotACrash() throws {
        let run = try lint([
            "quotes.md": String(repeating: "> ", count: 300_000) + "What is this?\n",
            "lists.md": String(repeating: "- ", count: 300_000) + "What?\n",
            "emphasis.md": "## Q: What?\n\n" + String(repeating: "*", count: 200_000) + "word" + String(repeating: "*", count: 200_000) + "\n",
            "indented.md": (0..<5_000).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(),
        ])
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        for file in ["quotes.md:1:1", "lists.md:1:1", "emphasis.md:3:1", "indented.md:"] {
            #expect(run.stdout.contains(file) && run.stdout.contains("Markup nests deeper than 48 levels"), "\(file): \(run.stdout)")
        }
    }

    /// 8,000 unclosed `<details>` (0.1: 102 s for 4,000, growing with the square), and as
    /// many unclosed summaries.
    @Test func unclosedDetailsAreLinear() throws {
        let run = try lint(["details.md": String(repeating: "<details><summary>Question?</summary>\n\n", count: 8_000),
                            "summaries.md": String(repeating: "<details><summary>\n\nQuestion?\n\n", count: 8_000)])
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        #expect(run.stdout.contains("questions in 2 files"))
    }

    /// 10,000 questions whose answers differ by one word, and 20,000 suppression comments
    /// (0.1, built for release: 35 s and 45 s; for debug, as tests build it, minutes).
    @Test func templatedAnswersAndManySuppressionsAreNotQuadratic() throws {
        let templated = (0..<10_000).map { "## Q: What is tool\($0)?\n\ntool\($0) is a tool that helps you with many things in your daily work and it is widely used by teams everywhere.\n" }
        let suppressed = (0..<20_000).map { "<!-- qalint-disable-next-line placeholder-answer -- reason \($0) -->\n## Q: Question \($0)?\n\nA real answer for \($0).\n" }
        let run = try lint(["templated.md": templated.joined(separator: "\n"), "suppressed.md": suppressed.joined(separator: "\n")])
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        #expect(run.stdout.contains("30000 questions in 2 files"))
        #expect(run.stdout.contains("[unused-suppression]"))
    }

    /// libcmark before 0.30.3 is quadratic on `![[]()` (CVE-2023-22486: 600 KB took 53 s).
    /// A parse is given up at the time limit, the file reported, the run goes on.
    @Test func aParseThatRunsLongIsGivenUp() throws {
        let start = Date()
        let run = try lint(["slow.md": String(repeating: "![[]()", count: 100_000), "fine.md": "## Q: What?\n\nTODO\n"],
                           environment: ["QALINT_PARSE_TIME_LIMIT": "1"])
        #expect(Date().timeIntervalSince(start) < Self.limit)
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        #expect(run.stdout.contains("fine.md:1:1: error: Answer to \"What?\" is a placeholder"), "the other file is checked")
        // Only a parser that is slow on it hits the limit (the system's libcmark may be fixed).
        if run.stdout.contains("slow.md:1:1: error: The document could not be parsed within 1 s") {
            #expect(run.stdout.contains("[reading-limit]"))
        }
    }

    /// 50,000 `qalint-disable` comments, each open to the end of the file: every finding
    /// and every audit looked at all of them (over a minute).
    @Test func manyOpenDisablesAreNotQuadratic() throws {
        let run = try lint(["open.md": String(repeating: "<!-- qalint-disable placeholder-answer -->\n", count: 50_000) + "## Q: What?\n\nTODO\n"])
        #expect(run.status == 0, "\(run.status) \(run.stderr)")
        #expect(run.stdout.contains("1 suppressed") && run.stdout.contains("49999 infos"), "\(run.stdout.suffix(300))")
    }

    /// Configuration files that extend each other eight times over, seven levels deep (a
    /// diamond read again on every path: over a minute), and include patterns of ten `**/`
    /// against a deep folder (exponential matching).
    @Test func configurationDiamondsAndGlobsAreLinear() throws {
        var files = ["a.md": "## Q: What?\n\nTODO\n", "x7.yml": "fail-on: never\n"]
        for level in 0..<7 {
            files["x\(level).yml"] = "extends: [" + Array(repeating: "x\(level + 1).yml", count: 8).joined(separator: ", ") + "]\n"
        }
        let deep = (0..<40).map { _ in "a" }.joined(separator: "/")
        files[deep + "/b.md"] = "## Q: Why?\n\nTBD\n"
        files["globs.yml"] = "include: [\"" + String(repeating: "**/", count: 10) + "*.mdx\"]\nfail-on: never\n"
        let diamond = try lint(files, ["--config", "x0.yml"])
        #expect(diamond.status == 0, "\(diamond.status) \(diamond.stderr)")
        let directory = try cli.workspace(files)
        defer { try? FileManager.default.removeItem(at: directory) }
        let globs = try TestSupport.run(CLITests.binary, ["lint", ".", "--config", "globs.yml"], in: directory, timeout: Self.limit)
        #expect(globs.stderr.contains("no Markdown files found"), "\(globs.status) \(globs.stderr)")
    }
}

