import ArgumentParser
import Foundation
import QALintKit

/// Entry point: runs the command and maps every error to qalint's exit codes
/// (0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error).
@main
enum Main {
    static func main() {
        do {
            var command = try QALintCommand.parseAsRoot()
            try command.run()
        } catch let error as QALintError {
            FileHandle.standardError.write(Data("qalint: error: \(error)\n".utf8))
            exit(ExitStatus.usageOrInput)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = QALintCommand.exitCode(for: error)
            if code == .success {
                QALintCommand.exit(withError: error)  // --help, --version
            }
            let message = QALintCommand.message(for: error)
            FileHandle.standardError.write(Data("qalint: error: \(message)\n".utf8))
            FileHandle.standardError.write(Data("Run 'qalint --help' for usage.\n".utf8))
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
        subcommands: [LintCommand.self, ReportCommand.self, BaselineCommand.self, MergeCommand.self, InspectCommand.self, RulesCommand.self, ConfigCommand.self, ConfigSchemaCommand.self, InitCommand.self],
        defaultSubcommand: LintCommand.self)
}
