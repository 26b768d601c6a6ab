import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the shard files of `lint --shard I/N` jobs into one run's reports, duplicates across shards included.")

    @Argument(help: "The shard file of every shard (lint --shard I/N --format shard=FILE).")
    var shards: [String]

    @OptionGroup var reporting: ReportingOptions
    @OptionGroup var configurationOptions: ConfigurationOptions
    @OptionGroup var failOn: FailOnOption
    @OptionGroup var gates: CompletenessGateOptions
    @OptionGroup var baselineOptions: BaselineOptions

    func validate() throws {
        if shards.isEmpty { throw ValidationError("give the shard file of every shard") }
    }

    func run() throws {
        let requests = try reporting.requests(shard: false)
        let configuration = try configurationOptions.load()
        var flags = RunPolicy.Flags()
        failOn.apply(to: &flags)
        try gates.apply(to: &flags)
        baselineOptions.apply(to: &flags)
        let run = LintRun(configuration: configuration, input: .shards(shards), policy: try RunPolicy.lint(configuration, flags))
        try reporting.finish(try run.run(), requests: requests)
    }
}
