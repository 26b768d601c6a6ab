import Foundation

/// Which configuration applies to each file of a run, as markdownlint-cli2, ruff and
/// SwiftLint decide it: the nearest `.qalint.yml` in the file's folder or above (cascading
/// over the ones above it, see `Configuration.load(cascading:)`), unless `--config` names
/// one for every file. The run's own settings — `fail-on`, the completeness gates, the
/// baseline, the rules that compare documents — come from the configuration nearest to the
/// paths given on the command line (`run`), or else to the current folder; a file with no
/// configuration above it takes the run's.
public struct NearestConfiguration: Sendable {
    /// The configuration of the run, and of every file when `--config` named it.
    public let run: Configuration
    /// Whether files take their nearest configuration (false with `--config`).
    public let nested: Bool
    private var fileByFolder: [String: String?] = [:]
    private var loaded: [String: Configuration] = [:]

    /// `--config FILE` for every file.
    public init(explicit: Configuration) {
        run = explicit
        nested = false
    }

    /// The configuration nearest to `paths` (their common folder) for the run, and each
    /// file's nearest for that file.
    public init(paths: [String], currentDirectory: String = FileManager.default.currentDirectoryPath) throws {
        let folder = Self.commonFolder(of: paths, currentDirectory: currentDirectory)
        var run = Configuration()
        var loaded: [String: Configuration] = [:]
        // Files outside any configured tree (`qalint lint ../elsewhere/faq.md`) take the
        // current folder's configuration, as they did before configurations were nested.
        if let found = Configuration.discover(from: folder) ?? Configuration.discover(from: currentDirectory) {
            let path = Self.relative(found, to: currentDirectory)
            run = try Configuration.load(cascading: path)
            loaded[found] = run
        }
        self.run = run
        self.loaded = loaded
        nested = true
    }

    /// The configuration of one file (a path as the run names it).
    public mutating func configuration(for file: String) throws -> Configuration {
        guard nested else { return run }
        let absolute = Self.absolute(file, currentDirectory: FileManager.default.currentDirectoryPath)
        let folder = (absolute as NSString).deletingLastPathComponent
        let found: String?
        if let cached = fileByFolder[folder] {
            found = cached
        } else {
            found = Configuration.discover(from: folder)
            fileByFolder[folder] = found
        }
        guard let found else { return run }
        if let configuration = loaded[found] { return configuration }
        let configuration = try Configuration.load(cascading: Self.relative(found, to: FileManager.default.currentDirectoryPath))
        loaded[found] = configuration
        return configuration
    }

    /// The configurations of `files` that are their own (none with `--config`: the run's
    /// applies to all), as `Linter.lint(files:configurations:)` takes them.
    public mutating func configurations(for files: [String]) throws -> [String: Configuration] {
        guard nested else { return [:] }
        var result: [String: Configuration] = [:]
        for file in files { result[file] = try configuration(for: file) }
        return result
    }

    /// The deepest folder that holds every path (a folder given is its own).
    static func commonFolder(of paths: [String], currentDirectory: String) -> String {
        let folders = paths.map { path -> [Substring] in
            let absolute = absolute(path, currentDirectory: currentDirectory)
            var isFolder: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) && isFolder.boolValue
                ? absolute : (absolute as NSString).deletingLastPathComponent
            return folder.split(separator: "/")
        }
        guard var common = folders.first else { return currentDirectory }
        for folder in folders.dropFirst() {
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return "/" + common.joined(separator: "/")
    }

    static func absolute(_ path: String, currentDirectory: String) -> String {
        PathNormalizer.normalized(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
    }

    /// A found path, relative to the current folder when it is inside it (as messages say it).
    public static func relative(_ path: String, to currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
