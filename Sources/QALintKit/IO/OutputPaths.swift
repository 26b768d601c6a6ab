import Foundation

/// Where a run writes, checked before anything is written. A report never lands on an
/// input of the run (a linted file, a configuration or pack file, a baseline, a compared
/// report, a shard file), on another report of the same run, or on anything but a regular
/// file. `-` and `/dev/stdout` mean standard output, written as a stream, never renamed
/// over; a symbolic link is followed, so the file it points to is replaced and the link
/// kept. Paths are compared by what they resolve to — `r.json`, `./r.json` and an absolute
/// path are one file — and existing files by device and inode.
public enum OutputTarget: Sendable, Equatable {
    /// The names that mean standard output.
    public static let standardOutputNames: Set<String> = ["-", "/dev/stdout"]

    case standardOutput
    /// A regular file (existing or not), as it resolves: what `AtomicFile` writes.
    case file(String)

    /// The outputs of a run, in the order given (nil: standard output), checked against one
    /// another and against `inputs`. One one-line error names the first bad path.
    public static func resolve(_ requested: [String?], inputs: [String]) throws -> [OutputTarget] {
        var inputIdentities: [FileIdentity: String] = [:]
        for input in inputs {
            if let identity = FileIdentity(path: input) { inputIdentities[identity] = input }
        }
        var seen: [String: String] = [:]
        var seenIdentities: [FileIdentity: String] = [:]
        return try requested.map { path in
            guard let path, !standardOutputNames.contains(path) else { return .standardOutput }
            let resolved = try resolve(path)
            if let identity = FileIdentity(path: resolved) {
                if let input = inputIdentities[identity] {
                    throw QALintError(file: path, "is \(input == path ? "an input" : "the same file as \(input), an input") of this run: qalint never writes over what it reads")
                }
                if let other = seenIdentities[identity] { throw QALintError("two reports would be written to \(path) (also given as \(other))") }
                seenIdentities[identity] = path
            }
            if let other = seen[resolved] {
                throw QALintError(other == path ? "two reports would be written to \(path)" : "two reports would be written to \(path) (also given as \(other))")
            }
            seen[resolved] = path
            return .file(resolved)
        }
    }

    /// A file another program owns that qalint appends to (GitHub's `$GITHUB_STEP_SUMMARY`),
    /// checked as reports are: not an input, not one of `reports`, a regular file or none yet.
    public static func resolveAppended(_ path: String, inputs: [String], reports: [OutputTarget]) throws -> String {
        let resolved = try resolve(path)
        if let identity = FileIdentity(path: resolved) {
            if inputs.contains(where: { FileIdentity(path: $0) == identity }) {
                throw QALintError(file: path, "is an input of this run: qalint never writes over what it reads")
            }
        }
        if reports.contains(.file(resolved)) { throw QALintError(file: path, "is also a report of this run") }
        return resolved
    }

    /// The file a path writes: symbolic links followed (even a dangling one, to where it
    /// points), as an absolute, standardized path. Anything but a regular file is refused.
    static func resolve(_ path: String) throws -> String {
        guard !path.isEmpty else { throw QALintError("an empty path names no file to write a report to") }
        // `reports/` names a folder even before it exists: the report would become a file
        // called `reports`, or fail after the run.
        guard !path.hasSuffix("/") && !path.hasSuffix("/.") && !path.hasSuffix("/..") && path != "." && path != ".." else {
            throw QALintError(file: path, "names a folder: give the report a file name (\((path as NSString).appendingPathComponent("report.json")))")
        }
        let manager = FileManager.default
        var current = URL(fileURLWithPath: path).standardizedFileURL.path
        var hops = 0
        while let destination = try? manager.destinationOfSymbolicLink(atPath: current) {
            hops += 1
            guard hops <= 32 else { throw QALintError(file: path, "is a loop of symbolic links") }
            let base = (current as NSString).deletingLastPathComponent
            current = URL(fileURLWithPath: destination.hasPrefix("/") ? destination : base + "/" + destination).standardizedFileURL.path
        }
        // The folder may hold links too: compare paths by their real folder.
        let folder = (current as NSString).deletingLastPathComponent
        if let real = realpath(folder, nil) {
            current = String(cString: real) + "/" + (current as NSString).lastPathComponent
            free(real)
        }
        var info = stat()
        if lstat(current, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            let what = switch info.st_mode & S_IFMT {
            case S_IFDIR: "a folder"
            case S_IFCHR, S_IFBLK: "a device"
            case S_IFIFO: "a pipe"
            case S_IFSOCK: "a socket"
            default: "not a regular file"
            }
            throw QALintError(file: path, "is \(what): reports are written to regular files only (or to standard output with '-')")
        }
        return current
    }
}

/// A file as the system knows it: device and inode, whatever path names it.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
