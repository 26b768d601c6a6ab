import ArgumentParser
import Foundation
import QALintKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration, after extends (and, for a file, the one nearest to it, with its overrides).")
    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Show the settings that apply to this file: its nearest configuration, with its overrides applied.")
    var file: String?

    func run() throws {
        var configuration = try options.load()
        if let file {
            var nearest = try options.resolve(paths: [file])
            configuration = try nearest.configuration(for: file)
        }
        try Console.out(ConfigurationDocuments.effectiveYAML(configuration, for: file))
    }
}

struct ConfigSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config-schema",
        abstract: "Print a JSON Schema of .qalint.yml (every key, rule and option) for editors.")
    @OptionGroup var options: ConfigurationOptions

    func run() throws {
        try Console.out(ConfigurationDocuments.jsonSchema(registry: try options.load().registry))
    }
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .qalint.yml in the current folder (never overwrites one).")

    func run() throws {
        let manager = FileManager.default
        if let existing = Configuration.fileNames.first(where: manager.fileExists) {
            throw QALintError(file: existing, "already exists; qalint init never overwrites a configuration")
        }
        try AtomicFile.write(ConfigurationDocuments.starter, to: Configuration.fileNames[0])
        try Console.out("wrote \(Configuration.fileNames[0])\n")
    }
}
