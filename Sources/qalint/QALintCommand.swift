import ArgumentParser
import Foundation
import QALintKit

/// Entry point: runs the command and maps every error to qalint's exit codes
/// (0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error).
@main
enum Main {
    static func main() {
        // A closed pipe is an error code on write, not a signal: the output stops quietly and
        // the reports written to files are still finished.
        signal(SIGPIPE, SIG_IGN)
        // Likewise a file larger than `ulimit -f` allows: the write fails (EFBIG), the report
        // is an error and its temporary file is removed, instead of a killed process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            try QALintCommand.checkSubcommand(Array(CommandLine.arguments.dropFirst()))
            var command = try QALintCommand.parseAsRoot()
            try command.run()
        } catch let error as QALintError {
            Console.error(["qalint: error: \(error)"])
            exit(ExitStatus.usageOrInput)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = QALintCommand.exitCode(for: error)
            if code == .success {  // --help, --version
                do {
                    try Console.out(QALintCommand.fullMessage(for: error) + "\n")
                    exit(0)
                } catch {
                    Console.error(["qalint: error: \(error)"])
                    exit(ExitStatus.usageOrInput)
                }
            }
            // One line, as every other error: the parser's message folded like ours.
            let message = QALintError(QALintCommand.message(for: error))
            Console.error(["qalint: error: \(message) (see 'qalint --help')"])
            exit(ExitStatus.usageOrInput)
        }
    }
}

enum ExitStatus {
    static let findings: Int32 = 1
    static let usageOrInput: Int32 = 2
}

struct QALintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qalint",
        abstract: "Lint Markdown question-and-answer documents: placeholder and empty answers, duplicate questions, missing sections.",
        discussion: "Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 usage, configuration or I/O error.",
        version: QALintTool.version,
        subcommands: [LintCommand.self, ReportCommand.self, BaselineCommand.self, MergeCommand.self, InspectCommand.self, RulesCommand.self, ConfigCommand.self, ConfigSchemaCommand.self, InitCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self)

    /// `qalint lnt`: a first word that is neither a command nor a path (which `lint` would
    /// take) but is near a command's name is a mistyped command, said so in one line.
    static func checkSubcommand(_ arguments: [String]) throws {
        guard let first = arguments.first, !first.hasPrefix("-"), !FileManager.default.fileExists(atPath: first) else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !names.contains(first) else { return }
        let hint = suggestion(for: first, in: names)
        guard !hint.isEmpty else { return }
        throw QALintError(file: first, "no such command, file or directory\(hint.replacingOccurrences(of: "'", with: "'qalint ", options: [], range: hint.range(of: "'")))")
    }
}
