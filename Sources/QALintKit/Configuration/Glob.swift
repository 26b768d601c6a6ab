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

    /// Whether the parts match the path's names, `**` standing for any number of them. One
    /// table over (part, name) positions, filled from the end: trying every split for every
    /// `**` took exponential time (ten `**/` and a deep path: over a minute).
    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        let parts = Array(pattern), names = Array(path)
        // matches[j]: the parts from the current one on match the names from j on.
        var matches = [Bool](repeating: false, count: names.count + 1)
        matches[names.count] = true
        for part in parts.reversed() {
            var next = [Bool](repeating: false, count: names.count + 1)
            if part == "**" {
                next[names.count] = matches[names.count]
                for j in stride(from: names.count - 1, through: 0, by: -1) { next[j] = matches[j] || next[j + 1] }
            } else {
                for j in 0..<names.count { next[j] = matches[j + 1] && matchName(part, names[j]) }
            }
            matches = next
        }
        return matches[0]
    }

    /// What is wrong with a pattern as written, or nil: an empty pattern, a `[` never
    /// closed, a range that runs backwards (`[z-a]`) — patterns that would silently match
    /// nothing, or not what was meant.
    static func problem(_ pattern: String) -> String? {
        if pattern.trimmingCharacters(in: .whitespaces).isEmpty { return "is empty" }
        var characters = Array(pattern)[...]
        while let character = characters.popFirst() {
            if character == "\\" { _ = characters.popFirst(); continue }
            guard character == "[" else { continue }
            var body: [Character] = []
            if characters.first == "!" || characters.first == "^" { characters.removeFirst() }
            if characters.first == "]" { body.append(characters.removeFirst()) }
            while let next = characters.first, next != "]" { body.append(characters.removeFirst()) }
            guard characters.popFirst() == "]" else { return "has a '[' that is never closed" }
            var index = 1
            while index + 1 < body.count {
                if body[index] == "-", let low = body[index - 1].unicodeScalars.first, let high = body[index + 1].unicodeScalars.first, low.value > high.value {
                    return "has a range that runs backwards ([\(body[index - 1])-\(body[index + 1])])"
                }
                index += 1
            }
        }
        return nil
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
