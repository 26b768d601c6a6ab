import Foundation
import QAMarkdown

/// One of N deterministic parts of a file list (`lint --shard I/N`): a file belongs to the
/// shard its path hashes to, so a file stays in its shard when others are added.
public struct Shard: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw QALintError("--shard \(index)/\(count): I must be between 1 and N")
        }
        self.index = index
        self.count = count
    }

    /// "I/N".
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw QALintError("--shard '\(text)' is not I/N, as in --shard 2/3")
        }
        try self.init(index: index, count: count)
    }

    public func contains(_ path: String) -> Bool {
        Int(TextNormalizer.stableHash(path) % UInt64(count)) == index - 1
    }
}

/// What a shard's JSON report carries for `qalint merge`: each file's outline, findings of
/// the per-file stage, suppression comments and corpus-rule signatures (compact: no answer
/// text), so that the corpus stage — duplicates across shards — runs once over all files.
public struct ShardData: Sendable, Encodable {
    public var shard: Shard
    var corpusRules: [AnyCorpusRule]
    var analyses: [FileAnalysis]

    enum Keys: String, CodingKey { case index, count, rules, files }
    enum FileKeys: String, CodingKey { case document, answers, findings, suppressions, signatures }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(shard.index, forKey: .index)
        try container.encode(shard.count, forKey: .count)
        try container.encode(corpusRules.map(\.id), forKey: .rules)
        var files = container.nestedUnkeyedContainer(forKey: .files)
        for analysis in analyses {
            var file = files.nestedContainer(keyedBy: FileKeys.self)
            try file.encode(analysis.document, forKey: .document)
            try file.encode(analysis.answers, forKey: .answers)
            try file.encode(analysis.findings, forKey: .findings)
            try file.encode(analysis.suppressions, forKey: .suppressions)
            var signatures = file.nestedUnkeyedContainer(forKey: .signatures)
            for (rule, signature) in zip(corpusRules, analysis.signatures) {
                if let signature { try rule.encodeSignature(signature, &signatures) } else { try signatures.encodeNil() }
            }
        }
    }

    /// Compact JSON, as the JSON report embeds it.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}

extension Linter {
    /// Finishes a sharded run: reads the `shard` part of each JSON report, checks that the
    /// shards are all N of one run, linted with these rules, and runs the corpus stage,
    /// suppressions and completeness over every file — the result an unsharded run gives.
    public func merge(reports: [(path: String, data: Data)]) throws -> LintResult {
        let rules = try ruleSets(for: []).base.corpusRules
        var analyses: [FileAnalysis] = []
        var seen: [Int: String] = [:]
        var count: Int?
        var owner: [String: String] = [:]
        for report in reports {
            let decoder = JSONDecoder()
            decoder.userInfo[ShardFile.rulesKey] = rules
            let shard: ShardFile.Payload
            do {
                guard let decoded = try decoder.decode(ShardFile.self, from: report.data).shard else {
                    throw QALintError(file: report.path, "has no shard data: write it with `qalint lint --shard I/N --format json=FILE`")
                }
                shard = decoded
            } catch let error as QALintError {
                throw error
            } catch ShardFile.Mismatch.rules(let ids) {
                throw QALintError(file: report.path, "was linted with other corpus rules (\(ids.joined(separator: ", "))): merge with the configuration the shards used")
            } catch {
                throw QALintError(file: report.path, "not a qalint JSON report (\(error.localizedDescription))")
            }
            if let count, count != shard.count {
                throw QALintError(file: report.path, "is shard \(shard.index)/\(shard.count), but others are of \(count)")
            }
            count = shard.count
            if let other = seen[shard.index] { throw QALintError(file: report.path, "is shard \(shard.index)/\(shard.count) again (also \(other))") }
            seen[shard.index] = report.path
            for analysis in shard.files {
                if let other = owner[analysis.document.path] {
                    throw QALintError(file: report.path, "lints \(analysis.document.path), which \(other) lints too")
                }
                owner[analysis.document.path] = report.path
                analyses.append(analysis)
            }
        }
        if let count, let missing = (1...count).first(where: { seen[$0] == nil }) {
            throw QALintError("shard \(missing)/\(count) is missing: merge needs the JSON report of every shard")
        }
        return finish(analyses, ruleSets: try ruleSets(for: analyses.map(\.document.path)))
    }
}

/// The `shard` key of a JSON report.
private struct ShardFile: Decodable {
    static let rulesKey = CodingUserInfoKey(rawValue: "qalint.corpusRules")!
    enum Mismatch: Error { case rules([String]) }

    struct Payload: Decodable {
        var index: Int
        var count: Int
        var files: [FileAnalysis]

        init(from decoder: Decoder) throws {
            let rules = decoder.userInfo[ShardFile.rulesKey] as? [AnyCorpusRule] ?? []
            let container = try decoder.container(keyedBy: ShardData.Keys.self)
            index = try container.decode(Int.self, forKey: .index)
            count = try container.decode(Int.self, forKey: .count)
            let ids = try container.decode([String].self, forKey: .rules)
            guard ids == rules.map(\.id) else { throw Mismatch.rules(ids) }
            var filesContainer = try container.nestedUnkeyedContainer(forKey: .files)
            var files: [FileAnalysis] = []
            while !filesContainer.isAtEnd {
                let file = try filesContainer.nestedContainer(keyedBy: ShardData.FileKeys.self)
                var signaturesContainer = try file.nestedUnkeyedContainer(forKey: .signatures)
                var signatures: [(any Sendable)?] = []
                for rule in rules {
                    if try signaturesContainer.decodeNil() { signatures.append(nil) } else { signatures.append(try rule.decodeSignature(&signaturesContainer)) }
                }
                files.append(FileAnalysis(document: try file.decode(DocumentOutline.self, forKey: .document),
                                          answers: try file.decode(DocumentAnswers.self, forKey: .answers),
                                          findings: try file.decode([Finding].self, forKey: .findings),
                                          signatures: signatures,
                                          suppressions: try file.decode([Suppression].self, forKey: .suppressions)))
            }
            self.files = files
        }
    }

    var shard: Payload?
}
