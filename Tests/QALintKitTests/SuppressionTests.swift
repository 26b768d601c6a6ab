import Testing
@testable import QALintKit

/// Each suppression form, reasons, and unused-suppression.
@Suite struct SuppressionTests {
    static func lint(_ markdown: String) throws -> LintResult {
        try Linter().lint(sources: [("doc.md", markdown)])
    }

    static func lines(_ result: LintResult, _ rule: String = "placeholder-answer") -> [Int] {
        result.findings.filter { $0.rule == rule }.map(\.range.startLine)
    }

    @Test func disableAndEnable() throws {
        let result = try Self.lint("""
            ## Q: One?
            TODO
            <!-- qalint-disable placeholder-answer -- drafts below -->
            ## Q: Two?
            TODO
            ## Q: Three?
            TBD
            <!-- qalint-enable placeholder-answer -->
            ## Q: Four?
            TODO
            """)
        #expect(Self.lines(result) == [1, 9])
        #expect(result.suppressed.map(\.finding.range.startLine) == [4, 6])
        #expect(result.suppressed.allSatisfy { $0.reason == "drafts below" })
        #expect(result.completeness.placeholder == 2, "suppressed findings do not count against completeness")
    }

    @Test func disableWithoutRulesSilencesEveryRule() throws {
        let result = try Self.lint("<!-- qalint-disable -->\n## Q: One?\nTODO\n## Q: Two?\n")
        #expect(result.findings.filter { $0.rule != "unused-suppression" }.isEmpty)
        #expect(result.suppressed.map { "\($0.finding.range.startLine) \($0.finding.rule)" }.sorted() == ["2 placeholder-answer", "4 empty-answer"])
    }

    @Test func lineForms() throws {
        let result = try Self.lint("""
            <!-- qalint-disable-next-line placeholder-answer -->
            ## Q: One?
            TODO
            ## Q: Two? <!-- qalint-disable-line placeholder-answer -->
            TODO
            ## Q: Three?
            TODO
            """)
        #expect(Self.lines(result) == [6])
    }

    @Test func nextQuestionCoversTheWholeUnit() throws {
        let result = try Self.lint("""
            <!-- qalint-disable-next-question placeholder-answer core/unfinished-note -->

            ## Q: One?

            TBD

            ## Q: Two?

            TODO
            """)
        #expect(Self.lines(result) == [7])
    }

    @Test func fileForm() throws {
        let result = try Self.lint("## Q: One?\nTODO\n## Q: Two?\nTODO\n\n<!-- qalint-disable-file placeholder-answer -->\n")
        #expect(Self.lines(result).isEmpty)
        #expect(result.suppressed.count == 2)
    }

    @Test func unusedAndUnknownSuppressionsAreReported() throws {
        let result = try Self.lint("""
            <!-- qalint-disable-next-line empty-answer -- nothing here to silence -->
            ## Q: One?
            A real answer.
            <!-- qalint-disable-next-line placeholder-answers -->
            ## Q: Two?
            Another real answer.
            """)
        let unused = result.findings.filter { $0.rule == "unused-suppression" }
        #expect(unused.map(\.range.startLine) == [1, 4])
        #expect(unused.map(\.severity) == [.info, .info])
        #expect(unused[1].message.contains("unknown rule 'placeholder-answers'"))
    }

    static let oneSuppressedPlaceholder = "<!-- qalint-disable-next-line placeholder-answer -->\n## Q: One?\nTODO\n## Q: Two?\nTODO\n"

    @Test func suppressedAnswersCountAsTheConfigurationSays() throws {
        let answered = try Self.lint(Self.oneSuppressedPlaceholder)
        #expect(answered.completeness.answered == 1 && answered.completeness.placeholder == 1, "by default, as answered")
        #expect(answered.files[0].questions[0].answer.status == .placeholder, "the content is still a placeholder")
        let configuration = try Configuration.parse("completeness: {suppressed: unanswered}", file: "c.yml")
        let counted = try Linter(configuration: configuration).lint(sources: [("doc.md", Self.oneSuppressedPlaceholder)])
        #expect(counted.completeness.placeholder == 2 && counted.completeness.answered == 0)
        #expect(Self.lines(counted) == [4], "the finding is silenced all the same")
        #expect(counted.suppressed.map(\.finding.range.startLine) == [2])
    }

    @Test func aSuppressionOfAnOffStatusRuleStillCounts() throws {
        let configuration = try Configuration.parse("rules: {placeholder-answer: off}", file: "c.yml")
        let result = try Linter(configuration: configuration).lint(sources: [("doc.md", Self.oneSuppressedPlaceholder)])
        #expect(result.findings.isEmpty, "no placeholder finding, and the suppression is used: \(result.findings.map(\.message))")
        #expect(result.completeness.answered == 1 && result.completeness.placeholder == 1)
    }

    @Test func suppressionsInCodeAreNotRead() throws {
        let result = try Self.lint("```\n<!-- qalint-disable-file -->\n```\n\n## Q: One?\n\nTODO\n")
        #expect(Self.lines(result) == [5])
    }

    @Test func unusedSuppressionCanItselfBeSilencedForAFile() throws {
        let result = try Self.lint("<!-- qalint-disable-file unused-suppression -->\n<!-- qalint-disable-next-line empty-answer -->\n## Q: One?\nYes, fully answered.\n")
        #expect(result.findings.isEmpty)
    }

    @Test func parsing() {
        #expect(SuppressionParser.parse("qalint-disable a, b -- because") ?? nil == nil ? false : true)
        let parsed = SuppressionParser.parse("qalint-disable a, b -- because")
        #expect(parsed?.0 == .disable)
        #expect(parsed?.1 == ["a", "b"])
        #expect(parsed?.2 == "because")
        #expect(SuppressionParser.parse("expect: placeholder-answer") == nil)
        #expect(SuppressionParser.parse("qalint-disabled x") == nil)
    }
}
