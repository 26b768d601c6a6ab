import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the JSON reports of `lint --shard I/N` jobs into one run's reports, duplicates across shards included.")

    @Argument(help: "The JSON report of every shard.")
    var reports: [String]

    @OptionGroup var reporting: ReportingOptions
    @OptionGroup var configurationOptions: ConfigurationOptions
    @OptionGroup var baselineOptions: BaselineOptions

    func validate() throws {
        if reports.isEmpty { throw ValidationError("give the JSON report of every shard") }
    }

    func run() throws {
        let requests = try reporting.requests()
        let configuration = try configurationOptions.load()
        let inputs = try reports.map { path -> (path: String, data: Data) in
            guard let data = FileManager.default.contents(atPath: path) else { throw QALintError(file: path, "cannot read the report") }
            return (path, data)
        }
        var result = try Linter(configuration: configuration).merge(reports: inputs)
        let baselineFailed = try baselineOptions.apply(to: &result, configuration: configuration)
        try reporting.write(result, requests: requests)
        if reporting.failed(result, configuration: configuration) || baselineFailed { throw ExitCode(ExitStatus.findings) }
    }
}
