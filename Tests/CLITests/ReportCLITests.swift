import Foundation
import Testing
import TestSupport

/// `qalint report`: every format on the seed, the badge, gates, and the change since a run.
@Suite struct ReportCLITests {
    let cli = CLITests()

    @Test(.needsShared) func seedInEveryFormat() throws {
        let seed = try #require(TestSupport.sharedFile("corpus/seed/backend-interview-questions.md"))
        let directory = try cli.workspace(["faq.md": try TestSupport.read(seed)])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try cli.qalint(["report", "faq.md", "--format", "text", "--format", "markdown=r/report.md", "--format", "json=r/report.json",
                                  "--format", "html=r/report.html", "--format", "badge=r/badge.svg"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("faq.md                                        71         2           69      0        2.8%"))
        let markdown = try TestSupport.read(directory.appendingPathComponent("r/report.md"))
        #expect(markdown.contains("| **faq.md** | 71 | 2 | 69 | 0 | 2.8% |"))
        for (section, count) in [("General Backend Developer Questions", 18), ("Technical Definitions \\& Knowledge", 40), ("Processes \\& Situations", 13)] {
            #expect(markdown.contains("\(section) | \(count) |"), "\(section)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("r/report.json"))) as? [String: Any]
        let total = json?["total"] as? [String: Any]
        #expect(total?["questions"] as? Int == 71 && total?["answered"] as? Int == 2 && total?["placeholder"] as? Int == 69)
        #expect(total?["answeredPercent"] as? Double == 2.8)
        let sections = ((json?["documents"] as? [[String: Any]])?.first?["sections"] as? [[String: Any]]) ?? []
        #expect(sections.compactMap { ($0["counts"] as? [String: Any])?["questions"] as? Int } == [18, 40, 13])
        let html = try TestSupport.read(directory.appendingPathComponent("r/report.html"))
        #expect(html.contains("<span class=\"pct\">2.8%</span> <span>answered: 2 of 71 questions") && html.contains("Unanswered questions (69)"))
        #expect(html.contains("<a href=\"../faq.md#L28\">Which backend developer skills"), "questions link to their line, relative to the page")
        #expect(!html.contains("http://") && !html.contains("https://"), "self-contained: nothing loaded from the network")
        let badge = directory.appendingPathComponent("r/badge.svg")
        #expect(try TestSupport.read(badge).contains(">2.8%</text>"))
        if let wellFormed = try TestSupport.xmlWellFormed(badge) { #expect(wellFormed.ok, "\(wellFormed.output)") }
        if let parsed = try TestSupport.htmlParses(directory.appendingPathComponent("r/report.html")) { #expect(parsed.ok, "\(parsed.output)") }
    }

    static let before = """
        # FAQ

        ## General

        ### Q: What is REST?

        TODO

        ### Q: What is gRPC?

        TBD

        ### Q: What is SOAP?

        An XML messaging protocol used by older enterprise services.
        """

    @Test func changeSinceAnEarlierRun() throws {
        let directory = try cli.workspace(["faq.md": Self.before])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["report", "faq.md", "--format", "json=before.json"], in: directory).status == 0)
        // Answer both placeholders and add a new one.
        let after = Self.before.replacingOccurrences(of: "TODO", with: "An architectural style for networked applications.")
            .replacingOccurrences(of: "TBD", with: "A remote procedure call framework over HTTP/2.")
            + "\n\n### Q: What is GraphQL?\n\nTBD\n"
        try after.write(to: directory.appendingPathComponent("faq.md"), atomically: true, encoding: .utf8)
        let compared = try cli.qalint(["report", "faq.md", "--compare", "before.json", "--format", "json"], in: directory)
        let change = ((try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])?["change"] as? [String: Any])?["total"] as? [String: Any]
        #expect(change?["newlyAnswered"] as? Int == 2)
        #expect(change?["newlyPlaceholder"] as? Int == 1)
        #expect(change?["added"] as? Int == 1)
        #expect(change?["answeredPercentBefore"] as? Double == 33.3)
        #expect(change?["answeredPercentAfter"] as? Double == 75)
        #expect(change?["answeredPercentChange"] as? Double == 41.7)
        let markdown = try cli.qalint(["report", "faq.md", "--compare", "before.json", "--format", "markdown"], in: directory)
        #expect(markdown.stdout.contains("**33.3% → 75% answered (+41.7 points)** · +2 answered · +1 placeholder"))
        let sentence = "Since the compared report: answered 33.3% → 75% (+41.7 points), +2 answered, +1 placeholder, 0 empty, 1 added, 0 removed."
        #expect(try cli.qalint(["report", "faq.md", "--compare", "before.json"], in: directory).stdout.contains(sentence))
        #expect(try cli.qalint(["report", "faq.md", "--compare", "before.json", "--format", "html"], in: directory).stdout.contains("<p class=\"change\">" + sentence + "</p>"))
        #expect(try cli.qalint(["report", "faq.md", "--compare", "before.json", "--fail-on-regression"], in: directory).status == 1,
                "a new placeholder is a regression")
        // Only answers added: no regression.
        try after.replacingOccurrences(of: "### Q: What is GraphQL?\n\nTBD\n", with: "")
            .write(to: directory.appendingPathComponent("faq.md"), atomically: true, encoding: .utf8)
        #expect(try cli.qalint(["report", "faq.md", "--compare", "before.json", "--fail-on-regression"], in: directory).status == 0)
    }

    /// Quiz items share a title and differ by their code; a question may be asked twice.
    /// Each is its own question in the comparison, so a placeholder in either one is seen.
    @Test func changeOfOneOfTwoQuestionsWithOneTitle() throws {
        func quiz(_ secondAnswer: String, _ repeatedAnswer: String) -> String {
            """
            # Quiz

            ## What is the output?

            ```js
            console.log(typeof null)
            ```

            <details><summary>Answer</summary>

            "object", for historical reasons.

            </details>

            ## What is the output?

            ```js
            console.log(0.1 + 0.2 === 0.3)
            ```

            <details><summary>Answer</summary>

            \(secondAnswer)

            </details>

            ## Why is the sky blue?

            Rayleigh scattering of sunlight.

            ## Why is the sky blue?

            \(repeatedAnswer)
            """
        }
        let directory = try cli.workspace(["quiz.md": quiz("false, floating point rounding.", "Shorter wavelengths scatter more.")])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["report", "quiz.md", "--format", "json=before.json"], in: directory).status == 0)
        try quiz("TODO", "TBD").write(to: directory.appendingPathComponent("quiz.md"), atomically: true, encoding: .utf8)
        let compared = try cli.qalint(["report", "quiz.md", "--compare", "before.json", "--format", "json", "--fail-on-regression"], in: directory)
        #expect(compared.status == 1, "two answers became placeholders: a regression")
        let change = ((try JSONSerialization.jsonObject(with: Data(compared.stdout.utf8)) as? [String: Any])?["change"] as? [String: Any])?["total"] as? [String: Any]
        #expect(change?["newlyPlaceholder"] as? Int == 2)
        #expect(change?["added"] as? Int == 0 && change?["removed"] as? Int == 0)
    }

    @Test func completenessGates() throws {
        let directory = try cli.workspace(["faq.md": Self.before, "gate/.qalint.yml": "min-completeness: {per-document: 50}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let low = try cli.qalint(["report", "faq.md", "--min-completeness", "50"], in: directory)
        #expect(low.status == 1)
        #expect(low.stderr == "qalint: completeness 33.3% is below the required 50%\n")
        #expect(try cli.qalint(["report", "faq.md", "--min-completeness", "30"], in: directory).status == 0)
        #expect(try cli.qalint(["lint", "faq.md", "--fail-on", "never", "--min-completeness", "50"], in: directory).status == 1)
        let configured = try cli.qalint(["report", "faq.md", "--config", "gate/.qalint.yml"], in: directory)
        #expect(configured.status == 1)
        #expect(configured.stderr.contains("faq.md: completeness 33.3% is below the required 50%"))
        #expect(try cli.qalint(["report", "faq.md", "--fail-on-regression"], in: directory).status == 2, "needs --compare")
        let notAReport = try cli.qalint(["report", "faq.md", "--compare", "faq.md"], in: directory)
        #expect(notAReport.status == 2)
        #expect(notAReport.stderr.hasPrefix("qalint: error: faq.md:1:1: not valid JSON (not a `qalint report --format json` report)"))
    }

    @Test func pageLinksBadgeLabelShieldsAndThresholdsComeFromTheCommandLineAndConfiguration() throws {
        let faq = "# FAQ\n\n## Q: Is it done?\n\nYes.\n\n## Q: Is it tested?\n\nTODO\n\n## Q: Is it fast?\n\nYes.\n"
        let directory = try cli.workspace(["docs/faq.md": faq, ".qalint.yml": "completeness: {thresholds: [10, 60]}\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try cli.qalint(["report", "docs", "--link-base", "https://example.org/blob/abc/", "--badge-label", "FAQ",
                                  "--format", "html=out/page.html", "--format", "shields=out/shields.json", "--format", "badge=out/badge.svg"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let html = try TestSupport.read(directory.appendingPathComponent("out/page.html"))
        #expect(html.contains("<a href=\"https://example.org/blob/abc/docs/faq.md#L7\">Is it tested?</a>"))
        #expect(html.contains("<p class=\"total level-high\">"), "66.7% is green above 60")
        #expect(html.contains("with <code>.qalint.yml</code>."))
        let shields = try TestSupport.read(directory.appendingPathComponent("out/shields.json"))
        #expect(shields == "{\"schemaVersion\": 1, \"label\": \"FAQ\", \"message\": \"66.7%\", \"color\": \"1a7f37\"}\n")
        #expect(try TestSupport.read(directory.appendingPathComponent("out/badge.svg")).contains(">FAQ</text>"))

        try "completeness: {thresholds: [80, 20]}\n".write(to: directory.appendingPathComponent(".qalint.yml"), atomically: true, encoding: .utf8)
        let bad = try cli.qalint(["report", "docs"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr == "qalint: error: .qalint.yml:1: 'thresholds' must be [LOW, HIGH] with LOW at most HIGH, not [80, 20]\n")
    }
}
