import Foundation

/// A shard file: what `lint --shard I/N --format shard=FILE` writes and `qalint merge` reads.
/// It carries each file's outline, what the answer-status stage learned of its answers, the
/// per-file findings, suppression comments and corpus-rule signatures (compact: no answer
/// text), so that the corpus stage — duplicates and templates across shards — runs once over
/// all files. Its own versioned format, not a report:
///
/// ```json
/// {"files":[…],"format":"qalint-shard","rules":["duplicate-question",…],
///  "shard":{"count":3,"index":1},"tool":{"name":"qalint","version":"0.1.0"},"version":1}
/// ```
public struct ShardData: Sendable, Encodable {
    /// Raised when a key is removed or changes meaning; `merge` refuses other versions.
    public static let formatVersion = 1
    static let format = "qalint-shard"

    public var shard: Shard
    var corpusRules: [AnyCorpusRule]
    var analyses: [FileAnalysis]

    enum Keys: String, CodingKey { case format, version, tool, shard, rules, files }
    enum ShardKeys: String, CodingKey { case index, count }
    enum FileKeys: String, CodingKey { case document, answers, findings, suppressions, signatures }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(Self.formatVersion, forKey: .version)
        try container.encode(["name": QALintTool.name, "version": QALintTool.version], forKey: .tool)
        var shardContainer = container.nestedContainer(keyedBy: ShardKeys.self, forKey: .shard)
        try shardContainer.encode(shard.index, forKey: .index)
        try shardContainer.encode(shard.count, forKey: .count)
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

    /// The file's text: compact JSON on one line.
    public func json() -> String {
        (JSONText.encode(self, pretty: false) ?? "null") + "\n"
    }
}

/// A shard file read back, its signatures decoded with the corpus rules of the merging
/// configuration.
struct ShardFile {
    var shard: Shard
    var analyses: [FileAnalysis]

    /// Reads a shard file; every problem is one error naming the file.
    static func read(path: String, corpusRules: [AnyCorpusRule]) throws -> ShardFile {
        let data = try InputFile.read(path, what: "shard file", limit: InputFile.jsonLimit)
        let decoder = JSONDecoder()
        decoder.userInfo[rulesKey] = corpusRules
        do {
            return try JSONFile.decode(ShardFile.self, from: data, path: path, kind: "a qalint shard file", decoder: decoder)
        } catch let problem as Problem {
            throw QALintError(file: path, problem.message)
        }
    }

    private static let rulesKey = CodingUserInfoKey(rawValue: "qalint.corpusRules")!

    private enum Problem: Error {
        case notAShardFile
        case version(Int)
        case rules([String])
        case shard(String)
        case content(String)

        static let hint = "write one with `qalint lint --shard I/N --format shard=FILE`"

        var message: String {
            switch self {
            case .notAShardFile: "not a qalint shard file; \(Self.hint)"
            case .version(let version): "a qalint shard file of format version \(version), not \(ShardData.formatVersion): merge shards written by the same qalint"
            case .rules(let ids): "was linted with other corpus rules (\(ids.joined(separator: ", "))): merge with the configuration the shards used"
            case .shard(let reason): reason
            case .content(let reason): "holds an impossible value, \(reason): merge only the shard files qalint wrote"
            }
        }
    }
}

extension ShardFile: Decodable {
    init(from decoder: Decoder) throws {
        let rules = decoder.userInfo[Self.rulesKey] as? [AnyCorpusRule] ?? []
        let container = try decoder.container(keyedBy: ShardData.Keys.self)
        guard (try? container.decode(String.self, forKey: .format)) == ShardData.format else { throw Problem.notAShardFile }
        let version = try container.decode(Int.self, forKey: .version)
        guard version == ShardData.formatVersion else { throw Problem.version(version) }
        let shardContainer = try container.nestedContainer(keyedBy: ShardData.ShardKeys.self, forKey: .shard)
        do {
            shard = try Shard(index: try shardContainer.decode(Int.self, forKey: .index), count: try shardContainer.decode(Int.self, forKey: .count))
        } catch let error as QALintError {
            throw Problem.shard(error.message)
        }
        let ids = try container.decode([String].self, forKey: .rules)
        guard ids == rules.map(\.id) else { throw Problem.rules(ids) }
        var filesContainer = try container.nestedUnkeyedContainer(forKey: .files)
        var analyses: [FileAnalysis] = []
        while !filesContainer.isAtEnd {
            let file = try filesContainer.nestedContainer(keyedBy: ShardData.FileKeys.self)
            var signaturesContainer = try file.nestedUnkeyedContainer(forKey: .signatures)
            var signatures: [(any Sendable)?] = []
            for rule in rules {
                if try signaturesContainer.decodeNil() { signatures.append(nil) } else { signatures.append(try rule.decodeSignature(&signaturesContainer)) }
            }
            let analysis = FileAnalysis(document: try file.decode(DocumentOutline.self, forKey: .document),
                                        answers: try file.decode(DocumentAnswers.self, forKey: .answers),
                                        findings: try file.decode([Finding].self, forKey: .findings),
                                        signatures: signatures,
                                        suppressions: try file.decode([Suppression].self, forKey: .suppressions))
            if let problem = analysis.problem(corpusRules: rules) {
                throw Problem.content("files[\(analyses.count)] (\(analysis.document.path)): \(problem)")
            }
            analyses.append(analysis)
        }
        self.analyses = analyses
    }
}

extension Linter {
    /// Finishes a sharded run: reads each shard file, checks that the shards are all N of
    /// one run, linted with these rules, and runs the corpus stage, answer statuses,
    /// suppressions and completeness over every file — the result an unsharded run gives.
    public func merge(shardFiles paths: [String]) throws -> LintResult {
        let rules = try ruleSets(for: []).base.corpusRules
        var analyses: [FileAnalysis] = []
        var seen: [Int: String] = [:]
        var count: Int?
        var owner: [String: String] = [:]
        for path in paths {
            let file = try ShardFile.read(path: path, corpusRules: rules)
            if let count, count != file.shard.count {
                throw QALintError(file: path, "is shard \(file.shard.index)/\(file.shard.count), but others are of \(count)")
            }
            count = file.shard.count
            if let other = seen[file.shard.index] { throw QALintError(file: path, "is shard \(file.shard.index)/\(file.shard.count) again (also \(other))") }
            seen[file.shard.index] = path
            for analysis in file.analyses {
                if let other = owner[analysis.document.path] {
                    throw QALintError(file: path, "lints \(analysis.document.path), which \(other) lints too")
                }
                owner[analysis.document.path] = path
                analyses.append(analysis)
            }
        }
        if let count, let missing = (1...count).first(where: { seen[$0] == nil }) {
            throw QALintError("shard \(missing)/\(count) is missing: merge needs the shard file of every shard")
        }
        return finish(analyses, ruleSets: try ruleSets(for: analyses.map(\.document.path)))
    }
}
