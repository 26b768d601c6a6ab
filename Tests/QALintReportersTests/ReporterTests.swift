import Foundation
import QALintKit
import Testing
import TestSupport
@testable import QALintReporters

/// Reports are compared byte for byte with golden files in `Golden/`. After an intended
/// change, regenerate them with `QALINT_UPDATE_GOLDEN=1 swift test --filter ReporterTests`
/// and review the diff.
@Suite struct ReporterTests {
    static let golden = TestSupport.packageRoot.appendingPathComponent("Tests/QALintReportersTests/Golden")

    /// The golden input linted; as the only shard of one, for the shard file.
    static func sampleResult(shard: Shard? = nil) throws -> LintResult {
        let input = try TestSupport.read(golden.appendingPathComponent("input.md"))
        let configuration = try Configuration.parse("required-sections: [Basics, Security]", file: ".qalint.yml")
        return try Linter(configuration: configuration).lint(sources: [("docs/sample.md", input)], shard: shard)
    }

    /// Repository-relative paths as a run from `/repo/site` would see them.
    static let paths = RepositoryPaths(currentDirectory: "/repo/site", repositoryRoot: "/repo")

    private func checkGolden(_ name: String, _ actual: String) throws {
        let url = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["QALINT_UPDATE_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try TestSupport.read(url)
        #expect(actual == expected, "\(name) differs from its golden file")
    }

    @Test(arguments: [(ReportFormat.text, "report.txt"), (.json, "report.json"), (.junit, "report.junit.xml"),
                      (.sarif, "report.sarif"), (.github, "report.github.txt"), (.gitlab, "report.gitlab.json"),
                      (.checkstyle, "report.checkstyle.xml"), (.shard, "report.shard.json")])
    func goldenReports(_ format: ReportFormat, _ file: String) throws {
        let result = try Self.sampleResult(shard: format == .shard ? try Shard(index: 1, count: 1) : nil)
        try checkGolden(file, format.render(result, options: ReportOptions(paths: Self.paths)))
    }

    @Test func goldenGitHubStepSummary() throws {
        try checkGolden("report.summary.md", GitHubSummaryReporter(paths: Self.paths).render(try Self.sampleResult()))
    }

    @Test func everyFormatHasAGoldenFile() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path)
        for format in ReportFormat.allCases {
            #expect(names.contains { $0.hasPrefix("report.") && $0.contains(format == .junit ? "junit" : format == .text ? "txt" : format.rawValue) }, "\(format)")
        }
    }

    /// The README's table names every format; docs/formats.md has a section for each.
    @Test func readmeDocumentsEveryFormat() throws {
        let readme = try TestSupport.read(TestSupport.packageRoot.appendingPathComponent("README.md"))
        let formats = try TestSupport.read(TestSupport.packageRoot.appendingPathComponent("docs/formats.md"))
        for format in ReportFormat.allCases {
            #expect(readme.contains("\n| `\(format.rawValue)` |"), "README row for \(format)")
            #expect(formats.contains("\n## `\(format.rawValue)`"), "docs/formats.md section for \(format)")
        }
    }

    @Test func colouredTextReport() throws {
        let text = TextReporter(color: true).render(try Self.sampleResult())
        #expect(text.contains("\u{1B}[31merror\u{1B}[0m"))
        let plain = TextReporter(color: false).render(try Self.sampleResult())
        #expect(!plain.contains("\u{1B}["))
    }

    @Test func jsonReportHasTheDocumentedKeys() throws {
        let data = Data(ReportFormat.json.render(try Self.sampleResult()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        for key in ["files", "questions", "answered", "placeholder", "empty", "answeredPercent", "errors", "warnings", "infos"] {
            #expect(summary[key] != nil, "summary.\(key)")
        }
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        for key in ["path", "questions", "answered", "placeholder", "empty", "sections"] {
            #expect(file[key] != nil, "files[].\(key)")
        }
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        for key in ["rule", "severity", "path", "line", "column", "endLine", "message", "related"] {
            #expect(finding[key] != nil, "findings[].\(key)")
        }
    }

    /// The golden sample and, when ../shared exists, the seed document.
    static func sampleAndSeedResults() throws -> [LintResult] {
        var results = [try sampleResult()]
        if let seed = TestSupport.sharedFile("corpus/seed/backend-interview-questions.md") {
            results.append(try Linter().lint(sources: [("seed.md", try TestSupport.read(seed))]))
        }
        return results
    }

    @Test(.needsShared) func junitValidatesAgainstBothSchemas() throws {
        let schemas = try #require(TestSupport.sharedFile("schemas"))
        let results = try Self.sampleAndSeedResults()
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, result) in results.enumerated() {
            let file = directory.appendingPathComponent("report\(index).xml")
            try ReportFormat.junit.render(result).write(to: file, atomically: true, encoding: .utf8)
            for schema in ["junit-ant-windyroad.xsd", "junit-jenkins-10.xsd"] {
                let validation = try TestSupport.xmllintValidate(file, schema: schemas.appendingPathComponent(schema))
                try #require(validation != nil, "xmllint is not installed (ci/test installs libxml2-utils)")
                #expect(validation?.ok == true, "\(schema): \(validation?.output ?? "")")
            }
        }
    }

    @Test(.needsShared) func sarifValidatesAgainstTheSchema() throws {
        let schema = try #require(TestSupport.sharedFile("schemas/sarif-schema-2.1.0.json"))
        let results = try Self.sampleAndSeedResults()
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (index, result) in results.enumerated() {
            let file = directory.appendingPathComponent("report\(index).sarif")
            try ReportFormat.sarif.render(result, options: ReportOptions(paths: Self.paths)).write(to: file, atomically: true, encoding: .utf8)
            let validation = try TestSupport.jsonSchemaValidate(file, schema: schema)
            try #require(validation != nil, "python3 with jsonschema is not installed (ci/setup installs it)")
            #expect(validation?.ok == true, "\(validation?.output ?? "")")
        }
    }

    @Test func repositoryPathsMapToTheRoot() {
        let paths = RepositoryPaths(currentDirectory: "/repo/site", repositoryRoot: "/repo")
        #expect(paths.place(of: "docs/faq.md") == .inRepository("site/docs/faq.md"))
        #expect(paths.place(of: "./docs/../faq.md") == .inRepository("site/faq.md"))
        #expect(paths.place(of: "../README.md") == .inRepository("README.md"))
        #expect(paths.place(of: "/repo/a.md") == .inRepository("a.md"))
        #expect(paths.place(of: "/elsewhere/b.md") == .outside(absolutePath: "/elsewhere/b.md"))
        #expect(paths.place(of: "/repository/c.md") == .outside(absolutePath: "/repository/c.md"))
        #expect(RepositoryPaths().place(of: "docs/faq.md") == .inRepository("docs/faq.md"))
    }

    @Test func githubEscapingFollowsTheToolkit() {
        #expect(GitHubReporter.escapeData("50% done\r\nnext: a,b") == "50%25 done%0D%0Anext: a,b")
        #expect(GitHubReporter.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
    }

    @Test func markdownEscapingDisarmsMarkup() {
        #expect(Escaping.markdown("<script>|*x*|\n[a](b)") == "\\<script\\>\\|\\*x\\*\\| \\[a\\]\\(b\\)")
    }

    @Test func xmlEscapingNeverEmitsIllegalCharacters() {
        let escaped = Escaping.xml("a\u{1}b\u{1B}c<]]></failure>&\"'\u{FFFE}\n")
        #expect(escaped == "a\u{FFFD}b\u{FFFD}c&lt;]]&gt;&lt;/failure&gt;&amp;&quot;&apos;\u{FFFD}&#10;")
    }

    @Test func terminalEscapingNeutralizesControlSequences() {
        #expect(Escaping.terminal("red \u{1B}[31m bell \u{7}") == "red \\u{1b}[31m bell \\u{7}")
        #expect(Escaping.terminal("plain ünïcode？") == "plain ünïcode？")
    }
}
