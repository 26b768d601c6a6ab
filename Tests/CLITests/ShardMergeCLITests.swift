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
            let run = try cli.qalint(["lint", target, "--shard", "\(index)/\(count)", "--fail-on", "never", "--format", "json=shard\(index).json"], in: directory)
            try #require(run.status == 0, "\(run.stderr)")
            shards.append(try TestSupport.read(directory.appendingPathComponent("shard\(index).json")))
        }
        let merged = try cli.qalint(["merge"] + (1...count).map { "shard\($0).json" } + ["--fail-on", "never", "--format", "json"], in: directory)
        try #require(merged.status == 0, "\(merged.stderr)")
        return (whole.stdout, merged.stdout, shards)
    }

    /// Paths of the files each shard linted.
    private func shardFiles(_ json: String) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return Set(((object?["files"] as? [[String: Any]]) ?? []).compactMap { $0["path"] as? String })
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
        #expect(run.shards.allSatisfy { $0.contains("\"shard\" : {") })
        // Another format from the same shards: as an unsharded run prints it.
        let text = try cli.qalint(["merge", "shard1.json", "shard2.json", "shard3.json"], in: directory)
        let wholeText = try cli.qalint(["lint", "docs"], in: directory)
        #expect(text.status == 1 && text.stdout == wholeText.stdout)
        // With a baseline of the whole run, the merge reports nothing new.
        #expect(try cli.qalint(["baseline", "docs"], in: directory).status == 0)
        let baselined = try cli.qalint(["merge", "shard1.json", "shard2.json", "shard3.json", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory)
        #expect(baselined.status == 0 && baselined.stderr.contains("15 known findings not reported, 0 entries no longer match"), "\(baselined.stderr)")
    }

    @Test func badShardsAreClearErrors() throws {
        let directory = try cli.workspace(["docs/a.md": "# A\n\n## Q: What is REST?\n\nTODO\n", "docs/b.md": "# B\n\n## Q: What is SOAP?\n\nTODO\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 1...2 {
            _ = try cli.qalint(["lint", "docs", "--shard", "\(index)/2", "--format", "json=s\(index).json"], in: directory)
        }
        _ = try cli.qalint(["lint", "docs", "--format", "json=plain.json"], in: directory)
        let cases: [([String], String)] = [
            (["merge", "s1.json"], "shard 2/2 is missing"),
            (["merge", "s1.json", "s1.json"], "s1.json: is shard 1/2 again"),
            (["merge", "s1.json", "plain.json"], "plain.json: has no shard data"),
            (["merge", "s1.json", "none.json"], "none.json: cannot read the report"),
            (["lint", "docs", "--shard", "0/2"], "I must be between 1 and N"),
            (["lint", "docs", "--shard", "two"], "--shard 'two' is not I/N"),
        ]
        for (arguments, message) in cases {
            let run = try cli.qalint(arguments, in: directory)
            #expect(run.status == 2 && run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
    }
}
