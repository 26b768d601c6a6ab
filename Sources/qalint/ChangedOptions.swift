import ArgumentParser
import Foundation
import QALintKit

/// `--changed-since REF` and `--changed-questions` of `lint`.
struct ChangedOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Lint only the Markdown files changed since the merge base of this git ref and HEAD (committed, staged, unstaged or untracked).", valueName: "ref"))
    var changedSince: String?

    @Flag(help: "With --changed-since: report only findings on questions whose text or answer changed, and document findings that are new.")
    var changedQuestions = false

    /// The git changes in the repository holding the first path, or nil without
    /// `--changed-since`.
    func changes(paths: [String]) throws -> GitChanges? {
        guard let changedSince else {
            if changedQuestions { throw QALintError("--changed-questions needs --changed-since REF") }
            return nil
        }
        var directory: ObjCBool = false
        let first = paths.first ?? "."
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &directory)
        let folder = !exists || directory.boolValue ? first : (first as NSString).deletingLastPathComponent
        return try GitChanges.since(changedSince, in: exists ? (folder.isEmpty ? "." : folder) : ".")
    }

    /// The files among `files` that changed.
    func filter(_ files: [String], by changes: GitChanges?) -> [String] {
        guard let changes else { return files }
        return files.filter { changes.change(for: $0) != nil }
    }

    /// Applies `--changed-questions` to the result.
    func apply(to result: inout LintResult, changes: GitChanges?, linter: Linter) throws {
        guard changedQuestions, let changes else { return }
        var oldTexts: [String: String?] = [:]
        for file in result.files {
            guard let change = changes.change(for: file.path) else { continue }
            oldTexts.updateValue(try changes.oldText(of: change), forKey: file.path)
        }
        try ChangedQuestions.filter(&result, oldTexts: oldTexts, linter: linter)
    }

    /// Old path → new path of renamed linted files, as paths are shown (so that baseline
    /// entries follow a renamed file).
    func renames(of files: [String], in changes: GitChanges?) -> [String: String] {
        guard let changes else { return [:] }
        let current = FileManager.default.currentDirectoryPath + "/"
        var renames: [String: String] = [:]
        for file in files {
            guard let change = changes.change(for: file), let old = change.oldRepositoryPath, old != change.repositoryPath else { continue }
            let absolute = changes.root + "/" + old
            renames[absolute.hasPrefix(current) ? String(absolute.dropFirst(current.count)) : absolute] = file
        }
        return renames
    }
}
