import Foundation
import Testing
import TestSupport

/// Numbers and files qalint reads back: every bad value is one line and exit 2, checked the
/// same way on the command line and in the configuration, never a crash.
@Suite struct BadInputCLITests {
    let cli = CLITests()

    private func expectError(_ arguments: [String], in directory: URL, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try cli.qalint(arguments, in: directory)
        #expect(run.status == 2, "\(arguments): \(run.status) \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stderr.split(separator: "\n").count <= 2, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
    }

    @Test func percentagesAreCheckedAlikeEverywhere() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        for value in ["nan", "inf", "-inf", "1e19", "101", "-1", "ten", "0x40", "1e1", "5."] {
            for flag in ["--min-completeness", "--min-document-completeness"] {
                try expectError(["lint", "x.md", "\(flag)=\(value)"], in: directory, "\(flag) must be a percentage from 0 to 100, not '\(value)'")
                try expectError(["report", "x.md", "\(flag)=\(value)"], in: directory, "must be a percentage from 0 to 100")
            }
            try "min-completeness: \(value)\n".write(to: directory.appendingPathComponent("c.yml"), atomically: true, encoding: .utf8)
            try expectError(["lint", "x.md", "--config", "c.yml"], in: directory, "c.yml:1: 'min-completeness' must be a percentage from 0 to 100")
        }
        // A value that starts with a dash is the option's value, refused as such.
        try expectError(["lint", "x.md", "--min-completeness", "-5"], in: directory, "--min-completeness must be a percentage from 0 to 100, not '-5'")
        try expectError(["lint", "x.md", "--shard", "-1"], in: directory, "--shard '-1' is not I/N")
        #expect(try cli.qalint(["lint", "x.md", "--min-completeness", "0", "--fail-on", "never"], in: directory).status == 0)
        #expect(try cli.qalint(["lint", "x.md", "--min-completeness", "50.5", "--fail-on", "never"], in: directory).status == 1, "a decimal percentage")
        #expect(try cli.qalint(["lint", "x.md", "--min-completeness", "100", "--fail-on", "never"], in: directory).status == 1)
        try "rules:\n  similar-question: {min-similarity: 1000}\n".write(to: directory.appendingPathComponent("s.yml"), atomically: true, encoding: .utf8)
        try expectError(["lint", "x.md", "--config", "s.yml"], in: directory, "s.yml:2: 'min-similarity' must be at most 100")
    }

    @Test func baselinesWithBadCountsOrRepeatedEntries() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        func baseline(_ entries: String) throws {
            try "{\"version\": 1, \"entries\": [\(entries)]}".write(to: directory.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        }
        let entry = { (count: String) in "{\"rule\": \"placeholder-answer\", \"path\": \"x.md\", \"identity\": \"is it finished\", \"count\": \(count)}" }
        try baseline(entry("9223372036854775807") + ", " + entry("1"))
        try expectError(["lint", "x.md", "--baseline", "b.json"], in: directory, "b.json: entries[0].count must be a whole number from 1 to")
        try baseline(entry("0"))
        try expectError(["lint", "x.md", "--baseline", "b.json"], in: directory, "entries[0].count must be a whole number")
        // One entry written twice: matched once, and stale once (not twice).
        try baseline(entry("1") + ", " + entry("1"))
        let run = try cli.qalint(["lint", "x.md", "--baseline", "b.json", "--strict-baseline"], in: directory)
        #expect(run.status == 1 && run.stderr.contains("1 known finding not reported, 1 entry no longer matches"), "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "fixed: placeholder-answer").count == 2, "\(run.stderr)")
    }

    @Test func comparedReportsAndShardFilesWithValuesOutOfRange() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["report", "x.md", "--format", "json=r.json"], in: directory).status == 0)
        let report = try TestSupport.read(directory.appendingPathComponent("r.json"))
        try report.replacingOccurrences(of: "\"answeredPercent\" : 50", with: "\"answeredPercent\" : 1e308")
            .write(to: directory.appendingPathComponent("huge.json"), atomically: true, encoding: .utf8)
        try expectError(["report", "x.md", "--compare", "huge.json"], in: directory, "huge.json: total.answeredPercent must be a percentage from 0 to 100")
        #expect(try cli.qalint(["lint", "x.md", "--shard", "1/1", "--format", "shard=s.json"], in: directory).status == 1)
        let shard = try TestSupport.read(directory.appendingPathComponent("s.json"))
        try shard.replacingOccurrences(of: "\"shard\":{\"count\":1,\"index\":1}", with: "\"shard\":{\"count\":0,\"index\":0}")
            .write(to: directory.appendingPathComponent("zero.json"), atomically: true, encoding: .utf8)
        try expectError(["merge", "zero.json"], in: directory, "zero.json: --shard 0/0: I must be between 1 and N")
    }

    @Test func jsonErrorsNameTheLineAndColumnOrThePath() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample,
                                          "syntax.json": "{\"version\": 1,\n  \"entries\": [ }\n",
                                          "short.json": "{\"version\": 1, \"entries\": [",
                                          "shape.json": "{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"path\": \"x.md\", \"identity\": \"i\", \"count\": \"two\"}]}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try expectError(["lint", "x.md", "--baseline", "syntax.json"], in: directory, "syntax.json:2:16: not valid JSON (not a qalint baseline)")
        try expectError(["lint", "x.md", "--baseline", "short.json"], in: directory, "short.json:1:")
        try expectError(["lint", "x.md", "--baseline", "shape.json"], in: directory, "shape.json: not a qalint baseline: expected a whole number at entries[0].count")
        try expectError(["report", "x.md", "--compare", "syntax.json"], in: directory, "syntax.json:2:16: not valid JSON")
        try expectError(["merge", "syntax.json"], in: directory, "syntax.json:2:16: not valid JSON (not a qalint shard file)")
        // Valid JSON the decoder refuses: a count that is not a whole number, or too large.
        for (count, column) in [("1.5", 84), ("18446744073709551616", 84)] {
            try "{\"version\": 1, \"entries\": [{\"rule\": \"r\", \"path\": \"x.md\", \"identity\": \"i\", \"count\": \(count)}]}"
                .write(to: directory.appendingPathComponent("number.json"), atomically: true, encoding: .utf8)
            try expectError(["lint", "x.md", "--baseline", "number.json"], in: directory,
                            "number.json:1:\(column): not a qalint baseline: 'count' must be a whole number, not \(count)")
        }
        // A key given twice: the decoder would keep one without a word.
        try "{\"version\": 1, \"entries\": [],\n \"entries\": []}".write(to: directory.appendingPathComponent("twice.json"), atomically: true, encoding: .utf8)
        try expectError(["lint", "x.md", "--baseline", "twice.json"], in: directory, "twice.json:2:2: not a qalint baseline: the key 'entries' is given twice in one object")
    }

    /// What qalint prints never acts on the terminal: escape sequences in file names,
    /// configuration text and documents, and bidirectional overrides that reorder what a
    /// reader sees, are shown as `\u{…}`; a YAML error is one line.
    @Test func printedTextCannotActOnTheTerminal() throws {
        let evil = "bad\u{1B}[31mname.yml"
        let directory = try cli.workspace([evil: "rules:\n  \u{1B}[2Jwiped: off\n",
                                          "bidi.md": "## Q: Is \u{202E}txt.exe safe?\n\nTODO\n",
                                          "broken.yml": "rules: [a\nfail-on: {\n", "control.yml": "rules:\n  a: \u{1}off\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = try cli.qalint(["lint", "bidi.md", "--config", evil], in: directory)
        #expect(config.status == 2 && !config.stderr.contains("\u{1B}") && config.stderr.contains("\\u{1b}"), "\(config.stderr.debugDescription)")
        let text = try cli.qalint(["lint", "bidi.md"], in: directory)
        #expect(!text.stdout.contains("\u{202E}") && text.stdout.contains("\\u{202e}"), "\(text.stdout.debugDescription)")
        let yaml = try cli.qalint(["lint", "bidi.md", "--config", "broken.yml"], in: directory)
        #expect(yaml.status == 2 && yaml.stderr.split(separator: "\n").count == 1 && yaml.stderr.hasPrefix("qalint: error: broken.yml:"),
                "\(yaml.stderr.debugDescription)")
        let control = try cli.qalint(["lint", "bidi.md", "--config", "control.yml"], in: directory)
        #expect(control.stderr == "qalint: error: control.yml:2: invalid YAML: control characters are not allowed\n", "\(control.stderr.debugDescription)")
        // Data formats keep the character but write it escaped: a reader of the file sees
        // it, a JSON or XML parser reads it back as it was.
        let data = try cli.qalint(["lint", "bidi.md", "--format", "json=r.json", "--format", "junit=r.xml", "--format", "sarif=r.sarif"], in: directory)
        #expect(data.status == 1)
        let json = try TestSupport.read(directory.appendingPathComponent("r.json"))
        #expect(!json.contains("\u{202E}") && json.contains("Is \\u202Etxt.exe safe?"), "\(json)")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["findings"] as? [[String: Any]])?.first?["question"] as? String == "Is \u{202E}txt.exe safe?")
        for file in ["r.xml", "r.sarif"] {
            let report = try TestSupport.read(directory.appendingPathComponent(file))
            #expect(!report.contains("\u{202E}") && (report.contains("&#x202E;") || report.contains("\\u202E")), "\(file): \(report)")
        }
        // Text commands: a pack's description shown by `rules` and `rules explain`.
        let pack = "kind: existence\ndescription: \"Says \\e[2Jhello.\"\nscope: answer\ntokens: [hello]\nmessage: m\nexamples:\n  - fail: \"## Q: Hi?\\n\\nhello <!-- expect: odd/hi -->\\n\"\n  - pass: \"## Q: Hi?\\n\\nbye\\n\"\n"
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("odd"), withIntermediateDirectories: true)
        try pack.write(to: directory.appendingPathComponent("odd/hi.yml"), atomically: true, encoding: .utf8)
        try "packs: [odd]\n".write(to: directory.appendingPathComponent("odd.yml"), atomically: true, encoding: .utf8)
        for arguments in [["rules"], ["rules", "explain", "odd/hi"]] {
            let run = try cli.qalint(arguments + ["--config", "odd.yml"], in: directory)
            #expect(run.status == 0 && !run.stdout.contains("\u{1B}") && run.stdout.contains("\\u{1b}[2Jhello"), "\(arguments): \(run.stdout.debugDescription) \(run.stderr)")
        }
    }

    /// Entries of a searched folder that cannot be linted are skipped, each with a warning,
    /// and the run goes on; named on the command line, they are one-line errors.
    @Test func specialEntriesInAFolderAreSkippedWithAWarning() throws {
        let directory = try cli.workspace(["docs/a.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let docs = directory.appendingPathComponent("docs")
        #expect(mkfifo(docs.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: docs.appendingPathComponent("null.md").path, withDestinationPath: "/dev/null")
        try manager.createSymbolicLink(atPath: docs.appendingPathComponent("loop1.md").path, withDestinationPath: "loop2.md")
        try manager.createSymbolicLink(atPath: docs.appendingPathComponent("loop2.md").path, withDestinationPath: "loop1.md")
        var name = Array((docs.path + "/caf").utf8) + [0xE9] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let run = try cli.qalint(["lint", "docs"], in: directory)
        #expect(run.status == 1 && run.stdout.contains("docs/a.md:9:1: error:"), "the rest is linted: \(run.stdout) \(run.stderr)")
        for warning in ["docs/caf\\xE9.md: skipped: the file name is not UTF-8", "docs/loop1.md: skipped: a loop of symbolic links",
                        "docs/null.md: skipped: a link to a device", "docs/pipe.md: skipped: a pipe, not a file"] {
            #expect(run.stderr.contains("qalint: warning: " + warning), "\(warning): \(run.stderr)")
        }
        try expectError(["lint", "docs/loop1.md"], in: directory, "docs/loop1.md: is a loop of symbolic links")
        try expectError(["lint", "docs/pipe.md"], in: directory, "docs/pipe.md: is a pipe, not a file qalint can read")
    }

    /// What a run reads must be a regular file of reasonable size: a device or pipe as a
    /// configuration, baseline, compared report, shard or pack file would be read forever
    /// (or block), and is one line instead; a Markdown file over 64 MB is reported, not read.
    @Test func inputsAreRegularFilesOfBoundedSize() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample, "pack/.keep": ""])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("fifo").path, 0o644) == 0)
        #expect(mkfifo(directory.appendingPathComponent("pack/rule.yml").path, 0o644) == 0)
        try "packs: [pack]\n".write(to: directory.appendingPathComponent("packs.yml"), atomically: true, encoding: .utf8)
        try expectError(["lint", "x.md", "--config", "/dev/zero"], in: directory, "/dev/zero: is a device, not a configuration file qalint can read")
        try expectError(["lint", "x.md", "--config", "fifo"], in: directory, "fifo: is a pipe, not a configuration file qalint can read")
        try expectError(["lint", "x.md", "--baseline", "/dev/zero"], in: directory, "/dev/zero: is a device, not a file qalint can read")
        try expectError(["report", "x.md", "--compare", "fifo"], in: directory, "fifo: is a pipe, not a file qalint can read")
        try expectError(["merge", "fifo"], in: directory, "fifo: is a pipe, not a shard file qalint can read")
        try expectError(["lint", "x.md", "--config", "packs.yml"], in: directory, "pack/rule.yml: is a pipe, not a pack file qalint can read")
        // A sparse file: 70 MB that takes no room.
        let big = directory.appendingPathComponent("big.md").path
        FileManager.default.createFile(atPath: big, contents: nil)
        #expect(truncate(big, 70 << 20) == 0)
        let run = try cli.qalint(["lint", "big.md", "x.md"], in: directory)
        #expect(run.status == 1 && run.stdout.contains("big.md:1:1: error: The file is larger than 64 MB, more than qalint reads"), "\(run.stdout)")
        #expect(run.stdout.contains("x.md:9:1: error:"), "the run goes on")
    }

    /// A shard file is read back from disk: every index, range and setting in it is checked,
    /// so a crafted one is one line (each of these crashed `merge`).
    @Test func craftedShardFilesAreRefused() throws {
        let directory = try cli.workspace(["a.md": "## Q: What is REST?\n\nThe answer. TODO: more\n\n## Q: What is gRPC?\n\nA remote procedure call framework with several words.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["lint", ".", "--shard", "1/1", "--format", "shard=s.json", "--fail-on", "never"], in: directory).status == 0)
        let data = try Data(contentsOf: directory.appendingPathComponent("s.json"))
        func crafted(_ edit: (inout [String: Any]) -> Void) throws -> [String: Any] {
            var shard = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var files = try #require(shard["files"] as? [[String: Any]])
            var file = files[0]
            edit(&file)
            files[0] = file
            shard["files"] = files
            return shard
        }
        let cases: [(String, ( inout [String: Any]) -> Void)] = [
            ("findings[0].questionIndex 999999 names no question", { file in
                var findings = file["findings"] as! [[String: Any]]
                findings[0]["questionIndex"] = 999_999
                file["findings"] = findings
            }),
            ("answers holds 0 answers for 2 questions", { file in
                var answers = file["answers"] as! [String: Any]
                answers["answers"] = []
                file["answers"] = answers
            }),
            ("document.sections[0].questions", { file in
                var document = file["document"] as! [String: Any]
                document["sections"] = [["questions": [0, 99], "range": ["startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1], "title": "x"]]
                file["document"] = document
            }),
            ("answers.minTemplateCount must be from 2", { file in
                var answers = file["answers"] as! [String: Any]
                answers["minTemplateCount"] = 0
                file["answers"] = answers
            }),
            ("signatures (duplicate-answer): signatures holds 0 values", { file in
                var signatures = file["signatures"] as! [Any]
                var facts = signatures[2] as! [String: Any]
                facts["signatures"] = []
                signatures[2] = facts
                file["signatures"] = signatures
            }),
            ("document.questions[0].range is not a range", { file in
                var document = file["document"] as! [String: Any]
                var questions = document["questions"] as! [[String: Any]]
                questions[0]["range"] = ["startLine": -5, "startColumn": 1, "endLine": 1, "endColumn": 1]
                document["questions"] = questions
                file["document"] = document
            }),
            ("signatures (similar-question): similarity.minimumSimilarity must be from", { file in
                var signatures = file["signatures"] as! [Any]
                var facts = signatures[1] as! [String: Any]
                facts["similarity"] = ["documentScope": false, "minimumSimilarity": 2.0]
                signatures[1] = facts
                file["signatures"] = signatures
            }),
        ]
        for (message, edit) in cases {
            let shard = try crafted(edit)
            try JSONSerialization.data(withJSONObject: shard).write(to: directory.appendingPathComponent("bad.json"))
            try expectError(["merge", "bad.json", "--fail-on", "never"], in: directory, "bad.json: holds an impossible value, files[0] (a.md): " + message)
        }
    }

    /// Mistakes in a configuration or pack that would otherwise be taken silently: each is
    /// one line at its file and line.
    @Test func configurationMistakesAreNamedWhereTheyStand() throws {
        let pack = try String(contentsOfFile: TestSupport.packageRoot.appendingPathComponent("Examples/packs/house-style/legacy-name.yml").path, encoding: .utf8)
        let directory = try cli.workspace([
            "x.md": CLITests.sample,
            "house/legacy-name.yml": pack,
            "latin1.yml": "",
            "tag.yml": "min-completeness: !!binary NTA=\n",
            "blank.yml": "required-sections: [General, '  ']\n",
            "twice.yml": "packs:\n  - house\n  - ./house\n",
            "file-pack.yml": "packs: [x.md]\n",
            "range/too-long.yml": """
                kind: metric
                description: An answer of a length no answer can have.
                scope: answer
                measure: words
                min: 50
                max: 10
                message: "Answer has {value} words."
                examples:
                  - fail: "## Q: Why?\\n\\nBecause. <!-- expect: range/too-long -->\\n"
                  - pass: "## Q: Why?\\n\\nBecause.\\n"
                """,
            "range.yml": "packs: [range]\n",
            "phrases/more.yml": "kind: phrase-list\nfor: similar-question\nwhole-answer: [soon]\n",
            "phrases.yml": "packs: [phrases]\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("rules:\n  placeholder-answer:\n    severity: error\n# caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: directory.appendingPathComponent("latin1.yml"))
        try expectError(["lint", "x.md", "--config", "latin1.yml"], in: directory, "latin1.yml:4:6: the configuration file is not valid UTF-8 text")
        try expectError(["lint", "x.md", "--config", "tag.yml"], in: directory, "tag.yml:1: YAML tags (!!binary) are not supported")
        try expectError(["lint", "x.md", "--config", "blank.yml"], in: directory, "blank.yml:1: an entry of 'required-sections' is empty")
        try expectError(["lint", "x.md", "--config", "twice.yml"], in: directory, "twice.yml:3: a pack named 'house' is already loaded")
        try expectError(["lint", "x.md", "--config", "file-pack.yml"], in: directory, "file-pack.yml:1: 'x.md' is not a folder")
        try expectError(["lint", "x.md", "--config", "range.yml"], in: directory, "too-long.yml:6: 'max' (10) is less than 'min' (50)")
        try expectError(["lint", "x.md", "--config", "phrases.yml"], in: directory, "more.yml:2: 'for' of a phrase-list must be placeholder-answer, not 'similar-question'")
    }

    /// Names the command line gets wrong: each an error, never a silent success.
    @Test func unknownNamesAndBadEnvironmentAreErrors() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        try expectError(["rules", "test", "placeholder-answr"], in: directory, "unknown rule or pack 'placeholder-answr'; did you mean 'placeholder-answer'?")
        let parser = try cli.qalint(["lint", "x.md", "--fail-on", "bogus"], in: directory)
        #expect(parser.status == 2 && parser.stderr.split(separator: "\n").count == 1, "one line: \(parser.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["QALINT_PARSE_TIME_LIMIT"] = "ten"
        let limit = try TestSupport.run(CLITests.binary, ["lint", "x.md"], in: directory, environment: environment)
        #expect(limit.status == 2 && limit.stderr == "qalint: error: QALINT_PARSE_TIME_LIMIT must be a number of seconds above 0, not 'ten'\n", "\(limit.stderr)")
        environment["QALINT_PARSE_TIME_LIMIT"] = nil
        environment["PATH"] = "/nonexistent"
        let git = try TestSupport.run(CLITests.binary, ["lint", "x.md", "--changed-since", "HEAD"], in: directory, environment: environment)
        #expect(git.status == 2 && git.stderr.contains("--changed-since needs git, and no git was found on PATH"), "\(git.stderr)")
    }

    /// A report read back for --compare whose counts do not add up, or whose statuses are
    /// not statuses, was edited by hand: refused, not compared.
    @Test func inconsistentComparedReportsAreRefused() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["report", "x.md", "--format", "json=r.json"], in: directory).status == 0)
        let text = try TestSupport.read(directory.appendingPathComponent("r.json"))
        try text.replacingOccurrences(of: "\"status\" : \"placeholder\"", with: "\"status\" : \"done\"")
            .write(to: directory.appendingPathComponent("status.json"), atomically: true, encoding: .utf8)
        try expectError(["report", "x.md", "--compare", "status.json"], in: directory, "status.json: documents[0].entries[1].status must be one of answered, placeholder, empty, not 'done'")
        var report = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var total = try #require(report["total"] as? [String: Any])
        total["answered"] = 9
        report["total"] = total
        try JSONSerialization.data(withJSONObject: report).write(to: directory.appendingPathComponent("counts.json"))
        try expectError(["report", "x.md", "--compare", "counts.json"], in: directory, "counts.json: total: answered + placeholder + empty")
    }
}
