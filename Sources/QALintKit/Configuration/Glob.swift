import Foundation

/// A file pattern from a configuration: `*.md`, `docs/**/*.md`, `drafts/`, `[a-c]*.md`.
///
/// Matched against the path relative to the folder of the configuration file that wrote
/// it. A pattern without `/` matches the file name at any depth (as in `.gitignore`); `**`
/// matches any number of folders; `*`, `?` and `[…]` match within one name; a pattern
/// ending in `/` matches everything below that folder.
public struct Glob: Sendable, Hashable {
    public var pattern: String
    /// Absolute folder the pattern is relative to.
    public var base: String

    public init(_ pattern: String, base: String) {
        self.pattern = pattern
        self.base = PathNormalizer.normalized(base)
    }

    /// True when the file at `path` (relative to the current folder, or absolute) matches.
    public func matches(_ path: String, currentDirectory: String) -> Bool {
        let absolute = PathNormalizer.normalized(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
        let prefix = base == "/" ? "/" : base + "/"
        guard absolute.hasPrefix(prefix) else { return false }
        let relative = absolute.dropFirst(prefix.count).split(separator: "/").map(String.init)
        var pattern = self.pattern
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if pattern.hasPrefix("/") { pattern.removeFirst() }
        if pattern.hasSuffix("/") { pattern += "**" }
        let parts = pattern.split(separator: "/").map(String.init)
        if parts.count == 1 {
            return relative.last.map { Self.matchName(parts[0], $0) } ?? false
        }
        return Self.match(parts[...], relative[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let name = path.first, matchName(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchName(_ pattern: String, _ name: String) -> Bool {
        fnmatch(pattern, name, 0) == 0
    }
}

/// Path clean-up shared by globs and discovery: `a/./b/../c` → `a/c`.
public enum PathNormalizer {
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && path.hasPrefix("/") {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : joined
    }
}
