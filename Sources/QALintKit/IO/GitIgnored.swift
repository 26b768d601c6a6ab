import Foundation

/// The files a folder search found that git ignores (`.gitignore`, `.git/info/exclude`, the
/// user's excludes file), as `git ls-files --others --ignored --exclude-standard` lists them
/// under the searched paths. Outside a git work tree, or without git, nothing is ignored.
enum GitIgnored {
    /// The subset of `files` (paths relative to the current folder) that git ignores.
    static func among(_ files: [String], searched paths: [String]) -> Set<String> {
        guard !files.isEmpty, let listed = listIgnored(under: paths) else { return [] }
        let exact = Set(listed.filter { !$0.hasSuffix("/") })
        let folders = listed.filter { $0.hasSuffix("/") }
        return Set(files.filter { file in
            exact.contains(file) || folders.contains { file.hasPrefix($0) }
        })
    }

    /// Ignored files and folders (a folder ends in `/`), relative to the current folder.
    private static func listIgnored(under paths: [String]) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory", "--"] + paths
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }  // not a work tree, or no git
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}
