import Testing
@testable import QALintKit

/// The language server's kept workspace gives what a whole run gives, after any change, and
/// with a focus only the focused documents' part of it.
@Suite struct WorkspaceTests {
    static let documents = [
        ("a.md", "# A\n\n## Q: What is REST?\n\nTODO\n\n## Q: What is gRPC?\n\nA framework.\n"),
        ("b.md", "# B\n\n## Q: What is REST?\n\nA style.\n\n## Q: What is SOAP?\n\nTBD\n"),
        ("c.md", "# C\n\n## Q: What is gRPC?\n\nA framework.\n"),
    ]

    static func describe(_ result: LintResult) -> [String] {
        result.findings.map { "\($0.path):\($0.range.startLine) \($0.rule) \($0.message)" }
    }

    @Test func aKeptWorkspaceGivesWhatARunGivesAfterEveryChange() throws {
        let linter = try Linter()
        var workspace = QALintKit.Workspace(linter: linter)
        var sources = Self.documents
        for (path, text) in sources { try workspace.update(path: path, text: text) }
        #expect(Self.describe(workspace.result()) == Self.describe(try linter.lint(sources: sources)))
        #expect(Self.describe(workspace.result()).contains { $0.hasPrefix("b.md:3 duplicate-question") })

        // Read all at once (in parallel), the same.
        var bulk = QALintKit.Workspace(linter: linter)
        #expect(bulk.update(sources.map { (path: $0.0, text: $0.1, configuration: nil) }).isEmpty)
        #expect(Self.describe(bulk.result()) == Self.describe(workspace.result()))

        // a.md changes: the duplicate moves, the placeholder goes.
        sources[0].1 = "# A\n\n## Q: What is HTTP?\n\nA protocol.\n\n## Q: What is SOAP?\n\nAn XML protocol.\n"
        try workspace.update(path: "a.md", text: sources[0].1)
        #expect(Self.describe(workspace.result()) == Self.describe(try linter.lint(sources: sources)))
        workspace.remove(path: "c.md")
        #expect(Self.describe(workspace.result()) == Self.describe(try linter.lint(sources: Array(sources.prefix(2)))))

        // Focused on b.md: its findings only, the duplicate of a.md's question among them.
        let focused = workspace.result(focus: ["b.md"])
        #expect(focused.files.map { $0.path } == ["b.md"])
        #expect(Self.describe(focused) == Self.describe(workspace.result()).filter { $0.hasPrefix("b.md:") })
        #expect(Self.describe(focused).contains { $0.hasPrefix("b.md:7 duplicate-question") })
    }
}
