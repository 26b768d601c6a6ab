import Foundation

/// Paths and tools the test suites share.
public enum TestSupport {
    /// The package's root folder (this file is Tests/TestSupport/TestSupport.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the project, when it exists. A user's clone has none: tests that
    /// need it skip their checks then.
    public static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus").path) ? url : nil
    }

    /// A file under `../shared`, when that folder exists.
    public static func sharedFile(_ relativePath: String) -> URL? {
        shared.map { $0.appendingPathComponent(relativePath) }
    }

    public static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// The full path of a program on PATH, if installed.
    public static func which(_ program: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program; returns its exit status, standard output and standard error.
    /// A process still running after `timeout` seconds is killed (status 9 by signal).
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil,
                           timeout: TimeInterval = 120) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read both pipes at once before waiting, so that a full pipe cannot block the child.
        // Read with read(2), retried on EINTR: FileHandle's reading traps when a signal (a
        // child of another test exiting) interrupts it.
        let group = DispatchGroup()
        let errBox = Box()
        DispatchQueue.global().async(group: group) { errBox.data = readAll(err.fileHandleForReading.fileDescriptor) }
        let outData = readAll(out.fileHandleForReading.fileDescriptor)
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errBox.data, as: UTF8.self))
    }

    private final class Box: @unchecked Sendable {
        var data = Data()
    }

    private static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            #if canImport(Glibc)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            #else
            let count = buffer.withUnsafeMutableBytes { Darwin.read(descriptor, $0.baseAddress, $0.count) }
            #endif
            if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
            if count < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// Validates an XML file against an XSD with xmllint; nil when xmllint is missing.
    public static func xmllintValidate(_ file: URL, schema: URL) throws -> (ok: Bool, output: String)? {
        guard let xmllint = which("xmllint") else { return nil }
        let result = try run(xmllint, ["--noout", "--schema", schema.path, file.path])
        return (result.status == 0, result.stderr)
    }

    /// Validates a JSON file against a JSON Schema with Python's `jsonschema`; nil when
    /// python3 or the module is missing.
    public static func jsonSchemaValidate(_ file: URL, schema: URL) throws -> (ok: Bool, output: String)? {
        guard let python = which("python3") else { return nil }
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            validator = jsonschema.validators.validator_for(schema)(schema)
            errors = list(validator.iter_errors(json.load(open(sys.argv[2]))))
            for error in errors[:5]:
                print("/".join(map(str, error.absolute_path)), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try run(python, ["-c", script, schema.path, file.path])
        if result.status == 3 { return nil }
        return (result.status == 0, result.stdout + result.stderr)
    }

    /// Checks that a file is well-formed XML; nil when xmllint is missing.
    public static func xmlWellFormed(_ file: URL) throws -> (ok: Bool, output: String)? {
        guard let xmllint = which("xmllint") else { return nil }
        let result = try run(xmllint, ["--noout", file.path])
        return (result.status == 0, result.stderr)
    }

    /// Whether an HTML file parses without errors (mismatched or stray end tags), by
    /// `xmllint --html`; nil when xmllint is not installed. libxml2's parser knows HTML 4
    /// only: its "Tag header invalid" for HTML5's elements (each error is three lines: the
    /// message, the source line, a caret) is not an error of the page.
    public static func htmlParses(_ file: URL) throws -> (ok: Bool, output: String)? {
        guard let xmllint = which("xmllint") else { return nil }
        let result = try run(xmllint, ["--html", "--noout", file.path])
        let html5 = ["header", "main", "footer", "section", "nav", "details", "summary", "article", "aside"]
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        var errors: [Substring] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if html5.contains(where: { line.hasSuffix("HTML parser error : Tag \($0) invalid") }) { index += 3; continue }
            if !line.isEmpty { errors.append(line) }
            index += 1
        }
        return (errors.isEmpty, errors.joined(separator: "\n"))
    }

    /// A fresh temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Testing

extension Trait where Self == ConditionTrait {
    /// Skips a test (reported as skipped) when `../shared` is absent, as in a user's clone.
    public static var needsShared: Self {
        .enabled(if: TestSupport.shared != nil, "needs ../shared beside the project")
    }
}
