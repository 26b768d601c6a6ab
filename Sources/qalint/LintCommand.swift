import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint Markdown files, or folders searched recursively for *.md and *.markdown.")

    @Argument(help: "Files or folders to lint; - reads one document from standard input.")
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp("With -: the path the document on standard input stands for. Its nearest configuration applies and reports name it.", valueName: "path"))
    var stdinFilename: String?

    @OptionGroup var selection: RuleSelectionOptions

    @Flag(help: "Lint the files git ignores too (.gitignore is respected in folder searches by default).")
    var noIgnore = false

    @OptionGroup var fixing: FixOptions

    @OptionGroup var reporting: ReportingOptions

    @OptionGroup var configurationOptions: ConfigurationOptions

    @OptionGroup var failOn: FailOnOption

    @OptionGroup var gates: CompletenessGateOptions

    @OptionGroup var baselineOptions: BaselineOptions

    @OptionGroup var changedOptions: ChangedOptions

    @Flag(help: ArgumentHelp("Print the time of each stage to standard error (for benchmarks).", visibility: .hidden))
    var timings = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Lint only part I of N of the files (a deterministic split by path), for parallel CI jobs; write what `qalint merge` needs with --format shard=FILE.", valueName: "I/N"))
    var shard: String?

    func run() throws {
        let input = try self.input()
        let configurations = try configurationOptions.resolve(paths: stdinFilename.map { [$0] } ?? paths)
        let configuration = configurations.run
        let shard = try shard.map(Shard.init(parsing:))
        let requests = try reporting.requests(shard: shard != nil)
        var flags = RunPolicy.Flags()
        failOn.apply(to: &flags)
        try gates.apply(to: &flags)
        baselineOptions.apply(to: &flags)
        var run = LintRun(configurations: configurations, input: input, policy: try RunPolicy.lint(configuration, flags))
        run.selection = selection.selection
        run.gitignore = !noIgnore
        run.shard = shard
        run.changedSince = changedOptions.changedSince
        run.changedQuestions = changedOptions.changedQuestions
        if try fixing.apply(run, quiet: reporting.quiet) == .diffPrinted { return }
        let outcome = try run.run()
        if timings {
            let lines = outcome.result.timings.map { String(format: "%8.3f s  %@", $0.seconds, $0.stage) }
            Console.error(lines)
        }
        try reporting.finish(outcome, requests: requests)
    }

    /// The paths, or the document on standard input (`-`, alone).
    private func input() throws -> LintRun.Input {
        guard paths.contains("-") else {
            if stdinFilename != nil { throw QALintError("--stdin-filename names the document read from standard input: give - as the path") }
            return .paths(paths)
        }
        guard paths == ["-"] else { throw QALintError("- (standard input) is the only path of a run that reads it") }
        if shard != nil { throw QALintError("--shard splits files: it cannot take standard input") }
        let name = stdinFilename.map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 } ?? "<stdin>"
        return .standardInput(name: name, bytes: try StandardInput.read(name: name))
    }
}

/// `--format`, `--output` and `--color`: what `lint` and `merge` report.
struct ReportingOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Report format, optionally with a file: FORMAT or FORMAT=FILE. Repeat for several reports in one run; at most one goes to standard output. Formats: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (shard: the data `qalint merge` reads, with --shard).",
        valueName: "format[=file]"))
    var format: [ReportRequest] = []

    @Option(help: ArgumentHelp("Write the report that has no file of its own to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text report: auto (on a terminal, or when FORCE_COLOR is set; never when NO_COLOR is), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Leave the completeness lines and the summary line out of the text report.")
    var noSummary = false

    @Flag(name: [.customShort("q"), .long], help: "Print findings and errors only: no summary, and no notes on standard error.")
    var quiet = false

    @Flag(help: "Add the number of findings of each rule to the text report.")
    var statistics = false

    /// Prints the run's notes, writes its reports, prints why it fails, and exits 1 if it does.
    func finish(_ outcome: RunOutcome, requests: [ReportRequest]) throws {
        let targets = try ReportRequest.targets(requests, inputs: outcome.inputs)
        // The GitHub job summary is checked as a report is, before anything is written.
        let environment = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"] ?? ""
        let summary = requests.contains(where: { $0.format == .github }) && !environment.isEmpty
            ? try OutputTarget.resolveAppended(environment, inputs: outcome.inputs, reports: targets) : nil
        if !quiet { Console.error(outcome.notes) }
        try write(outcome.result, requests: requests, targets: targets, summary: summary)
        Console.error(outcome.failures.flatMap(\.messages))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// Writes each requested report of a result (`lint` and `merge`) to its target, and the
    /// job summary to `summary` with the `github` format.
    func write(_ result: LintResult, requests: [ReportRequest], targets: [OutputTarget], summary: String?) throws {
        let paths = RepositoryPaths.current()
        for (request, target) in zip(requests, targets) {
            var options = ReportOptions(color: target == .standardOutput && color.enabled(), timestamp: Self.timestamp(), paths: paths)
            options.summary = !(noSummary || quiet)
            options.statistics = statistics
            switch target {
            case .file(let file):
                var stream = try AtomicFile.Stream(path: file)
                request.format.write(result, options: options, to: &stream)
                try stream.commit()
            case .standardOutput:
                var stream = StandardOutputStream()
                request.format.write(result, options: options, to: &stream)
                try stream.finish()
            }
            if request.format == .github, let summary {
                try AtomicFile.append(GitHubSummaryReporter(paths: paths).render(result), to: summary)
            }
        }
    }

    /// The reports to write: `--format` requests, with `--output` giving the file of the one
    /// that has none. At most one report goes to standard output.
    func requests(shard: Bool) throws -> [ReportRequest] {
        let requests = try ReportRequest.resolve(format, default: .text, output: output)
        if !shard && requests.contains(where: { $0.format == .shard }) {
            throw QALintError("--format shard writes the data of one shard: it needs `lint --shard I/N`")
        }
        return requests
    }

    /// `SOURCE_DATE_EPOCH` as an ISO 8601 date for JUnit; the epoch otherwise, so that
    /// reports stay byte-identical run to run.
    static func timestamp() -> String {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) ?? 0
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withDashSeparatorInDate, .withColonSeparatorInTime]
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}

/// `FORMAT` or `FORMAT=FILE`, as `--format` takes it.
struct FormatRequest<Format: RawRepresentable & CaseIterable & Sendable>: ExpressibleByArgument where Format.RawValue == String {
    var format: Format
    var file: String?

    init(format: Format, file: String?) {
        self.format = format
        self.file = file
    }

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard let format = Format(rawValue: String(parts[0])) else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty else { return nil }
            self.init(format: format, file: Self.file(String(parts[1])))
        } else {
            self.init(format: format, file: nil)
        }
    }

    /// A report file as given; nil for standard output (`-`, `/dev/stdout`).
    static func file(_ name: String) -> String? {
        OutputTarget.standardOutputNames.contains(name) ? nil : name
    }

    static var allValueStrings: [String] { Format.allCases.map(\.rawValue) }

    /// The requests of a command: `--output` gives the file of the one that has none, at
    /// most one goes to standard output, no two share a file.
    static func resolve(_ given: [Self], default format: Format, output: String?) throws -> [Self] {
        var requests = given.isEmpty ? [Self(format: format, file: nil)] : given
        let toStdout = requests.indices.filter { requests[$0].file == nil }
        if let output = output.flatMap(Self.file) {
            guard let index = toStdout.first else {
                throw QALintError("--output has no report to take: every --format already names a file")
            }
            requests[index].file = output
        }
        if toStdout.count > 1 {
            throw QALintError("at most one report can go to standard output: give the others a file, as in --format json=reports/qalint.json")
        }
        let files = requests.compactMap(\.file)
        if let clash = Dictionary(grouping: files, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw QALintError("two reports would be written to \(clash)")
        }
        return requests
    }
}

typealias ReportRequest = FormatRequest<ReportFormat>

extension RepositoryPaths {
    /// The current folder, and the nearest folder above it that holds `.git`.
    static func current() -> RepositoryPaths {
        let current = FileManager.default.currentDirectoryPath
        var url = URL(fileURLWithPath: current).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) {
                return RepositoryPaths(currentDirectory: current, repositoryRoot: url.path)
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return RepositoryPaths(currentDirectory: current, repositoryRoot: nil) }
            url = parent
        }
    }
}


enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled() -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: Self.automatic(ProcessInfo.processInfo.environment, terminal: isatty(STDOUT_FILENO) != 0)
        }
    }

    /// FORCE_COLOR (set, not empty, not 0 or false) colours even through a pipe, as CI logs
    /// that render colour want; NO_COLOR (set, not empty) never; otherwise a terminal does.
    static func automatic(_ environment: [String: String], terminal: Bool) -> Bool {
        if let force = environment["FORCE_COLOR"], !force.isEmpty, !["0", "false"].contains(force.lowercased()) { return true }
        if let none = environment["NO_COLOR"], !none.isEmpty { return false }
        return terminal
    }
}
