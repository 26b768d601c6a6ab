import Foundation
import QALintKit
import QALintReporters

/// `qalint lsp`: a Language Server Protocol server over standard input and output.
///
/// The workspace's Markdown files are read once and kept (`Workspace`); an open document's
/// text comes from the editor. A change reads that document again and reruns the corpus
/// stage, so duplicates across files stay current; diagnostics are published for the open
/// documents once a burst of changes is over (messages already waiting are read first).
/// Each file takes its nearest configuration; a configuration that does not load is a
/// diagnostic on the configuration file, and the files lint with the defaults meanwhile.
public final class LanguageServer {
    let channel: MessageChannel
    /// The workspace folder (the current folder once initialized); paths are relative to it.
    private(set) var root = FileManager.default.currentDirectoryPath
    /// Open documents by path: the editor's text.
    private(set) var open: [String: String] = [:]
    private var workspace: Workspace?
    private var configurations: NearestConfiguration?
    /// A configuration that did not load, shown on its own file.
    private var configurationError: QALintError?
    /// Documents whose text changed since the last lint.
    private var dirty = Set<String>()
    private(set) var result: LintResult?
    private var published: [String: [[String: Any]]] = [:]
    private var shutdownRequested = false
    /// Whether the client takes file watchers registered by the server.
    private var watchesFiles = false

    public init(channel input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        channel = MessageChannel(input: input, output: output)
    }

    /// Serves until `exit` or the end of input; returns the process's exit status.
    public func run() -> Int32 {
        while let received = channel.next() {
            switch received {
            case .malformed(let why):
                channel.send(["jsonrpc": "2.0", "id": NSNull(), "error": ["code": -32700, "message": "qalint: \(why)"]])
            case .message(let message):
                if let status = handle(message) { return status }
            }
            if !channel.hasPending { lintIfDirty() }
        }
        return shutdownRequested ? 0 : 1
    }

    /// Handles one message; returns an exit status on `exit`.
    func handle(_ message: [String: Any]) -> Int32? {
        // A reply to what the server asked (registering file watchers): nothing to do.
        guard let method = message["method"] as? String else { return nil }
        let params = message["params"] as? [String: Any] ?? [:]
        let id = message["id"]
        func reply(_ result: Any) { channel.send(["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result]) }
        switch method {
        case "initialize":
            initialize(params)
            watchesFiles = ((params["capabilities"] as? [String: Any])?["workspace"] as? [String: Any])
                .flatMap { $0["didChangeWatchedFiles"] as? [String: Any] }?["dynamicRegistration"] as? Bool ?? false
            reply(Self.capabilities)
        case "initialized":
            // Files changed outside the editor (a checkout, another tool) and configuration
            // files: the client watches them where it can.
            if watchesFiles {
                channel.send(["jsonrpc": "2.0", "id": "qalint-watch", "method": "client/registerCapability", "params": ["registrations": [[
                    "id": "qalint-files", "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": ["watchers": [["globPattern": "**/*.{md,markdown}"], ["globPattern": "**/.qalint.{yml,yaml}"]]],
                ]]]])
            }
        case "$/cancelRequest", "$/setTrace":
            break
        case "shutdown":
            shutdownRequested = true
            reply(NSNull())
        case "exit":
            return shutdownRequested ? 0 : 1
        case "textDocument/didOpen":
            guard let document = params["textDocument"] as? [String: Any], let path = path(document["uri"]),
                  let text = document["text"] as? String else { break }
            open[path] = text
            dirty.insert(path)
        case "textDocument/didChange":
            guard let path = path((params["textDocument"] as? [String: Any])?["uri"]),
                  let text = (params["contentChanges"] as? [[String: Any]])?.last?["text"] as? String else { break }
            open[path] = text
            dirty.insert(path)
        case "textDocument/didSave":
            guard let path = path((params["textDocument"] as? [String: Any])?["uri"]) else { break }
            if Self.isConfiguration(path) { reloadConfiguration() } else { dirty.insert(path) }
        case "textDocument/didClose":
            guard let path = path((params["textDocument"] as? [String: Any])?["uri"]) else { break }
            open[path] = nil
            publish(path, [])
            dirty.insert(path)  // back to what is on disk, or gone
        case "workspace/didChangeWatchedFiles":
            let paths = (params["changes"] as? [[String: Any]] ?? []).compactMap { path($0["uri"]) }
            if paths.contains(where: Self.isConfiguration) { reloadConfiguration() }
            dirty.formUnion(paths.filter { !Self.isConfiguration($0) && open[$0] == nil })
        case "workspace/didChangeConfiguration":
            reloadConfiguration()
        case "textDocument/codeAction":
            lintIfDirty()
            reply(codeActions(params))
        case "textDocument/hover":
            lintIfDirty()
            reply(hover(params) ?? NSNull())
        default:
            if id != nil {
                channel.send(["jsonrpc": "2.0", "id": id!, "error": ["code": -32601, "message": "qalint does not answer \(method)"]])
            }
        }
        return nil
    }

    static var capabilities: [String: Any] { [
        "capabilities": [
            "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
            "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            "hoverProvider": true,
        ],
        "serverInfo": ["name": "qalint", "version": QALintTool.version],
    ] }

    private func initialize(_ params: [String: Any]) {
        let folder = ((params["workspaceFolders"] as? [[String: Any]])?.first?["uri"] as? String) ?? (params["rootUri"] as? String)
        if let folder, let url = URL(string: folder), url.isFileURL, FileManager.default.changeCurrentDirectoryPath(url.path) {
            root = url.standardizedFileURL.path
        } else if let path = params["rootPath"] as? String, FileManager.default.changeCurrentDirectoryPath(path) {
            root = path
        }
        root = FileManager.default.currentDirectoryPath
    }

    // MARK: - Linting

    /// Lints what changed, then publishes the open documents' diagnostics that differ.
    func lintIfDirty() {
        guard workspace == nil || !dirty.isEmpty else { return }
        if workspace == nil { loadWorkspace() }
        guard var workspace else { return }
        for path in dirty {
            let text = open[path] ?? (try? String(contentsOfFile: path, encoding: .utf8))
            if let text { try? workspace.update(path: path, text: text, configuration: configuration(for: path)) } else { workspace.remove(path: path) }
        }
        dirty.removeAll()
        self.workspace = workspace
        // Only the open documents are shown: the others are compared, not reported.
        let result = workspace.result(focus: Set(open.keys))
        self.result = result
        let byPath = Dictionary(grouping: result.findings, by: \.path)
        for (path, text) in open.sorted(by: { $0.key < $1.key }) {
            let lines = Diagnostics.Lines(text)
            publish(path, (byPath[path] ?? []).map { Diagnostics.diagnostic($0, root: root, lines: lines) })
        }
        publishConfigurationError()
    }

    /// Reads every Markdown file of the workspace (as `qalint lint .` finds them).
    private func loadWorkspace() {
        loadConfigurations()
        let run = configurations?.run ?? Configuration()
        // Answers are remembered by their text: a keystroke changes one of a thousand.
        guard let linter = try? Linter(configuration: run, remembersAnswers: true) else { return }
        var workspace = Workspace(linter: linter)
        let found = (try? FileDiscovery.find(in: ["."], gitignore: true) { self.configuration(for: $0) ?? run })?.files ?? []
        let documents = Set(found).union(open.keys).sorted().compactMap { path -> (path: String, text: String, configuration: Configuration?)? in
            guard let text = open[path] ?? (try? String(contentsOfFile: path, encoding: .utf8)) else { return nil }
            return (path, text, configuration(for: path))
        }
        _ = workspace.update(documents)  // (a file that cannot be read is left out, as lint says of it)
        dirty.removeAll()
        self.workspace = workspace
    }

    private func loadConfigurations() {
        configurationError = nil
        do {
            configurations = try NearestConfiguration(paths: ["."])
        } catch let error as QALintError {
            configurationError = error
            configurations = NearestConfiguration(explicit: Configuration())
        } catch {
            configurations = NearestConfiguration(explicit: Configuration())
        }
    }

    private func configuration(for path: String) -> Configuration? {
        guard configurations != nil else { return nil }
        do {
            return try configurations!.configuration(for: path)
        } catch let error as QALintError {
            configurationError = error
            return configurations!.run
        } catch {
            return configurations!.run
        }
    }

    /// A configuration changed: everything is read again with it (and an error shown on a
    /// configuration file that now loads is taken back).
    private func reloadConfiguration() {
        let previous = configurationError?.file
        workspace = nil
        loadWorkspace()
        if let previous, configurationError?.file != previous { publish(previous, []) }
        dirty.formUnion(open.keys)
    }

    private func publishConfigurationError() {
        guard let error = configurationError, let file = error.file else { return }
        let line = max(0, (error.line ?? 1) - 1)
        publish(file, [[
            "range": ["start": ["line": line, "character": 0], "end": ["line": line, "character": 1000]],
            "severity": 1, "source": "qalint", "message": error.message,
        ]])
    }

    func publish(_ path: String, _ diagnostics: [[String: Any]]) {
        if let previous = published[path], NSArray(array: previous).isEqual(to: diagnostics) { return }
        published[path] = diagnostics
        channel.send(["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                      "params": ["uri": Self.uri(path, root: root), "diagnostics": diagnostics]])
    }

    // MARK: - Requests

    private func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let path = path((params["textDocument"] as? [String: Any])?["uri"]), let text = open[path], let result else { return [] }
        let wanted = Diagnostics.lines(of: params["range"])
        let findings = result.findings.filter { $0.path == path && wanted.overlaps(($0.range.startLine - 1)...($0.range.endLine - 1)) }
        return CodeActions.actions(for: findings, text: text, uri: Self.uri(path, root: root), root: root)
    }

    private func hover(_ params: [String: Any]) -> [String: Any]? {
        guard let path = path((params["textDocument"] as? [String: Any])?["uri"]), let result,
              let line = ((params["position"] as? [String: Any])?["line"] as? Int).map({ $0 + 1 }) else { return nil }
        return Hover.hover(at: line, path: path, result: result, root: root)
    }

    // MARK: - Paths

    /// A `file://` URI as a path relative to the workspace folder (absolute outside it).
    func path(_ uri: Any?) -> String? {
        guard let uri = uri as? String, let url = URL(string: uri), url.isFileURL else { return nil }
        let absolute = url.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    static func uri(_ path: String, root: String) -> String {
        URL(fileURLWithPath: path.hasPrefix("/") ? path : root + "/" + path).absoluteString
    }

    static func isConfiguration(_ path: String) -> Bool {
        Configuration.fileNames.contains((path as NSString).lastPathComponent)
    }
}
