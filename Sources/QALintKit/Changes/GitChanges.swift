import Foundation

/// The files changed since a git ref — committed, staged, unstaged and untracked — for
/// `lint --changed-since`: compared with the merge base of the ref and `HEAD`, as a pull
/// request is. Renames are followed, so a renamed file keeps its history and baseline.
public struct GitChanges: Sendable {
    public struct Change: Sendable, Equatable {
        /// Absolute path of the file now.
        public var path: String
        /// Its path in the repository at the merge base; nil for a file added since.
        public var oldRepositoryPath: String?
        /// Its path in the repository now.
        public var repositoryPath: String
    }

    public let ref: String
    /// The merge base commit.
    public let base: String
    public let root: String
    public let changes: [Change]
    /// Changes by canonical path, so that looking a file up costs one path resolution.
    private let byPath: [String: Change]

    init(ref: String, base: String, root: String, changes: [Change]) {
        self.ref = ref
        self.base = base
        self.root = root
        self.changes = changes
        byPath = Dictionary(changes.map { (Self.canonical($0.path), $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads the changes in the repository holding `directory`.
    public static func since(_ ref: String, in directory: String = FileManager.default.currentDirectoryPath) throws -> GitChanges {
        // A ref is never an option: "--output=x" must not reach git as one.
        guard !ref.hasPrefix("-"), !ref.isEmpty, !ref.contains("\0") else {
            throw QALintError("--changed-since: '\(ref)' is not a git ref")
        }
        let root: String
        do {
            root = try git(["rev-parse", "--show-toplevel"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let error as GitMissing {
            throw error.error
        } catch {
            throw QALintError("--changed-since needs a git repository: \(directory) is not in one")
        }
        guard (try? git(["rev-parse", "--verify", "--quiet", ref + "^{commit}"], in: directory)) != nil else {
            throw QALintError("--changed-since: unknown git ref '\(ref)'")
        }
        let base: String
        do {
            base = try git(["merge-base", ref, "HEAD"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw QALintError("--changed-since: '\(ref)' and HEAD have no common history")
        }
        var changes: [Change] = []
        let fields = try git(["diff", "--name-status", "-M", "-z", base], in: root).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < fields.count, !fields[index].isEmpty {
            let status = fields[index]
            if status.hasPrefix("R") || status.hasPrefix("C"), index + 2 < fields.count {
                changes.append(Change(path: root + "/" + fields[index + 2], oldRepositoryPath: status.hasPrefix("R") ? fields[index + 1] : nil,
                                      repositoryPath: fields[index + 2]))
                index += 3
            } else if index + 1 < fields.count {
                let path = fields[index + 1]
                if !status.hasPrefix("D") {
                    changes.append(Change(path: root + "/" + path, oldRepositoryPath: status.hasPrefix("A") ? nil : path, repositoryPath: path))
                }
                index += 2
            } else {
                break
            }
        }
        for path in try git(["ls-files", "--others", "--exclude-standard", "-z"], in: root).split(separator: "\0").map(String.init) {
            changes.append(Change(path: root + "/" + path, oldRepositoryPath: nil, repositoryPath: path))
        }
        return GitChanges(ref: ref, base: base, root: root, changes: changes)
    }

    /// Reads the changes in the repository holding the first of `paths` (the current
    /// folder when it does not exist).
    public static func since(_ ref: String, forPaths paths: [String]) throws -> GitChanges {
        var directory: ObjCBool = false
        let first = paths.first ?? "."
        guard FileManager.default.fileExists(atPath: first, isDirectory: &directory) else { return try since(ref, in: ".") }
        let folder = directory.boolValue ? first : (first as NSString).deletingLastPathComponent
        return try since(ref, in: folder.isEmpty ? "." : folder)
    }

    /// Old path → new path of the renamed files among `files`, in the form paths are shown
    /// (relative to the current folder when inside it), so that baseline entries follow a
    /// renamed file.
    public func renames(of files: [String]) -> [String: String] {
        let current = FileManager.default.currentDirectoryPath + "/"
        var renames: [String: String] = [:]
        for file in files {
            guard let change = change(for: file), let old = change.oldRepositoryPath, old != change.repositoryPath else { continue }
            let absolute = root + "/" + old
            renames[absolute.hasPrefix(current) ? String(absolute.dropFirst(current.count)) : absolute] = file
        }
        return renames
    }

    /// The change of a file, given as the linter names it (relative or absolute).
    public func change(for file: String) -> Change? {
        byPath[Self.canonical(file)]
    }

    /// The text of a file at the merge base.
    public func oldText(of change: Change) throws -> String? {
        guard let old = change.oldRepositoryPath else { return nil }
        return try Self.git(["show", base + ":" + old], in: root)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The commit checked out in the current folder's repository (12 hex digits, `+` when
    /// files differ from it), or nil outside one.
    public static func head() -> String? {
        let directory = FileManager.default.currentDirectoryPath
        guard let commit = try? git(["rev-parse", "--short=12", "HEAD"], in: directory).trimmingCharacters(in: .whitespacesAndNewlines),
              !commit.isEmpty else { return nil }
        let dirty = (try? git(["status", "--porcelain", "--untracked-files=no"], in: directory))?.isEmpty == false
        return commit + (dirty ? "+" : "")
    }

    private static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw QALintError("--changed-since needs git, which could not be run (\(error.localizedDescription))") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // env's own status when it finds no `git` on PATH.
        if process.terminationStatus == 127 { throw GitMissing() }
        guard process.terminationStatus == 0 else { throw QALintError("git \(arguments.joined(separator: " ")) failed") }
        return String(decoding: data, as: UTF8.self)
    }
}

/// No `git` on PATH: said as such, not as "not a repository".
private struct GitMissing: Error {
    var error: QALintError { QALintError("--changed-since needs git, and no git was found on PATH (install git)") }
}
