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

    @Flag(help: "Rewrite the existing baseline keeping only entries that still match a finding: it only ever shrinks.")
    var update = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configuration = try configurationOptions.load()
        let file = output ?? configuration.baseline ?? Baseline.defaultPath
        let existing = update ? try Baseline.read(path: file) : nil
        let files = try FileDiscovery.files(in: paths, configuration: configuration)
        let findings = try Linter(configuration: configuration).lint(files: files).findings
        let baseline = existing?.updated(with: findings) ?? Baseline(findings: findings)
        try AtomicFile.write(baseline.json(), to: file)
        let recorded = baseline.entries.reduce(0) { $0 + $1.count }
        var message = "qalint: \(file): \(recorded) finding\(recorded == 1 ? "" : "s") recorded"
        if let existing {
            let removed = existing.entries.reduce(0) { $0 + $1.count } - recorded
            message += ", \(removed) fixed removed"
        }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// `--baseline` and `--strict-baseline` of `lint`.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only findings this baseline (written by `qalint baseline`) does not record. Default: the configuration's baseline.", valueName: "file"))
    var baseline: String?

    @Flag(help: "Exit 1 when baseline entries no longer match a finding (debt paid off): run `qalint baseline --update` to shrink it.")
    var strictBaseline = false

    /// Removes baselined findings from the result; prints what was suppressed and what is
    /// stale to standard error. True when `--strict-baseline` fails the run.
    /// `renames` maps old paths of renamed files to their new paths: their entries follow.
    func apply(to result: inout LintResult, configuration: Configuration, renames: [String: String] = [:]) throws -> Bool {
        guard let file = baseline ?? configuration.baseline else {
            if strictBaseline { throw QALintError("--strict-baseline needs --baseline FILE or 'baseline' in .qalint.yml") }
            return false
        }
        let outcome = try Baseline.read(path: file).renamed(renames).apply(to: result.findings)
        result.findings = outcome.findings
        // Entries of files this run did not lint are not stale: they were not looked at.
        let linted = Set(result.files.map(\.path))
        let stale = outcome.stale.filter { linted.contains($0.path) }
        let staleCount = stale.reduce(0) { $0 + $1.count }
        var lines = ["qalint: baseline \(file): \(outcome.suppressed) known finding\(outcome.suppressed == 1 ? "" : "s") not reported, \(staleCount) \(staleCount == 1 ? "entry no longer matches" : "entries no longer match") (fixed)"]
        if strictBaseline && staleCount > 0 {
            lines += stale.map { "qalint: \($0.path): fixed: \($0.rule): \($0.question ?? $0.message ?? $0.identity)" }
            lines.append("qalint: the baseline has fixed entries: run `qalint baseline --update` to remove them")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        return strictBaseline && staleCount > 0
    }
}
