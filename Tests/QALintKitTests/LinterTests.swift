import Foundation
import Testing
import TestSupport
@testable import QALintKit

@Suite struct LinterTests {
    static let boilerplate = "In an interview I would answer this with key points, real examples and trade-offs."

    static func document(questions: Int, answeredFirst: Int = 0) -> String {
        var text = "# Doc\n\n## Section\n\n"
        for index in 0..<questions {
            text += "### Q: Question number \(index)?\n\n"
            text += index < answeredFirst ? "A real answer about topic \(index), written out.\n\n" : "**A:** \(boilerplate)\n\n"
        }
        return text
    }

    @Test(.needsShared) func seedAcceptance() throws {
        guard let url = TestSupport.sharedFile("corpus/seed/backend-interview-questions.md") else { return }
        let result = try Linter().lint(sources: [("seed.md", try TestSupport.read(url))])
        let file = try #require(result.files.first)
        #expect(file.completeness.questions == 71)
        #expect(file.completeness.answered == 2)
        #expect(file.completeness.placeholder == 69)
        #expect(file.completeness.empty == 0)
        #expect(file.completeness.answeredPercent == 2.8)
        #expect(file.sections.map(\.completeness.questions) == [18, 40, 13])
        let placeholders = result.findings.filter { $0.rule == "placeholder-answer" }
        #expect(placeholders.count == 69)
        #expect(!placeholders.contains { $0.range.startLine == 6 || $0.range.startLine == 14 })
        #expect(Set(placeholders.map(\.range.startLine)).count == 69, "one finding per question")
        #expect(result.findings.filter { $0.rule == "answer-marker-style" }.count == 1)
        #expect(!result.findings.contains { $0.rule == "duplicate-question" })
        #expect(placeholders.first?.message.contains("68 other questions") == true)
    }

    @Test(.needsShared) func seedWithRequiredSectionItLacks() throws {
        guard let url = TestSupport.sharedFile("corpus/seed/backend-interview-questions.md") else { return }
        let configuration = try Configuration.parse("required-sections: [General Backend Developer Questions, Security]", file: "c.yml")
        let result = try Linter(configuration: configuration).lint(sources: [("seed.md", try TestSupport.read(url))])
        let missing = result.findings.filter { $0.rule == "missing-section" }
        #expect(missing.map(\.message) == ["Required section \"Security\" is missing."])
    }

    @Test(.needsShared) func realDocumentWithFourSyntaxesHasNoPlaceholders() throws {
        guard let url = TestSupport.sharedFile("corpus/real/ajeetkbhardwaj__AI-from-First-Principle__temp.md") else { return }
        let result = try Linter().lint(sources: [("temp.md", try TestSupport.read(url))])
        #expect(!result.findings.contains { $0.rule == "placeholder-answer" || $0.rule == "empty-answer" })
        #expect(result.files[0].completeness.questions == 11)
        #expect(result.findings.filter { $0.rule == "duplicate-question" }.map(\.range.startLine) == [47, 53, 61],
                "LABELS.md DUP-1..3: the same questions asked again in block quotes")
    }

    @Test func offRulesStillCountTowardsCompleteness() throws {
        let configuration = try Configuration.parse("rules:\n  placeholder-answer: off", file: "c.yml")
        let result = try Linter(configuration: configuration).lint(sources: [("a.md", Self.document(questions: 4, answeredFirst: 1))])
        #expect(!result.findings.contains { $0.rule == "placeholder-answer" })
        #expect(result.completeness.placeholder == 3)
        #expect(result.completeness.answered == 1)
        #expect(!result.rules.contains { $0.id == "placeholder-answer" })
    }

    /// A badge that links to a section (`[![Backers](badge.svg)](#backers)`) is no entry of a
    /// table of contents; a text link to a missing anchor is.
    @Test func badgesAreNoTableOfContents() throws {
        let badges = "[![Backers](https://example.org/b.svg)](#backers)\n[![Sponsors](https://example.org/s.svg)](#sponsors)\n\n"
        let text = "[Backers](#backers)\n[Sponsors](#sponsors)\n\n"
        let body = "# Tool\n\nA library.\n\n## Usage\n\nCall it.\n"
        let lint = { (markdown: String) in try Linter().lint(sources: [("README.md", markdown)]).findings.filter { $0.rule == "toc-mismatch" }.count }
        #expect(try lint(badges + body) == 0)
        #expect(try lint(text + body) == 2)
    }

    /// kramdown: an attribute list after a table of contents (`{: class="liste"}`) leaves it
    /// one, and one under a heading (`{: id="zweck"}`) gives the heading the id it links to.
    @Test func kramdownAttributeLists() throws {
        let markdown = """
            ## FAQ

            - [Was ist der Zweck?](#zweck)
            - [Wie werde ich Mitglied?](#eintritt)
            - [Was kostet es?](#beitrag)
            {: class="liste"}

            ### *Was ist der Zweck?*
            {: id="zweck"}

            Bildung.

            ### *Wie werde ich Mitglied?*
            {: #eintritt}

            Online.

            ### *Was kostet es?*

            Zehn Euro.
            """
        let result = try Linter().lint(sources: [("faq.md", markdown)])
        #expect(result.files.first?.questions.map(\.range.startLine) == [8, 13, 18])
        #expect(result.findings.filter { $0.rule == "toc-mismatch" }.map(\.range.startLine) == [5])
    }

    /// The answer-status stage on its own: answers judged one by one, then templates counted
    /// across documents, each file with its own threshold.
    @Test func answerStatusesAcrossDocuments() throws {
        let configuration = try Configuration.parse("""
            overrides:
              - files: [strict.md]
                rules: {placeholder-answer: {min-template-count: 5}}
            """, file: "c.yml")
        let boilerplate = "**A:** \(Self.boilerplate)\n\n"
        let sources = [
            ("a.md", "## Q: One?\n\n" + boilerplate + "## Q: Two?\n\nTBD\n\n## Q: Three?\n\n## Q: Four?\n\nA real answer.\n"),
            ("b.md", "## Q: Five?\n\n" + boilerplate),
            ("strict.md", "## Q: Six?\n\n" + boilerplate),
        ]
        let result = try Linter(configuration: configuration).lint(sources: sources)
        let states = result.files.map { $0.questions.map(\.answer) }
        #expect(states[0].map(\.status) == [.placeholder, .placeholder, .empty, .answered])
        #expect(states[0][0].template == TemplateUse(copies: 3, other: Location(path: "b.md", line: 1), isFirst: true))
        #expect(states[0][1].phrase == .whole("TBD") && states[0][1].template == nil)
        #expect(states[1][0].template?.other == Location(path: "a.md", line: 1))
        #expect(states[2][0].status == .answered, "three copies are not a template where five are needed")
    }

    @Test func configuredSeverityIsApplied() throws {
        let configuration = try Configuration.parse("rules:\n  placeholder-answer: info", file: "c.yml")
        let result = try Linter(configuration: configuration).lint(sources: [("a.md", Self.document(questions: 3))])
        #expect(result.findings.filter { $0.rule == "placeholder-answer" }.allSatisfy { $0.severity == .info })
        #expect(result.count(.info) == 3)
    }

    @Test func templatesAndDuplicatesAcrossDocumentsGoOnTheLaterFile() throws {
        let sources = [("b.md", "## Q: Shared?\n\n**A:** \(Self.boilerplate)\n"),
                       ("a.md", "## Q: Shared?\n\n**A:** \(Self.boilerplate)\n\n## Q: Other?\n\n**A:** \(Self.boilerplate)\n")]
        let result = try Linter().lint(sources: sources)
        let duplicate = try #require(result.findings.first { $0.rule == "duplicate-question" })
        #expect(duplicate.path == "b.md")
        #expect(duplicate.related == [Location(path: "a.md", line: 1)])
        #expect(result.findings.filter { $0.rule == "placeholder-answer" }.count == 3)
        #expect(result.files.map(\.path) == ["a.md", "b.md"])
    }

    @Test func templateMinimumsAreOptions() throws {
        let configuration = try Configuration.parse("rules:\n  placeholder-answer: {min-template-count: 4}", file: "c.yml")
        let three = try Linter(configuration: configuration).lint(sources: [("a.md", Self.document(questions: 3))])
        #expect(!three.findings.contains { $0.rule == "placeholder-answer" })
        #expect(three.findings.contains { $0.rule == "duplicate-answer" }, "below the template count, copies are copied answers")
        let words = try Configuration.parse("rules:\n  placeholder-answer: {min-template-words: 50}", file: "c.yml")
        #expect(!(try Linter(configuration: words).lint(sources: [("a.md", Self.document(questions: 5))]).findings.contains { $0.rule == "placeholder-answer" }))
    }

    @Test func findingsAreInStableOrderWhateverTheInputOrder() throws {
        let sources = (0..<20).map { ("doc\($0).md", Self.document(questions: 5, answeredFirst: $0 % 3)) }
        let forward = try Linter().lint(sources: sources)
        let backward = try Linter().lint(sources: sources.reversed())
        #expect(forward.findings == backward.findings)
        #expect(forward.findings == forward.findings.sorted(by: Finding.reportOrder))
    }

    @Test func manyQuestionsStayFast() throws {
        // 20k questions: grouping is by hash, so this runs in well under a second; a
        // quadratic comparison would take minutes.
        let result = try Linter().lint(sources: [("big.md", Self.document(questions: 20_000))])
        #expect(result.completeness.placeholder == 20_000)
    }
}

@Suite struct FileInputTests {
    @Test func discoveryFindsMarkdownRecursivelyAndSkipsHiddenFolders() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for path in ["docs/a.md", "docs/deep/b.markdown", "docs/c.txt", ".git/x.md", "node_modules/y.md", "README.MD"] {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "# x\n".write(to: url, atomically: true, encoding: .utf8)
        }
        // Absolute paths: tests run in parallel, so none may change the current folder.
        let base = root.path
        #expect(try FileDiscovery.files(in: [base]) == ["README.MD", "docs/a.md", "docs/deep/b.markdown"].map { base + "/" + $0 })
        #expect(try FileDiscovery.files(in: [base + "/docs/c.txt", base + "/docs"])
                == ["docs/a.md", "docs/c.txt", "docs/deep/b.markdown"].map { base + "/" + $0 })
        #expect(throws: QALintError(file: "missing", "no such file or directory")) { try FileDiscovery.files(in: ["missing"]) }
    }

    @Test func invalidUTF8IsAnErrorAtItsLine() throws {
        let data = Data("line one\nline two\n".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        #expect(throws: QALintError(file: "bad.md", line: 3, column: 1, "the file is not valid UTF-8 text (save it as UTF-8)")) {
            try SourceFile.decode(data, path: "bad.md")
        }
        #expect(try SourceFile.decode(Data([0xEF, 0xBB, 0xBF]) + Data("# ok".utf8), path: "bom.md") == "# ok")
    }
}
