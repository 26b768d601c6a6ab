import Foundation

/// `lint --fix` and `--diff` over the files of a run: the edits of its reported findings,
/// applied to each file's text as read again now. `--fix` writes each changed file whole
/// through a temporary file renamed over it (a link is written through to its target, the
/// file's permissions kept); `--diff` writes nothing.
public struct FileFixes: Sendable {
    /// The unified diff of every change, file by file.
    public var diff = ""
    /// Findings whose fix was applied, and files changed.
    public var fixed = 0
    public var files = 0
    /// The files changed.
    public var paths: [String] = []

    /// The fixes of `findings`, applied to their files; `write` saves them.
    public static func apply(_ findings: [Finding], write: Bool) throws -> FileFixes {
        var result = FileFixes()
        let byPath = Dictionary(grouping: findings.filter { $0.fix?.isEmpty == false }, by: \.path)
        for path in byPath.keys.sorted() {
            let bytes = try InputFile.read(path, what: "Markdown file", limit: SourceFile.limit)
            let text = try SourceFile.decode(bytes, path: path)
            var fixer = Fixer(text: text)
            for finding in byPath[path] ?? [] {
                let before = fixer.applied
                fixer.apply(finding.fix ?? [])
                if fixer.applied > before { result.fixed += 1 }
            }
            let fixed = fixer.text
            guard fixed != text else { continue }
            result.files += 1
            result.paths.append(path)
            result.diff += fixer.diff(path: path)
            if write { try save(fixed, keepingMark: bytes.starts(with: [0xEF, 0xBB, 0xBF]), to: path) }
        }
        return result
    }

    private static func save(_ text: String, keepingMark: Bool, to path: String) throws {
        // Through a link (or a chain of them) to the file itself: the link stays a link.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        let mode = stat(target, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        try AtomicFile.write((keepingMark ? "\u{FEFF}" : "") + text, to: target)
        chmod(target, mode)
    }
}
