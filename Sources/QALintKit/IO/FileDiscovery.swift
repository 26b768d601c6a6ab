import Foundation

/// Turns the paths given on the command line into the sorted list of Markdown files to lint.
public enum FileDiscovery {
    /// File name endings that are linted when a directory is searched.
    public static let extensions: Set<String> = ["md", "markdown"]

    /// What a search found: the files to lint, and the entries of searched folders that
    /// cannot be linted (a device, a pipe, a loop of links, a name that is not UTF-8), each a
    /// line for standard error.
    public struct Found: Sendable {
        public var files: [String]
        public var skipped: [String]
    }

    /// Files are taken as given (whatever their ending) unless the configuration excludes
    /// them; directories are searched recursively for the files the configuration includes
    /// (`*.md` and `*.markdown` by default), skipping hidden files and folders (`.git`, `.build`) and
    /// `node_modules`, and not following symbolic links to folders. Paths keep the form
    /// they were given in, relative to the current directory, without a leading `./`.
    public static func files(in paths: [String], configuration: Configuration = Configuration()) throws -> [String] {
        try find(in: paths, configuration: configuration).files
    }

    public static func find(in paths: [String], configuration: Configuration = Configuration()) throws -> Found {
        try find(in: paths) { _ in configuration }
    }

    /// As `find(in:configuration:)`, each file judged by its own configuration's `include`
    /// and `exclude` (the nearest `.qalint.yml`, see `NearestConfiguration`).
    /// With `gitignore`, files a folder search finds that git ignores are left out (files
    /// named on the command line are linted whatever git says).
    public static func find(in paths: [String], gitignore: Bool = false, configurationOf: (String) throws -> Configuration) throws -> Found {
        let current = FileManager.default.currentDirectoryPath
        var search = Search()
        try search.add(paths)
        var found = search.found.subtracting(search.explicit)
        if gitignore { found.subtract(GitIgnored.among(Array(found), searched: paths)) }
        let files = search.explicit.map { ($0, true) } + found.map { ($0, false) }
        let (unique, repeated) = once(try files.filter { path, explicit in
            let configuration = try configurationOf(path)
            return explicit ? !configuration.excludes(path, currentDirectory: current) : configuration.includes(path, currentDirectory: current)
        }.map(\.0).sorted())
        return Found(files: unique, skipped: (search.skipped + repeated).sorted())
    }

    /// Each file once: a second path to the same file (a symbolic or hard link, `a.md` and
    /// `docs/../a.md`) would report every finding twice and count its questions twice. The
    /// first path in sorted order is kept; the others are said on standard error.
    private static func once(_ sorted: [String]) -> (files: [String], repeated: [String]) {
        var seen: [FileIdentity: String] = [:]
        var files: [String] = []
        var repeated: [String] = []
        for path in sorted {
            guard let identity = FileIdentity(path: path) else { files.append(path); continue }
            if let first = seen[identity] {
                repeated.append("qalint: warning: \(path): skipped: the same file as \(first), linted once")
            } else {
                seen[identity] = path
                files.append(path)
            }
        }
        return (files, repeated)
    }

    /// The walk: named files, files found in folders, and what was skipped.
    private struct Search {
        var explicit = Set<String>()
        var found = Set<String>()
        var skipped: [String] = []

        mutating func add(_ paths: [String]) throws {
            for path in paths {
                switch FileKind(path) {
                case .missing:
                    // A name that is not UTF-8 arrives here with U+FFFD in it: the file may
                    // exist, under bytes no String can name.
                    if path.contains("\u{FFFD}") { throw QALintError(file: path, "no such file, or a file name that is not UTF-8 (rename it to lint it)") }
                    throw QALintError(file: path, "no such file or directory")
                case .tooLong: throw QALintError(file: path, "is a path longer than the system takes")
                case .loop: throw QALintError(file: path, "is a loop of symbolic links")
                case .directory: try search(path)
                case .regular, .link: explicit.insert(FileDiscovery.clean(path))
                case .other(let what): throw QALintError(file: path, "is \(what), not a file qalint can read")
                }
            }
        }

        /// A folder's entries, read with `readdir` so that a name that is not UTF-8 is seen
        /// (and said), not silently lost.
        private mutating func search(_ directory: String) throws {
            guard let handle = opendir(directory) else { throw QALintError(file: directory, "cannot list the directory") }
            defer { closedir(handle) }
            var entries: [String] = []
            while let entry = readdir(handle) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                guard bytes.first != UInt8(ascii: ".") else { continue }
                let prefix = directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    // Shown as the bytes it is: non-ASCII bytes as \xNN.
                    let shown = bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
                    skipped.append("qalint: warning: \(FileDiscovery.clean(prefix + shown)): skipped: the file name is not UTF-8 (rename it to lint it)")
                    continue
                }
                guard name != "node_modules" else { continue }
                entries.append(prefix + name)
            }
            for path in entries {
                switch FileKind(path, followLinks: false) {
                case .directory: try search(path)
                case .regular: found.insert(FileDiscovery.clean(path))
                case .tooLong: skipped.append("qalint: warning: \(FileDiscovery.clean(path).prefix(120))…: skipped: the path is longer than the system takes")
                case .link:
                    switch FileKind(path) {
                    case .regular: found.insert(FileDiscovery.clean(path))
                    case .loop: skipped.append("qalint: warning: \(FileDiscovery.clean(path)): skipped: a loop of symbolic links")
                    case .other(let what): skipped.append("qalint: warning: \(FileDiscovery.clean(path)): skipped: a link to \(what)")
                    case .tooLong: skipped.append("qalint: warning: \(FileDiscovery.clean(path).prefix(120))…: skipped: the path is longer than the system takes")
                    case .directory, .missing, .link: break  // links to folders are not followed; broken links are not files
                    }
                case .other(let what): skipped.append("qalint: warning: \(FileDiscovery.clean(path)): skipped: \(what), not a file")
                case .missing, .loop: break
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

/// What a path is, as `stat` (or `lstat`) says.
enum FileKind: Equatable {
    case regular, directory, link, missing, loop
    /// The path is longer than the system takes (PATH_MAX).
    case tooLong
    /// A device, pipe or socket, named as messages say it ("a device").
    case other(String)

    init(_ path: String, followLinks: Bool = true) {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            self = errno == ELOOP ? .loop : errno == ENAMETOOLONG ? .tooLong : .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .link
        case S_IFCHR, S_IFBLK: self = .other("a device")
        case S_IFIFO: self = .other("a pipe")
        case S_IFSOCK: self = .other("a socket")
        default: self = .other("a special file")
        }
    }
}
