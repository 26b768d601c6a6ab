import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how qalint reads a document: sections, and each question's line, layout, answer and status.")
    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The Markdown file(s) to inspect.")
    var files: [String]
    @Option(help: "text or json.")
    var format: InspectFormat = .text

    enum InspectFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        var configurations = try options.resolve(paths: files)
        for file in files { _ = try FileDiscovery.files(in: [file]) }  // clear error for a missing path
        let result = try Linter(configuration: configurations.run).lint(files: files, configurations: try configurations.configurations(for: files))
        try Console.out(format == .json ? InspectReporter().json(result) : InspectReporter().text(result))
    }
}
