import ArgumentParser
import QALintKit
import QALintReporters

/// `lint --fix` and `--diff`: the fixes of a run's reported findings, written or shown.
struct FixOptions: ParsableArguments {
    @Flag(help: "Fix what has one right answer (toc-mismatch, answer-marker-style) in place, then report what is left.")
    var fix = false

    @Flag(help: "Print the fixes --fix would make as a unified diff, change nothing; exit 1 when there are some.")
    var diff = false

    enum Outcome { case nothingAsked, fixed, diffPrinted }

    /// With `--diff`, prints the diff (exit 1 when it is not empty); with `--fix`, fixes until
    /// nothing changes (a fix can make another finding fixable: a repaired link lists one
    /// more question), a few rounds at most, and says how many on standard error.
    func apply(_ run: LintRun, quiet: Bool) throws -> Outcome {
        guard fix || diff else { return .nothingAsked }
        guard case .paths = run.input else { throw QALintError("--fix and --diff change files: they cannot take standard input") }
        if run.shard != nil { throw QALintError("--fix and --diff change whole files: they cannot take --shard") }
        if diff {
            let fixes = try FileFixes.apply(try run.run().result.findings, write: false)
            try Console.out(fixes.diff)
            if fixes.files > 0 { throw ExitCode(ExitStatus.findings) }
            return .diffPrinted
        }
        var fixed = 0
        var files = Set<String>()
        for _ in 0..<5 {
            let fixes = try FileFixes.apply(try run.run().result.findings, write: true)
            fixed += fixes.fixed
            files.formUnion(fixes.paths)
            if fixes.files == 0 { break }
        }
        if !quiet && fixed > 0 {
            Console.error(["qalint: fixed \(Plural.count(fixed, "finding")) in \(Plural.count(files.count, "file"))"])
        }
        return .fixed
    }
}
