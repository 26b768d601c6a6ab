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

/// What the language server's speed rests on gives what a plain run gives: rules that write
/// only the focused documents' findings, answers remembered by their text, the corpus
/// stage's steps side by side.
@Suite struct FocusedCorpusTests {
    /// Three documents with every kind of corpus finding between and within them.
    static let documents = [
        ("a.md", """
            # A

            ## Q: What is the difference between String, StringBuffer and StringBuilder?

            Strings are immutable; the builders are mutable and one of them is synchronized.

            ## Q: How do I install the CLI?

            Download the archive for your platform from the releases page, unpack it and put the binary on your PATH.

            ## Q: What is REST?

            TODO
            """),
        ("b.md", """
            # B

            ## Q: What is the difference between String, StringBuilder and StringBuffer?

            The same answer again, in other words than the first one gives.

            ## Q: How do I upgrade the CLI?

            Download the archive for your platform from the releases page, unpack it and put the binary on your PATH.

            ## Q: What is REST?

            A style of building web services over HTTP with resources.

            ## Q: Explain what a service mesh is.

            Sidecar proxies that carry the traffic between services.
            """),
        ("c.md", """
            # C

            ## Q: Can you define a service mesh?

            An infrastructure layer for service-to-service traffic.

            ## Q: How do I remove the CLI?

            Delete the binary from your PATH, then remove its settings folder from your home.
            """),
    ]

    @Test func eachDocumentsFocusIsItsPartOfTheWholeRun() throws {
        for remembers in [false, true] {
            let linter = try Linter(remembersAnswers: remembers)
            var workspace = QALintKit.Workspace(linter: linter)
            for (path, text) in Self.documents { try workspace.update(path: path, text: text) }
            let whole = WorkspaceTests.describe(try linter.lint(sources: Self.documents))
            for rule in ["duplicate-question", "similar-question", "duplicate-answer"] {
                #expect(whole.contains { $0.contains(" \(rule) ") }, "the sample has no \(rule) finding")
            }
            #expect(WorkspaceTests.describe(workspace.result()) == whole)
            for (path, _) in Self.documents {
                let focused = WorkspaceTests.describe(workspace.result(focus: [path]))
                #expect(focused == whole.filter { $0.hasPrefix(path + ":") })
                #expect(!focused.isEmpty)
            }
            // Read again (answers now remembered where asked): the same.
            for (path, text) in Self.documents { try workspace.update(path: path, text: text) }
            #expect(WorkspaceTests.describe(workspace.result()) == whole)
        }
    }

    @Test func aRememberedAnswerIsReadAgainWhenItsTextChanges() throws {
        let linter = try Linter(remembersAnswers: true)
        var workspace = QALintKit.Workspace(linter: linter)
        var sources = Self.documents
        for (path, text) in sources { try workspace.update(path: path, text: text) }
        // a.md's placeholder is answered, and its copied answer written anew.
        sources[0].1 = sources[0].1.replacingOccurrences(of: "TODO", with: "An architectural style for web services.")
            .replacingOccurrences(of: "Download the archive for your platform", with: "Run the installer script, which fetches the archive")
        try workspace.update(path: "a.md", text: sources[0].1)
        let after = WorkspaceTests.describe(workspace.result())
        #expect(after == WorkspaceTests.describe(try Linter().lint(sources: sources)))
        #expect(!after.contains { $0.hasPrefix("a.md:") && $0.contains("placeholder-answer") })
    }
}
