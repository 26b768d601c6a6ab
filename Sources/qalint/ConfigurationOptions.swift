import ArgumentParser
import Foundation
import QALintKit

/// `--config FILE`, shared by the commands that read the configuration.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file. Default: .qalint.yml in the current folder or the nearest parent.", valueName: "file"))
    var config: String?

    func load() throws -> Configuration {
        if let config { return try Configuration.load(path: config) }
        if let found = Configuration.discover() { return try Configuration.load(path: relative(found)) }
        return Configuration()
    }

    /// A discovered configuration path, relative to the current folder when it is inside it.
    private func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
