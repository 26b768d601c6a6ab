import ArgumentParser
import Foundation
import QALintKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings as known debt, so that `lint --baseline` fails only on new ones.")

    @Argument(help: "Files or folders, as for lint.")
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp("The baseline file. Default: the configuration's baseline, or \(Baseline.defaultPath).", valueName: "file"))
    var output: String?

    @Flag(help: "Rewrite the existing baseline keeping only entries that still match a finding: it only ever shrinks. Entries of files not linted in this run are kept.")
    var update = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configurations = try configurationOptions.resolve(paths: paths)
        let configuration = configurations.run
        let file = output ?? configuration.baseline ?? Baseline.defaultPath
        let existing = update ? try Baseline.read(path: file) : nil
        let outcome = try LintRun(configurations: configurations, input: .paths(paths), policy: .record).run()
        let target = try OutputTarget.resolve([file], inputs: outcome.inputs)[0]
        Console.error(outcome.notes)
        let findings = outcome.result.findings
        let baseline = existing?.updated(with: findings, linted: Set(outcome.result.files.map(\.path))) ?? Baseline(findings: findings)
        switch target {
        case .file(let path): try AtomicFile.write(baseline.json(), to: path)
        case .standardOutput: try Console.out(baseline.json())
        }
        let recorded = baseline.entries.reduce(0) { $0 + $1.count }
        var message = "qalint: \(file): \(recorded) finding\(recorded == 1 ? "" : "s") recorded"
        if let existing {
            let removed = existing.entries.reduce(0) { $0 + $1.count } - recorded
            message += ", \(removed) fixed removed"
        }
        Console.error([message])
    }
}
