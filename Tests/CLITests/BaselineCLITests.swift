import Foundation
import Testing
import TestSupport

/// `qalint baseline` and `lint --baseline`: known debt is recorded by content, not by line.
@Suite struct BaselineCLITests {
    let cli = CLITests()

    private func write(_ text: String, to directory: URL, _ name: String = "faq.md") throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The acceptance, on the seed document.
    @Test(.needsShared) func seedDebtIsRecordedByContent() throws {
        let seedFile = try #require(TestSupport.sharedFile("corpus/seed/backend-interview-questions.md"))
        let seed = try TestSupport.read(seedFile)
        let directory = try cli.workspace(["faq.md": seed])
        defer { try? FileManager.default.removeItem(at: directory) }
        let recorded = try cli.qalint(["baseline", "faq.md"], in: directory)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stderr.contains("qalint: .qalint-baseline.json: 70 findings recorded"))
        let baselineText = try TestSupport.read(directory.appendingPathComponent(".qalint-baseline.json"))
        #expect(baselineText.contains("\"question\" : \"Define containerization.\""), "readable: the question is in each entry")
        #expect(!baselineText.contains("\"line\""), "never keyed by line")

        let clean = try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json", "--format", "json"], in: directory)
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(clean.stderr.contains("70 known findings not reported, 0 entries no longer match"))

        // A new "TBD" answer: exactly one finding, exit 1.
        try write(seed + "\n### Q: What is a message queue?\n\nTBD\n", to: directory)
        let added = try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json", "--format", "json"], in: directory)
        #expect(added.status == 1)
        let findings = (try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]]
        #expect(findings?.count == 1)
        #expect(findings?.first?["rule"] as? String == "placeholder-answer")

        // Twenty lines inserted at the top change nothing.
        let intro = (1...20).map { "Intro line \($0) about this document." }.joined(separator: "\n")
        try write(intro + "\n\n" + seed, to: directory)
        let moved = try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory)
        #expect(moved.status == 0, "\(moved.stdout)\(moved.stderr)")

        // Answering one baselined placeholder: one stale entry; strict fails until --update.
        var lines = seed.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("### Q: Name the main backend development responsibilities") })
        let answer = try #require(lines[index...].firstIndex { $0.hasPrefix("In an interview") })
        lines[answer] = "I owned the order service: its REST API, the PostgreSQL schema and migrations, and its on-call rota."
        try write(lines.joined(separator: "\n"), to: directory)
        let paid = try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json"], in: directory)
        #expect(paid.status == 0)
        #expect(paid.stderr.contains("69 known findings not reported, 1 entry no longer matches"))
        let strict = try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("fixed: placeholder-answer: Name the main backend development responsibilities"))
        let updated = try cli.qalint(["baseline", "faq.md", "--update"], in: directory)
        #expect(updated.stderr.contains("69 findings recorded, 1 fixed removed"), "\(updated.stderr)")
        #expect(try cli.qalint(["lint", "faq.md", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory).status == 0)
    }

    @Test func configurationNamesTheBaseline() throws {
        let directory = try cli.workspace(["docs/faq.md": ReportCLITests.before, ".qalint.yml": "baseline: debt/qalint-baseline.json\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try cli.qalint(["lint", "docs"], in: directory)
        #expect(before.status == 2 && before.stderr.contains("debt/qalint-baseline.json: cannot read the baseline (create it with `qalint baseline`)"),
                "a configured baseline that does not exist is an error: \(before.stderr)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("debt"), withIntermediateDirectories: true)
        let recorded = try cli.qalint(["baseline", "docs"], in: directory)
        #expect(recorded.status == 0 && recorded.stderr.contains("debt/qalint-baseline.json: 2 findings recorded"), "\(recorded.stderr)")
        let run = try cli.qalint(["lint", "docs"], in: directory)
        #expect(run.status == 0, "the configuration's baseline applies without a flag: \(run.stdout)\(run.stderr)")
        // The same question asked again is new debt, even though its text is baselined once.
        try write(ReportCLITests.before + "\n\n### Q: What is REST?\n\nTODO\n", to: directory, "docs/faq.md")
        #expect(try cli.qalint(["lint", "docs"], in: directory).status == 1)
    }

    @Test func badBaselinesAreClearErrors() throws {
        let directory = try cli.workspace(["faq.md": ReportCLITests.before, "broken.json": "{\"entries\": 3}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try cli.qalint(["lint", "faq.md", "--baseline", "none.json"], in: directory)
        #expect(missing.status == 2 && missing.stderr.contains("none.json: cannot read the baseline"), "\(missing.stderr)")
        let broken = try cli.qalint(["lint", "faq.md", "--baseline", "broken.json"], in: directory)
        #expect(broken.status == 2 && broken.stderr.contains("broken.json: not a qalint baseline"), "\(broken.stderr)")
        let strict = try cli.qalint(["lint", "faq.md", "--strict-baseline"], in: directory)
        #expect(strict.status == 2 && strict.stderr.contains("--strict-baseline needs --baseline"), "\(strict.stderr)")
        let update = try cli.qalint(["baseline", "faq.md", "--update"], in: directory)
        #expect(update.status == 2 && update.stderr.contains(".qalint-baseline.json: cannot read the baseline"), "\(update.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".qalint-baseline.json").path))
    }
}
