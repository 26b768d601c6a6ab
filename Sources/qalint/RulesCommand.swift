import ArgumentParser
import Foundation
import QALintKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its default severity and summary.")

    func run() throws {
        let rules = BuiltinRules.descriptions
        let width = rules.map(\.id.count).max() ?? 0
        var out = ""
        for rule in rules {
            let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = rule.defaultSeverity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            out += "\(id)  \(severity)  \(rule.summary)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
