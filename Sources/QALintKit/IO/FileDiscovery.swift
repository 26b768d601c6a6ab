import Foundation

/// Turns the paths given on the command line into the sorted list of Markdown files to lint.
public enum FileDiscovery {
    /// File name endings that are linted when a directory is searched.
    public static let extensions: Set<String> = ["md", "markdown"]

    /// Files are taken as given (whatever their ending) unless the configuration excludes
    /// them; directories are searched recursively for the files the configuration includes
    /// (`*.md` and `*.markdown` by default), skipping hidden folders (`.git`, `.build`) and
    /// `node_modules`, and not following symbolic links to folders. Paths keep the form
    /// they were given in, relative to the current directory, without a leading `./`.
    public static func files(in paths: [String], configuration: Configuration = Configuration()) throws -> [String] {
        let current = FileManager.default.currentDirectoryPath
        return try candidates(in: paths).filter { path, explicit in
            explicit ? !configuration.excludes(path, currentDirectory: current) : configuration.includes(path, currentDirectory: current)
        }.map(\.path).sorted()
    }

    /// Every file named or found, and whether it was named.
    private static func candidates(in paths: [String]) throws -> [(path: String, explicit: Bool)] {
        var explicit = Set<String>()
        var found = Set<String>()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw QALintError(file: path, "no such file or directory")
            }
            guard isDirectory.boolValue else {
                explicit.insert(clean(path))
                continue
            }
            try search(path, into: &found)
        }
        return explicit.map { ($0, true) } + found.subtracting(explicit).map { ($0, false) }
    }

    private static func search(_ directory: String, into result: inout Set<String>) throws {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: directory)
        } catch {
            throw QALintError(file: directory, "cannot list the directory")
        }
        for name in names where !name.hasPrefix(".") && name != "node_modules" {
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            let attributes = try? manager.attributesOfItem(atPath: path)
            let type = attributes?[.type] as? FileAttributeType
            if type == .typeDirectory {
                try search(path, into: &result)
            } else if type == .typeRegular || type == .typeSymbolicLink {
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    result.insert(clean(path))
                }
            }
        }
    }

    private static func clean(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
