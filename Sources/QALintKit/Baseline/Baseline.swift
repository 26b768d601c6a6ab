import Foundation

/// Findings recorded as known debt, so that a repository with many placeholders can turn
/// qalint on and fail only on new ones. Entries are keyed by rule, file and what the finding
/// is about (the question's normalized text, or the section title) — never by line — so
/// edits elsewhere, moving a question or reformatting leave them valid. The file is sorted,
/// readable JSON with the question in each entry, so a reviewer can read a baseline diff.
public struct Baseline: Codable, Sendable, Equatable, VersionedJSONFile {
    public static let defaultPath = ".qalint-baseline.json"
    public static let formatVersion = 1
    public static let fileKind = "a qalint baseline"
    public static let unreadable = "cannot read the baseline (create it with `qalint baseline`)"

    public struct Entry: Codable, Sendable, Equatable, Comparable {
        public var rule: String
        public var path: String
        /// The line-independent identity of the finding (`Finding.identity`).
        public var identity: String
        /// For people reading the file: the question, or for findings about no single
        /// question, the finding's message.
        public var question: String?
        public var message: String?
        /// How many findings share this key (the same duplicate asked three times).
        public var count: Int

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.path, lhs.rule, lhs.identity) < (rhs.path, rhs.rule, rhs.identity)
        }

        var key: String { Baseline.key(rule: rule, path: path, identity: identity) }
    }

    /// What an entry and a finding match on: never a line.
    static func key(rule: String, path: String, identity: String) -> String {
        rule + "\u{0}" + path + "\u{0}" + identity
    }

    public var version = Baseline.formatVersion
    public var entries: [Entry]

    /// A baseline of these findings.
    public init(findings: [Finding]) {
        var byKey: [String: Entry] = [:]
        for finding in findings {
            let entry = Entry(rule: finding.rule, path: finding.path, identity: finding.identity, question: finding.question,
                              message: finding.question == nil ? finding.message : nil, count: 1)
            if byKey[entry.key] != nil { byKey[entry.key]!.count += 1 } else { byKey[entry.key] = entry }
        }
        entries = byKey.values.sorted()
    }

    /// Counts in range, and entries with one key merged into one (a baseline edited by
    /// hand may repeat one; each copy would otherwise be reported stale).
    public func validated(file: String) throws -> Baseline {
        var merged: [String: Entry] = [:]
        var order: [String] = []
        for (index, entry) in entries.enumerated() {
            guard (1...NumericInput.maximumCount).contains(entry.count) else {
                throw QALintError(file: file, "entries[\(index)].count must be a whole number from 1 to \(NumericInput.maximumCount), not \(entry.count)")
            }
            if var existing = merged[entry.key] {
                existing.count = min(existing.count + entry.count, NumericInput.maximumCount)
                merged[entry.key] = existing
            } else {
                merged[entry.key] = entry
                order.append(entry.key)
            }
        }
        var copy = self
        copy.entries = order.map { merged[$0]! }
        return copy
    }

    public func json() -> String {
        (JSONText.encode(self) ?? "") + "\n"
    }

    /// What applying a baseline to a run gives.
    public struct Outcome: Sendable {
        /// Findings the baseline does not know: new debt.
        public var findings: [Finding]
        /// How many findings the baseline matched.
        public var suppressed: Int
        /// Entries (or parts of their counts) that matched nothing: debt paid off.
        public var stale: [Entry]
    }

    public func apply(to findings: [Finding]) -> Outcome {
        var remaining = Dictionary(entries.map { ($0.key, $0.count) }, uniquingKeysWith: +)
        var kept: [Finding] = []
        var suppressed = 0
        for finding in findings {
            let key = Self.key(rule: finding.rule, path: finding.path, identity: finding.identity)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                suppressed += 1
            } else {
                kept.append(finding)
            }
        }
        let stale = entries.compactMap { entry -> Entry? in
            guard let left = remaining[entry.key], left > 0 else { return nil }
            var copy = entry
            copy.count = left
            return copy
        }
        return Outcome(findings: kept, suppressed: suppressed, stale: stale)
    }

    /// The baseline with the entries of renamed files (old path → new path) moved along.
    public func renamed(_ renames: [String: String]) -> Baseline {
        guard !renames.isEmpty else { return self }
        var copy = self
        copy.entries = entries.map { entry in
            var moved = entry
            moved.path = renames[entry.path] ?? entry.path
            return moved
        }
        return copy
    }

    /// The baseline with only the entries that still match (`qalint baseline --update`):
    /// it only ever shrinks. Entries of files outside `linted` (the files this run read)
    /// are kept as they are: updating after linting one folder must not drop the rest.
    public func updated(with findings: [Finding], linted: Set<String>) -> Baseline {
        let current = Baseline(findings: findings)
        let counts = Dictionary(current.entries.map { ($0.key, $0.count) }, uniquingKeysWith: +)
        var copy = self
        copy.entries = entries.compactMap { entry in
            guard linted.contains(entry.path) else { return entry }
            guard let present = counts[entry.key] else { return nil }
            var kept = entry
            kept.count = min(entry.count, present)
            return kept
        }
        return copy
    }
}
