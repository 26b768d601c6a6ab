import ArgumentParser
import Foundation
import QALintKit

/// `--select` and `--ignore`: rules named on the command line.
struct RuleSelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run only these rules (ids or PACK/*, comma-separated or repeated); a rule that is off runs at its default severity.", valueName: "rule"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Turn these rules off (ids or PACK/*, comma-separated or repeated).", valueName: "rule"))
    var ignore: [String] = []

    var selection: RuleSelection {
        func split(_ values: [String]) -> [String] {
            values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return RuleSelection(select: split(select), ignore: split(ignore))
    }
}
