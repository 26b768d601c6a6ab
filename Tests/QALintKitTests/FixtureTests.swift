import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// Fixture documents carry their expectations inline (`<!-- expect: rule-id -->` at the end of
/// the line where a finding must land). Each top-level `.md` file is linted alone; each
/// folder is linted as one corpus (for cross-document rules). A `.qalint.yml` beside a
/// fixture file (`name.qalint.yml`) or inside a folder configures it.
@Suite struct FixtureTests {
    static let root = TestSupport.packageRoot.appendingPathComponent("Tests/QALintKitTests/Fixtures")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".md") || !$0.contains(".") }.sorted()
    }

    @Test func thereAreFixtures() {
        #expect(Self.cases.count >= 4)
    }

    @Test(arguments: cases)
    func fixture(_ name: String) throws {
        let url = Self.root.appendingPathComponent(name)
        let files: [URL]
        let configURL: URL
        if name.hasSuffix(".md") {
            files = [url]
            configURL = Self.root.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".qalint.yml"))
        } else {
            files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".md") }.sorted()
                .map { url.appendingPathComponent($0) }
            configURL = url.appendingPathComponent(".qalint.yml")
        }
        let configuration = FileManager.default.fileExists(atPath: configURL.path)
            ? try Configuration.load(path: configURL.path) : Configuration()
        let sources = try files.map { (path: $0.lastPathComponent, text: try TestSupport.read($0)) }
        let result = try Linter(configuration: configuration).lint(sources: sources)

        var expected: [String] = []
        for source in sources {
            expected += ExpectationMarkers.all(in: source.text).map { "\(source.path):\($0.line) \($0.rule)" }
        }
        let actual = result.findings.map { "\($0.path):\($0.range.startLine) \($0.rule)" }
        #expect(actual.sorted() == expected.sorted(), "\(name): \(result.findings.map(\.message))")
    }
}
