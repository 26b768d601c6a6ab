import ArgumentParser
import Foundation
import QALintKit

// The flags that set the run's policy (`RunPolicy`). Each group only copies its values
// into the policy's flags; the engine decides what they mean and what fails.

/// `--fail-on` of `lint` and `merge`.
struct FailOnOption: ParsableArguments {
    @Option(help: "Exit 1 when a finding is at or above this severity: error, warning, info, never. Default: the configuration's fail-on, or error.")
    var failOn: FailOn?

    func apply(to flags: inout RunPolicy.Flags) {
        flags.failOn = failOn
    }
}

extension FailOn: ExpressibleByArgument {}

/// `--min-completeness` and `--min-document-completeness`, on every command that can fail a
/// build: `lint`, `merge` and `report`.
struct CompletenessGateOptions: ParsableArguments {
    // `.unconditional`: `-5` is a value, refused as out of range, not "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp("Exit 1 when fewer than this percentage (0 to 100) of all questions are answered (also min-completeness in .qalint.yml).", valueName: "percent"))
    var minCompleteness: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Exit 1 when a document has fewer than this percentage (0 to 100) of its questions answered.", valueName: "percent"))
    var minDocumentCompleteness: String?

    /// Checked as the configuration's values are (`NumericInput`).
    func apply(to flags: inout RunPolicy.Flags) throws {
        flags.minCompleteness = try minCompleteness.map { try NumericInput.percentage($0, what: "--min-completeness") }
        flags.minDocumentCompleteness = try minDocumentCompleteness.map { try NumericInput.percentage($0, what: "--min-document-completeness") }
    }
}

/// `--baseline` and `--strict-baseline` of `lint` and `merge`.
struct BaselineOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only findings this baseline (written by `qalint baseline`) does not record. Default: the configuration's baseline.", valueName: "file"))
    var baseline: String?

    @Flag(help: "Exit 1 when baseline entries no longer match a finding (debt paid off): run `qalint baseline --update` to shrink it.")
    var strictBaseline = false

    func apply(to flags: inout RunPolicy.Flags) {
        flags.baseline = baseline
        flags.strictBaseline = strictBaseline
    }
}
