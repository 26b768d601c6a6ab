import Foundation
import QAMarkdown

/// The completeness of a run as `qalint report --format json` writes it, and as
/// `--compare` reads an earlier one back. Versioned: `version` changes only when a key is
/// removed or changes meaning.
public struct CompletenessSnapshot: Codable, Sendable, Equatable, VersionedJSONFile {
    /// 2: `key` is the question's identity (text, prompt and occurrence), no longer its text
    /// alone, so that equal titles with different code, or a question asked twice, are told apart.
    public static let formatVersion = 2
    public static let fileKind = "a `qalint report --format json` report"
    public static let unreadable = "cannot read the report to compare with"

    public struct Counts: Codable, Sendable, Equatable {
        public var questions, answered, placeholder, empty: Int
        public var answeredPercent: Double

        init(_ completeness: Completeness) {
            (questions, answered, placeholder, empty) = (completeness.questions, completeness.answered, completeness.placeholder, completeness.empty)
            answeredPercent = completeness.answeredPercent
        }
    }

    public struct Section: Codable, Sendable, Equatable {
        public var title: String
        public var line: Int
        public var counts: Counts
    }

    /// One question: where, what, and its answer's status. `key` (`QuestionIdentity`)
    /// identifies it across runs, wherever it moved.
    public struct Entry: Codable, Sendable, Equatable {
        public var line: Int
        public var question: String
        public var key: String
        public var status: String
        public var section: String?
    }

    public struct Document: Codable, Sendable, Equatable {
        public var path: String
        public var title: String?
        public var counts: Counts
        public var sections: [Section]
        public var entries: [Entry]
    }

    public struct Tool: Codable, Sendable, Equatable {
        public var name = QALintTool.name
        public var version = QALintTool.version
    }

    public var version = CompletenessSnapshot.formatVersion
    public var tool = Tool()
    public var total: Counts
    public var documents: [Document]
    /// The change since an earlier snapshot (`--compare`).
    public var change: CompletenessChange?

    /// Counts and percentages in range (a report written by hand, or by something else, may
    /// hold 1e308); the `change` of the compared run is not read back.
    public func validated(file: String) throws -> CompletenessSnapshot {
        func check(_ counts: Counts, _ what: String) throws {
            for (name, value) in [("questions", counts.questions), ("answered", counts.answered),
                                  ("placeholder", counts.placeholder), ("empty", counts.empty)] where !NumericInput.isCount(value) {
                throw QALintError(file: file, "\(what).\(name) must be a whole number from 0 to \(NumericInput.maximumCount), not \(value)")
            }
            guard NumericInput.isPercentage(counts.answeredPercent) else {
                throw QALintError(file: file, "\(what).answeredPercent must be a percentage from 0 to 100, not \(counts.answeredPercent)")
            }
            // Every question is answered, a placeholder or empty: counts that do not add up
            // were edited by hand, and a comparison with them would be wrong.
            guard counts.answered + counts.placeholder + counts.empty == counts.questions else {
                throw QALintError(file: file, "\(what): answered + placeholder + empty (\(counts.answered + counts.placeholder + counts.empty)) must equal questions (\(counts.questions))")
            }
        }
        try check(total, "total")
        for (index, document) in documents.enumerated() {
            try check(document.counts, "documents[\(index)].counts")
            for (entryIndex, entry) in document.entries.enumerated() where AnswerStatus(rawValue: entry.status) == nil {
                throw QALintError(file: file, "documents[\(index)].entries[\(entryIndex)].status must be one of \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(entry.status)'")
            }
            for (sectionIndex, section) in document.sections.enumerated() {
                try check(section.counts, "documents[\(index)].sections[\(sectionIndex)].counts")
            }
        }
        var copy = self
        copy.change = nil
        return copy
    }

    public init(_ result: LintResult) {
        total = Counts(result.completeness)
        documents = result.files.filter { $0.completeness.questions > 0 }.map { file in
            Document(
                path: file.path, title: file.title, counts: Counts(file.completeness),
                sections: file.sections.map { Section(title: $0.title, line: $0.range.startLine, counts: Counts($0.completeness)) },
                entries: file.questions.map { question in
                    Entry(line: question.range.startLine, question: question.text,
                          key: question.identity.description, status: question.status.rawValue,
                          section: question.sectionIndex.map { file.sections[$0].title })
                })
        }
    }
}

/// What changed between two snapshots, per document and overall.
public struct CompletenessChange: Codable, Sendable, Equatable {
    public struct Delta: Codable, Sendable, Equatable {
        public var added = 0
        public var removed = 0
        public var newlyAnswered = 0
        public var newlyPlaceholder = 0
        public var newlyEmpty = 0
        public var answeredPercentBefore = 100.0
        public var answeredPercentAfter = 100.0
        public var answeredPercentChange: Double { ((answeredPercentAfter - answeredPercentBefore) * 10).rounded() / 10 }

        enum CodingKeys: String, CodingKey {
            case added, removed, newlyAnswered, newlyPlaceholder, newlyEmpty, answeredPercentBefore, answeredPercentAfter, answeredPercentChange
        }

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            added = try container.decode(Int.self, forKey: .added)
            removed = try container.decode(Int.self, forKey: .removed)
            newlyAnswered = try container.decode(Int.self, forKey: .newlyAnswered)
            newlyPlaceholder = try container.decode(Int.self, forKey: .newlyPlaceholder)
            newlyEmpty = try container.decode(Int.self, forKey: .newlyEmpty)
            answeredPercentBefore = try container.decode(Double.self, forKey: .answeredPercentBefore)
            answeredPercentAfter = try container.decode(Double.self, forKey: .answeredPercentAfter)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(added, forKey: .added)
            try container.encode(removed, forKey: .removed)
            try container.encode(newlyAnswered, forKey: .newlyAnswered)
            try container.encode(newlyPlaceholder, forKey: .newlyPlaceholder)
            try container.encode(newlyEmpty, forKey: .newlyEmpty)
            try container.encode(answeredPercentBefore, forKey: .answeredPercentBefore)
            try container.encode(answeredPercentAfter, forKey: .answeredPercentAfter)
            try container.encode(answeredPercentChange, forKey: .answeredPercentChange)
        }
    }

    public var total: Delta
    public var documents: [String: Delta]

    /// Completeness went down: answered % dropped, or a placeholder or empty answer appeared.
    public var isRegression: Bool {
        total.answeredPercentChange < 0 || total.newlyPlaceholder > 0 || total.newlyEmpty > 0
    }

    public init(from before: CompletenessSnapshot, to after: CompletenessSnapshot) {
        var total = Delta()
        var documents: [String: Delta] = [:]
        let old = Dictionary(before.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in Set(old.keys).union(new.keys).sorted() {
            var delta = Delta()
            let previous = Dictionary((old[path]?.entries ?? []).map { ($0.key, $0.status) }, uniquingKeysWith: { first, _ in first })
            let current = Dictionary((new[path]?.entries ?? []).map { ($0.key, $0.status) }, uniquingKeysWith: { first, _ in first })
            delta.added = current.keys.filter { previous[$0] == nil }.count
            delta.removed = previous.keys.filter { current[$0] == nil }.count
            for (key, status) in current where previous[key] != status {
                switch status {
                case AnswerStatus.answered.rawValue: if previous[key] != nil { delta.newlyAnswered += 1 }
                case AnswerStatus.placeholder.rawValue: delta.newlyPlaceholder += 1
                default: delta.newlyEmpty += 1
                }
            }
            delta.answeredPercentBefore = old[path]?.counts.answeredPercent ?? 100
            delta.answeredPercentAfter = new[path]?.counts.answeredPercent ?? 100
            documents[path] = delta
            total.added += delta.added
            total.removed += delta.removed
            total.newlyAnswered += delta.newlyAnswered
            total.newlyPlaceholder += delta.newlyPlaceholder
            total.newlyEmpty += delta.newlyEmpty
        }
        total.answeredPercentBefore = before.total.answeredPercent
        total.answeredPercentAfter = after.total.answeredPercent
        self.total = total
        self.documents = documents
    }
}
