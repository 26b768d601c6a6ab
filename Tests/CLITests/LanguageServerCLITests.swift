import Foundation
import Testing
import TestSupport

/// `qalint lsp` driven by a scripted client over pipes: the messages an editor sends, in
/// order, and what the server answers and publishes.
@Suite struct LanguageServerCLITests {
    let cli = CLITests()

    static func frame(_ message: [String: Any]) -> Data {
        let body = try! JSONSerialization.data(withJSONObject: message)
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    static func request(_ id: Int, _ method: String, _ params: Any) -> Data {
        frame(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
    }

    static func notification(_ method: String, _ params: Any) -> Data {
        frame(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Runs the server on `input`; returns its exit status and every message it wrote.
    func session(_ input: [Data], in directory: URL) throws -> (status: Int32, messages: [[String: Any]]) {
        let script = directory.appendingPathComponent(".session")
        try input.reduce(Data(), +).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let run = try TestSupport.run("/bin/sh", ["-c", "'\(CLITests.binary)' lsp < .session"], in: directory, environment: ["PATH": "/usr/bin:/bin"], timeout: 60)
        var messages: [[String: Any]] = []
        var rest = Data(run.stdout.utf8)
        while let separator = rest.range(of: Data("\r\n\r\n".utf8)) {
            let header = String(decoding: rest[..<separator.lowerBound], as: UTF8.self)
            let length = Int(header.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
            let body = rest[separator.upperBound..<(separator.upperBound + length)]
            messages.append(try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:])
            rest = rest[(separator.upperBound + length)...]
        }
        return (run.status, messages)
    }

    static func uri(_ directory: URL, _ path: String) -> String {
        directory.appendingPathComponent(path).standardizedFileURL.absoluteString
    }

    /// The last diagnostics published for `uri`.
    static func diagnostics(_ messages: [[String: Any]], _ uri: String) -> [[String: Any]]? {
        messages.last { ($0["method"] as? String) == "textDocument/publishDiagnostics" && (($0["params"] as? [String: Any])?["uri"] as? String) == uri }
            .flatMap { ($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] }
    }

    static func reply(_ messages: [[String: Any]], _ id: Int) -> Any? {
        messages.first { ($0["id"] as? Int) == id }?["result"]
    }

    @Test func anEditorSessionGetsDiagnosticsFixesAndHelp() throws {
        let faq = "# FAQ\n\n## Contents\n\n- [What is REST?](#what-is-rest-)\n- [What is HTTP?](#what-is-http)\n- [What is SMTP?](#what-is-smtp)\n\n"
            + "## Answers\n\n### What is REST?\n\nA style.\n\n### What is HTTP?\n\nA protocol.\n\n### What is SMTP?\n\nMail.\n"
        let directory = try cli.workspace(["docs/faq.md": faq, "docs/a-other.md": "# Other\n\n## Q: What is gRPC?\n\nA framework.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let uri = Self.uri(directory, "docs/faq.md")
        let changed = faq.replacingOccurrences(of: "A protocol.", with: "TODO") + "\n### What is gRPC?\n\nRemote calls.\n"
        let grpcLine = try #require(changed.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "### What is gRPC?"))
        let (status, messages) = try session([
            Self.request(1, "initialize", ["rootUri": directory.standardizedFileURL.absoluteString, "capabilities": [:]]),
            Self.notification("initialized", [:]),
            Self.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": faq]]),
            Self.request(2, "textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": 4, "character": 0], "end": ["line": 4, "character": 5]],
                                                       "context": ["diagnostics": []]]),
            Self.notification("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": changed]]]),
            Self.request(3, "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 14, "character": 4]]),
            Self.request(5, "textDocument/codeAction", ["textDocument": ["uri": uri], "range": ["start": ["line": grpcLine, "character": 0], "end": ["line": grpcLine, "character": 0]],
                                                       "context": ["diagnostics": []]]),
            Self.request(4, "shutdown", NSNull()),
            Self.notification("exit", NSNull()),
        ], in: directory)
        #expect(status == 0)
        let capabilities = (Self.reply(messages, 1) as? [String: Any])?["capabilities"] as? [String: Any]
        #expect(capabilities?["hoverProvider"] as? Bool == true)

        // The dead link has a fix: the whole document with the link pointed at its heading.
        let actions = Self.reply(messages, 2) as? [[String: Any]] ?? []
        #expect(actions.map { $0["title"] as? String } == ["Fix: toc-mismatch", "Disable toc-mismatch for this file"])
        let edit = (((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])?.first
        #expect((edit?["newText"] as? String)?.contains("- [What is REST?](#what-is-rest)\n") == true)

        // After the change: the placeholder, and the question that now duplicates a-other.md's.
        let diagnostics = try #require(Self.diagnostics(messages, uri))
        let codes = diagnostics.compactMap { $0["code"] as? String }.sorted()
        #expect(codes == ["duplicate-question", "placeholder-answer", "toc-mismatch", "toc-mismatch"], "\(codes)")
        let placeholder = diagnostics.first { $0["code"] as? String == "placeholder-answer" }
        #expect((placeholder?["range"] as? [String: Any]).flatMap { ($0["start"] as? [String: Any])?["line"] as? Int } == 14)
        #expect(placeholder?["severity"] as? Int == 1)
        #expect(((placeholder?["codeDescription"] as? [String: Any])?["href"] as? String)?.hasSuffix("docs/rules.md#placeholder-answer") == true)
        let duplicate = diagnostics.first { $0["code"] as? String == "duplicate-question" }
        let related = (duplicate?["relatedInformation"] as? [[String: Any]])?.first?["location"] as? [String: Any]
        #expect(related?["uri"] as? String == Self.uri(directory, "docs/a-other.md"))

        // A quick fix's diagnostic names the other place as the published one does.
        let suppress = (Self.reply(messages, 5) as? [[String: Any]] ?? []).first { ($0["title"] as? String) == "Disable duplicate-question for this question" }
        let attached = (suppress?["diagnostics"] as? [[String: Any]])?.first?["relatedInformation"] as? [[String: Any]]
        #expect((attached?.first?["location"] as? [String: Any])?["uri"] as? String == Self.uri(directory, "docs/a-other.md"))
        let insertion = (((suppress?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])?.first
        #expect(insertion?["newText"] as? String == "<!-- qalint-disable-next-question duplicate-question -- REASON -->\n")

        // Hovering the placeholder's question: its status and the rule's explanation.
        let hover = ((Self.reply(messages, 3) as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        #expect(hover.hasPrefix("**Question** · placeholder"))
        #expect(hover.contains("**placeholder-answer** — An answer is only placeholder content"))
    }

    @Test func aFileChangedOutsideTheEditorIsReadAgainWhenTheClientWatchesFiles() throws {
        let directory = try cli.workspace(["b.md": "# B\n\n## Q: What is REST?\n\nA style.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let uri = Self.uri(directory, "z.md")
        let hover = { (id: Int) in Self.request(id, "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 2, "character": 3]]) }
        let before = [
            Self.request(1, "initialize", ["rootUri": directory.standardizedFileURL.absoluteString,
                                           "capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]]),
            Self.notification("initialized", [:]),
            Self.frame(["jsonrpc": "2.0", "id": "qalint-watch", "result": NSNull()]),  // the client's reply to the registration
            Self.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "# Z\n\n## Q: What is REST?\n\nA style of APIs.\n"]]),
            hover(2),
        ]
        let after = [
            Self.notification("workspace/didChangeWatchedFiles", ["changes": [["uri": Self.uri(directory, "b.md"), "type": 2]]]),
            hover(3),
            Self.request(4, "shutdown", NSNull()),
            Self.notification("exit", NSNull()),
        ]
        // The client's side in time: the first messages, then b.md is rewritten on disk, then the rest.
        try before.reduce(Data(), +).write(to: directory.appendingPathComponent(".before"))
        try after.reduce(Data(), +).write(to: directory.appendingPathComponent(".after"))
        let script = "(cat .before; sleep 2; printf '# B\\n\\n## Q: What is SOAP?\\n\\nA protocol.\\n' > b.md; cat .after) | '\(CLITests.binary)' lsp"
        let run = try TestSupport.run("/bin/sh", ["-c", script], in: directory, environment: ["PATH": "/usr/bin:/bin"], timeout: 60)
        #expect(run.status == 0)
        var messages: [[String: Any]] = []
        var rest = Data(run.stdout.utf8)
        while let separator = rest.range(of: Data("\r\n\r\n".utf8)) {
            let length = Int(String(decoding: rest[..<separator.lowerBound], as: UTF8.self).split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
            messages.append(try JSONSerialization.jsonObject(with: rest[separator.upperBound..<(separator.upperBound + length)]) as? [String: Any] ?? [:])
            rest = rest[(separator.upperBound + length)...]
        }
        // The server asked to watch Markdown and configuration files, and did not answer the reply.
        let registration = messages.first { $0["method"] as? String == "client/registerCapability" }
        #expect(registration != nil)
        #expect(!messages.contains { $0["error"] != nil }, "\(messages)")
        let published = messages.filter { $0["method"] as? String == "textDocument/publishDiagnostics" && ($0["params"] as? [String: Any])?["uri"] as? String == uri }
            .map { (($0["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
        #expect(published.first == ["duplicate-question"], "z.md asks what b.md asked")
        #expect(published.last == [], "b.md no longer asks it: the duplicate is gone")
    }

    /// LSP counts columns in UTF-16 units, qalint in bytes: a heading of Chinese text ends
    /// where the editor's line ends, not three times further.
    @Test func rangesAreInTheUTF16ColumnsEditorsCount() throws {
        let directory = try cli.workspace([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let uri = Self.uri(directory, "faq.md")
        let (_, messages) = try session([
            Self.request(1, "initialize", ["rootUri": directory.standardizedFileURL.absoluteString, "capabilities": [:]]),
            Self.notification("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "# FAQ\n\n## Q: 什么是REST？😀\n\nTODO\n"]]),
            Self.request(2, "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 2, "character": 0]]),
            Self.request(3, "shutdown", NSNull()),
            Self.notification("exit", NSNull()),
        ], in: directory)
        let range = try #require(Self.diagnostics(messages, uri)?.first?["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["character"] as? Int == 0)
        #expect((range["end"] as? [String: Any])?["character"] as? Int == "## Q: 什么是REST？😀".utf16.count)
    }

    @Test func malformedMessagesBrokenConfigurationsAndDeletedFilesLeaveItRunning() throws {
        let directory = try cli.workspace([".qalint.yml": "rules:\n  no-such-rule: off\n", "faq.md": "# FAQ\n\n## Q: Is it done?\n\nTODO\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let gone = Self.uri(directory, "gone.md")  // open in the editor, never on disk (or deleted since)
        let (status, messages) = try session([
            Self.request(1, "initialize", ["rootUri": directory.standardizedFileURL.absoluteString, "capabilities": [:]]),
            Data("Content-Length: 7\r\n\r\n{broken".utf8),
            Data("Content-Length: nine\r\n\r\n".utf8),
            Self.notification("textDocument/didOpen", ["textDocument": ["uri": gone, "languageId": "markdown", "version": 1, "text": "# A\n\n## Q: Is it here?\n\nTBD\n"]]),
            Self.notification("textDocument/didChange", ["textDocument": ["uri": gone, "version": 2], "contentChanges": [["text": "# A\n\n## Q: Is it here?\n\n"]]]),
            // (A request makes the server lint what changed before it answers.)
            Self.request(4, "textDocument/hover", ["textDocument": ["uri": gone], "position": ["line": 2, "character": 3]]),
            Self.request(2, "textDocument/unknownThing", [:]),
            Self.request(3, "shutdown", NSNull()),
            Self.notification("exit", NSNull()),
        ], in: directory)
        #expect(status == 0)
        let errors = messages.compactMap { $0["error"] as? [String: Any] }
        #expect(errors.compactMap { $0["code"] as? Int } == [-32700, -32700, -32601])
        // The configuration's error is a diagnostic on its own file, at its line.
        let configuration = try #require(Self.diagnostics(messages, Self.uri(directory, ".qalint.yml")))
        #expect(configuration.first?["message"] as? String == "unknown rule 'no-such-rule'")
        #expect(((configuration.first?["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int == 1)
        // The open document that is not on disk is linted from the editor's text.
        let diagnostics = try #require(Self.diagnostics(messages, gone))
        #expect(diagnostics.compactMap { $0["code"] as? String } == ["empty-answer"])
    }
}
