import Foundation
import QALintKit
import Testing
import TestSupport
@testable import QALintReporters

/// Document text that tries to break out of every report format: workflow-command
/// injection, XML CDATA and element closers, control characters, terminal escapes, quotes.
@Suite struct HostileContentTests {
    static let hostile = "## Q: What about %0A::error::pwned, a \\n escape, ]]>, </failure>, \u{1}, \u{1B}[31mred\u{1B}[0m, \"quotes\" and \\ backslash?\n\nTODO\n\n"
        + "Setext %0D question\nover ::two:: lines?\n-----------------\n\n**A:** TBD\n\n"
        + "## Q: What about %0A::error::pwned, a \\n escape, ]]>, </failure>, \u{1}, \u{1B}[31mred\u{1B}[0m, \"quotes\" and \\ backslash?\n\nA real answer this time.\n"

    static func result() throws -> LintResult {
        try Linter().lint(sources: [("dir with space/hostile \"file\".md", hostile)])
    }

    @Test func findingsCarryTheHostileText() throws {
        let result = try Self.result()
        #expect(result.findings.count >= 3)
        #expect(result.findings.contains { $0.message.contains("::error::pwned") })
        #expect(result.findings.contains { $0.message.contains("\u{1B}[31m") })
    }

    @Test func githubOutputHasExactlyOneCommandPerFinding() throws {
        let result = try Self.result()
        let output = GitHubReporter().render(result)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == result.findings.count)
        for line in lines {
            #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "), "\(line)")
            #expect(!line.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(line)")
            // `::command properties::message`: the properties end at the first "::" after the
            // command, and hold exactly the five keys, none broken by escaped content.
            let afterCommand = line.drop(while: { $0 != " " }).dropFirst()
            let properties = try #require(afterCommand.range(of: "::")).lowerBound
            let keys = afterCommand[..<properties].split(separator: ",").map { $0.prefix { $0 != "=" } }
            #expect(keys == ["file", "line", "col", "endLine", "title"], "\(line)")
        }
        #expect(output.contains("%250A::error::pwned"))
        #expect(!output.contains("\n::error::pwned"))
    }

    @Test func textOutputNeutralizesTerminalEscapes() throws {
        let text = TextReporter(color: false).render(try Self.result())
        #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        #expect(text.contains("\\u{1b}[31m"))
    }

    @Test(.needsShared) func everyReportStaysValid() throws {
        let schemas = try #require(TestSupport.sharedFile("schemas"))
        let result = try Self.result()
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ format: ReportFormat, _ name: String) throws -> URL {
            let url = directory.appendingPathComponent(name)
            try format.render(result).write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let junit = try write(.junit, "junit.xml")
        for schema in ["junit-ant-windyroad.xsd", "junit-jenkins-10.xsd"] {
            let validation = try #require(try TestSupport.xmllintValidate(junit, schema: schemas.appendingPathComponent(schema)))
            #expect(validation.ok, "\(schema): \(validation.output)")
        }
        let checkstyle = try #require(try TestSupport.xmlWellFormed(try write(.checkstyle, "checkstyle.xml")))
        #expect(checkstyle.ok, "\(checkstyle.output)")
        let sarif = try #require(try TestSupport.jsonSchemaValidate(try write(.sarif, "report.sarif"),
                                                                    schema: schemas.appendingPathComponent("sarif-schema-2.1.0.json")))
        #expect(sarif.ok, "\(sarif.output)")
        for format in [ReportFormat.json, .gitlab, .sarif] {
            let data = Data(format.render(result).utf8)
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(format) is valid JSON")
        }
        let summary = GitHubSummaryReporter().render(result)
        #expect(!summary.contains("</failure>"), "HTML in document text is escaped in the step summary")
    }
}

/// Fingerprints identify a finding by rule, path and question, not by line.
@Suite struct FingerprintTests {
    static let document = """
        # FAQ

        ## Q: What is REST?

        TODO

        ## Q: What is gRPC?

        A framework.

        ## Q: What is gRPC?

        TBD
        """

    static func fingerprints(_ format: ReportFormat, _ markdown: String) throws -> [String] {
        let result = try Linter().lint(sources: [("faq.md", markdown)])
        let object = try JSONSerialization.jsonObject(with: Data(format.render(result).utf8))
        switch format {
        case .sarif:
            let runs = (object as? [String: Any])?["runs"] as? [[String: Any]]
            let results = runs?.first?["results"] as? [[String: Any]] ?? []
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?.values.first }
        default:
            return (object as? [[String: Any]] ?? []).compactMap { $0["fingerprint"] as? String }
        }
    }

    @Test(arguments: [ReportFormat.sarif, .gitlab])
    func movingAQuestionTenLinesDownKeepsItsFingerprint(_ format: ReportFormat) throws {
        let moved = Self.document.replacingOccurrences(
            of: "# FAQ\n", with: "# FAQ\n\nAn introduction that pushes every question down.\n\n\n\n\n\n\n\n\n")
        let before = try Self.fingerprints(format, Self.document)
        let after = try Self.fingerprints(format, moved)
        #expect(before.count == 3)
        #expect(Set(before).count == before.count, "distinct findings have distinct fingerprints")
        #expect(before == after)
        let linesBefore = try Linter().lint(sources: [("faq.md", Self.document)]).findings.map(\.range.startLine)
        let linesAfter = try Linter().lint(sources: [("faq.md", moved)]).findings.map(\.range.startLine)
        #expect(zip(linesBefore, linesAfter).allSatisfy { $1 == $0 + 10 })
    }

    @Test func fingerprintsChangeWithTheQuestion() throws {
        let edited = Self.document.replacingOccurrences(of: "What is REST?", with: "What is SOAP?")
        #expect(try Self.fingerprints(.sarif, Self.document).first != Self.fingerprints(.sarif, edited).first)
    }

    /// A file path is a link in the HTML report: a folder named like a URL scheme must not
    /// make it one (`javascript:alert(7)` ran script when clicked).
    @Test func htmlLinksAreAlwaysFilePaths() throws {
        let result = try Linter().lint(sources: [("javascript:alert(7)/faq.md", "## Q: What?\n\nTODO\n"),
                                                 ("/abs/data:text,x.md", "## Q: Why?\n\nTBD\n")])
        let html = CompletenessFormat.html.render(CompletenessSnapshot(result))
        let targets = Set(html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "#")[0] })
        #expect(targets.count == 2)
        #expect(targets.contains("./javascript%3Aalert%287%29/faq.md"), "\(targets)")
        #expect(targets.contains("/abs/data%3Atext%2Cx.md"), "\(targets)")
        #expect(!html.contains("href=\"javascript:") && !html.contains("href=\"data:"))
    }
}

