import Foundation
import Testing
import TestSupport

/// `lint --shard I/N` and `qalint merge`: sharded runs give the unsharded run's reports.
@Suite struct ShardMergeCLITests {
    let cli = CLITests()

    /// Runs `lint` unsharded and in `count` shards, merges, and returns both JSON reports.
    private func shardedAndWhole(_ target: String, count: Int, in directory: URL) throws -> (whole: String, merged: String, shards: [String]) {
        let whole = try cli.qalint(["lint", target, "--fail-on", "never", "--format", "json"], in: directory)
        try #require(whole.status == 0, "\(whole.stderr)")
        var shards: [String] = []
        for index in 1...count {
            let run = try cli.qalint(["lint", target, "--shard", "\(index)/\(count)", "--fail-on", "never", "--format", "shard=shard\(index).json"], in: directory)
            try #require(run.status == 0, "\(run.stderr)")
            shards.append(try TestSupport.read(directory.appendingPathComponent("shard\(index).json")))
        }
        let merged = try cli.qalint(["merge"] + (1...count).map { "shard\($0).json" } + ["--fail-on", "never", "--format", "json"], in: directory)
        try #require(merged.status == 0, "\(merged.stderr)")
        return (whole.stdout, merged.stdout, shards)
    }

    /// Paths of the files a shard file holds.
    private func shardFiles(_ json: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return Set(((object?["files"] as? [[String: Any]]) ?? []).compactMap { ($0["document"] as? [String: Any])?["path"] as? String })
    }

    @Test(.needsShared) func realCorpusInThreeShardsIsOneRun() throws {
        let readme = try #require(TestSupport.sharedFile("corpus/real/MANIFEST.tsv"))
        let real = readme.deletingLastPathComponent().path
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try shardedAndWhole(real, count: 3, in: directory)
        #expect(run.whole == run.merged, "byte-identical JSON")
        // Duplicates across shards are among the findings.
        let files = try run.shards.map(shardFiles)
        let findings = ((try JSONSerialization.jsonObject(with: Data(run.merged.utf8)) as? [String: Any])?["findings"] as? [[String: Any]]) ?? []
        let crossShard = findings.filter { finding in
            let path = finding["path"] as? String ?? ""
            return ((finding["related"] as? [[String: Any]]) ?? []).contains { related in
                let other = related["path"] as? String ?? ""
                return !files.contains { $0.contains(path) && $0.contains(other) }
            }
        }
        #expect(!crossShard.isEmpty, "some duplicate spans two shards")
        #expect(files.reduce(0) { $0 + $1.count } == Set(files.flatMap { $0 }).count, "every file in exactly one shard")
    }

    @Test func duplicatesAcrossShardsSurviveTheMerge() throws {
        var documents: [String: String] = [:]
        for index in 1...8 {
            documents["docs/faq\(index).md"] = "# FAQ \(index)\n\n## Q: What is REST?\n\nAn architectural style.\n\n## Q: What is topic \(index)?\n\nTODO\n"
        }
        let directory = try cli.workspace(documents)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try shardedAndWhole("docs", count: 3, in: directory)
        #expect(run.whole == run.merged)
        #expect(run.merged.components(separatedBy: "\"rule\" : \"duplicate-question\"").count - 1 == 7)
        #expect(!run.merged.contains("\"shard\""), "the merged report is a plain report")
        #expect(run.shards.allSatisfy { $0.contains("\"format\":\"qalint-shard\"") && $0.contains("\"version\":1") })
        // Another format from the same shards: as an unsharded run prints it.
        let text = try cli.qalint(["merge", "shard1.json", "shard2.json", "shard3.json"], in: directory)
        let wholeText = try cli.qalint(["lint", "docs"], in: directory)
        #expect(text.status == 1 && text.stdout == wholeText.stdout)
        // With a baseline of the whole run, the merge reports nothing new.
        #expect(try cli.qalint(["baseline", "docs"], in: directory).status == 0)
        let baselined = try cli.qalint(["merge", "shard1.json", "shard2.json", "shard3.json", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory)
        #expect(baselined.status == 0 && baselined.stderr.contains("15 known findings not reported, 0 entries no longer match"), "\(baselined.stderr)")
    }

    /// The merge applies the same gates as lint: with `min-completeness: 90` and 75% of the
    /// questions answered, both fail (merge used to exit 0).
    @Test func mergeAppliesTheCompletenessGates() throws {
        var documents = [".qalint.yml": "min-completeness: 90\n"]
        for index in 1...4 {
            let answer = index == 4 ? "TODO" : "A real answer about topic \(index), written out."
            documents["docs/faq\(index).md"] = "# FAQ \(index)\n\n## Q: What is topic \(index)?\n\n\(answer)\n"
        }
        let directory = try cli.workspace(documents)
        defer { try? FileManager.default.removeItem(at: directory) }
        let gate = "qalint: completeness 75% is below the required 90%"
        let lint = try cli.qalint(["lint", "docs", "--fail-on", "never"], in: directory)
        #expect(lint.status == 1 && lint.stderr.contains(gate), "\(lint.stderr)")
        for index in 1...2 {
            let run = try cli.qalint(["lint", "docs", "--shard", "\(index)/2", "--fail-on", "never", "--min-completeness", "0",
                                      "--format", "shard=s\(index).json"], in: directory)
            try #require(run.status == 0, "\(run.stderr)")
        }
        let merged = try cli.qalint(["merge", "s1.json", "s2.json", "--fail-on", "never"], in: directory)
        #expect(merged.status == 1 && merged.stderr.contains(gate), "\(merged.stderr)")
        let perDocument = try cli.qalint(["merge", "s1.json", "s2.json", "--fail-on", "never", "--min-completeness", "0",
                                          "--min-document-completeness", "50"], in: directory)
        #expect(perDocument.status == 1 && perDocument.stderr.contains("docs/faq4.md: completeness 0% is below the required 50%"), "\(perDocument.stderr)")
    }

    @Test func badShardsAreClearErrors() throws {
        let directory = try cli.workspace(["docs/a.md": "# A\n\n## Q: What is REST?\n\nTODO\n", "docs/b.md": "# B\n\n## Q: What is SOAP?\n\nTODO\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 1...2 {
            _ = try cli.qalint(["lint", "docs", "--shard", "\(index)/2", "--format", "shard=s\(index).json"], in: directory)
        }
        _ = try cli.qalint(["lint", "docs", "--format", "json=plain.json"], in: directory)
        let newer = try TestSupport.read(directory.appendingPathComponent("s1.json")).replacingOccurrences(of: "\"version\":1", with: "\"version\":99")
        try newer.write(to: directory.appendingPathComponent("newer.json"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["merge", "s1.json"], "shard 2/2 is missing"),
            (["merge", "s1.json", "s1.json"], "s1.json: is shard 1/2 again"),
            (["merge", "s1.json", "plain.json"], "plain.json: not a qalint shard file; write one with `qalint lint --shard I/N --format shard=FILE`"),
            (["merge", "s1.json", "none.json"], "none.json: no such shard file"),
            (["merge", "newer.json", "s2.json"], "newer.json: a qalint shard file of format version 99, not 1"),
            (["merge", "s1.json", "s2.json", "--format", "shard=again.json"], "--format shard writes the data of one shard"),
            (["lint", "docs", "--format", "shard=s.json"], "it needs `lint --shard I/N`"),
            (["lint", "docs", "--shard", "0/2"], "I must be between 1 and N"),
            (["lint", "docs", "--shard", "two"], "--shard 'two' is not I/N"),
        ]
        for (arguments, message) in cases {
            let run = try cli.qalint(arguments, in: directory)
            #expect(run.status == 2 && run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
    }
}
