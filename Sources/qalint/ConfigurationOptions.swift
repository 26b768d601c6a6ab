import ArgumentParser
import Foundation
import QALintKit

/// `--config FILE`, shared by the commands that read the configuration.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Configuration file for every file linted. Default: the nearest .qalint.yml to each file (in its folder or above).", valueName: "file"))
    var config: String?

    /// The configuration of a run over `paths`, and of each of its files: `--config` for
    /// all, or the nearest `.qalint.yml` to the paths for the run and to each file for it.
    func resolve(paths: [String]) throws -> NearestConfiguration {
        if let config { return NearestConfiguration(explicit: try Configuration.load(path: config)) }
        return try NearestConfiguration(paths: paths)
    }

    func load() throws -> Configuration {
        if let config { return try Configuration.load(path: config) }
        if let found = Configuration.discover() { return try Configuration.load(cascading: NearestConfiguration.relative(found)) }
        return Configuration()
    }
}
