import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint Markdown files, or folders searched recursively for *.md and *.markdown.")

    @Argument(help: "Files or folders to lint.")
    var paths: [String] = ["."]

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Configuration file. Default: .qalint.yml in the current folder or the nearest parent.", valueName: "file"))
    var config: String?

    @Option(help: "Exit 1 when a finding is at or above this severity: error, warning, info, never.")
    var failOn: FailThreshold = .error

    @Option(help: "Colour the text report: auto (only on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    func run() throws {
        let configuration = try loadConfiguration()
        let files = try FileDiscovery.files(in: paths)
        if files.isEmpty {
            FileHandle.standardError.write(Data("qalint: warning: no Markdown files found in \(paths.joined(separator: " "))\n".utf8))
        }
        let result = try Linter(configuration: configuration).lint(files: files)
        let options = ReportOptions(color: output == nil && color.enabled(), timestamp: Self.timestamp())
        let report = format.render(result, options: options)
        if let output {
            try AtomicFile.write(report, to: output)
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        if let threshold = failOn.severity, result.findings.contains(where: { $0.severity >= threshold }) {
            throw ExitCode(ExitStatus.findings)
        }
    }

    private func loadConfiguration() throws -> Configuration {
        if let config { return try Configuration.load(path: config) }
        if let found = Configuration.discover() { return try Configuration.load(path: relative(found)) }
        return Configuration()
    }

    /// A discovered configuration path, relative to the current folder when it is inside it.
    private func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }

    /// `SOURCE_DATE_EPOCH` as an ISO 8601 date for JUnit; the epoch otherwise, so that
    /// reports stay byte-identical run to run.
    private static func timestamp() -> String {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? 0
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}

extension ReportFormat: ExpressibleByArgument {}

enum FailThreshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never

    var severity: Severity? { Severity(rawValue: rawValue) }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled() -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        }
    }
}
