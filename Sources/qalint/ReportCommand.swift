import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

/// `--min-completeness` and `--min-document-completeness`, shared by `lint` and `report`.
struct CompletenessGateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Exit 1 when fewer than this percentage of all questions are answered (also min-completeness in .qalint.yml).", valueName: "percent"))
    var minCompleteness: Double?

    @Option(help: ArgumentHelp("Exit 1 when a document has fewer than this percentage of its questions answered.", valueName: "percent"))
    var minDocumentCompleteness: Double?

    /// Prints one line per failed gate to standard error; true when any failed.
    func check(_ result: LintResult, configuration: Configuration) -> Bool {
        var failures: [String] = []
        if let minimum = minCompleteness ?? configuration.minCompleteness.overall, result.completeness.answeredPercent < minimum {
            failures.append("qalint: completeness \(format(result.completeness.answeredPercent))% is below the required \(format(minimum))%")
        }
        if let minimum = minDocumentCompleteness ?? configuration.minCompleteness.perDocument {
            for file in result.files where file.completeness.questions > 0 && file.completeness.answeredPercent < minimum {
                failures.append("qalint: \(file.path): completeness \(format(file.completeness.answeredPercent))% is below the required \(format(minimum))%")
            }
        }
        if !failures.isEmpty { FileHandle.standardError.write(Data((failures.joined(separator: "\n") + "\n").utf8)) }
        return !failures.isEmpty
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension CompletenessFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report how complete documents are: per document and section, questions answered, placeholder and empty.")

    @Argument(help: "Files or folders, as for lint.")
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp("Format, optionally with a file: text, markdown, json, html, badge, or FORMAT=FILE. Repeatable.", valueName: "format[=file]"))
    var format: [FormatRequest<CompletenessFormat>] = []

    @Option(help: ArgumentHelp("Write the report that has no file of its own to this file.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("A JSON report of an earlier run (qalint report --format json): show what changed since.", valueName: "file"))
    var compare: String?

    @Flag(help: "Exit 1 when completeness went down since --compare: answered % dropped, or a placeholder or empty answer appeared.")
    var failOnRegression = false

    @OptionGroup var gates: CompletenessGateOptions
    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let requests = try FormatRequest<CompletenessFormat>.resolve(format, default: .text, output: output)
        if failOnRegression && compare == nil { throw QALintError("--fail-on-regression needs --compare FILE") }
        let configuration = try configurationOptions.load()
        let files = try FileDiscovery.files(in: paths, configuration: configuration)
        let result = try Linter(configuration: configuration).lint(files: files)
        var snapshot = CompletenessSnapshot(result)
        if let compare { snapshot.change = CompletenessChange(from: try CompletenessSnapshot.read(path: compare), to: snapshot) }
        for request in requests {
            let text = request.format.render(snapshot)
            if let file = request.file { try AtomicFile.write(text, to: file) } else { FileHandle.print(text) }
        }
        let gateFailed = gates.check(result, configuration: configuration)
        if failOnRegression, snapshot.change?.isRegression == true {
            FileHandle.standardError.write(Data("qalint: completeness went down since \(compare ?? "")\n".utf8))
            throw ExitCode(ExitStatus.findings)
        }
        if gateFailed { throw ExitCode(ExitStatus.findings) }
    }
}
