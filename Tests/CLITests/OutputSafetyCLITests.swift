import Foundation
import Testing
import TestSupport

/// Reports never overwrite what a run reads, never replace a device, pipe or link, and a
/// failed or closed standard output is handled: the guarantees the README states.
@Suite struct OutputSafetyCLITests {
    let cli = CLITests()

    @Test func aReportNeverOverwritesAnInput() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample, "docs/a.md": CLITests.sample, "docs/b.md": CLITests.clean,
                                          ".qalint.yml": "fail-on: never\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["report", "x.md", "--format", "json=before.json"], in: directory).status == 0)
        let before = try TestSupport.read(directory.appendingPathComponent("before.json"))
        #expect(try cli.qalint(["baseline", "x.md", "--output", "debt.json"], in: directory).status == 0)
        let debt = try TestSupport.read(directory.appendingPathComponent("debt.json"))
        let cases: [[String]] = [
            ["lint", "x.md", "--format", "text=x.md"],
            ["lint", "x.md", "--output", "./x.md"],
            ["lint", "x.md", "--format", "json=\(directory.appendingPathComponent("x.md").path)"],
            ["report", "x.md", "--format", "html=x.md"],
            ["baseline", "x.md", "--output", "x.md"],
            ["lint", "docs", "--format", "json=docs/b.md"],
            ["lint", "x.md", "--format", "json=.qalint.yml"],
            ["report", "x.md", "--compare", "before.json", "--format", "json=before.json"],
            ["lint", "x.md", "--baseline", "debt.json", "--format", "json=debt.json"],
        ]
        for arguments in cases {
            let run = try cli.qalint(arguments, in: directory)
            #expect(run.status == 2 && run.stderr.contains("qalint never writes over what it reads"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): one line")
        }
        #expect(try TestSupport.read(directory.appendingPathComponent("x.md")) == CLITests.sample)
        #expect(try TestSupport.read(directory.appendingPathComponent("docs/b.md")) == CLITests.clean)
        #expect(try TestSupport.read(directory.appendingPathComponent(".qalint.yml")) == "fail-on: never\n")
        #expect(try TestSupport.read(directory.appendingPathComponent("before.json")) == before)
        #expect(try TestSupport.read(directory.appendingPathComponent("debt.json")) == debt)
    }

    /// GitHub's job summary is a file qalint appends to: it is checked as a report is.
    @Test func theJobSummaryIsCheckedLikeAReport() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(mkfifo(directory.appendingPathComponent("fifo").path, 0o644) == 0)
        for (summary, message) in [("x.md", "x.md: is an input of this run"), ("fifo", "fifo: is a pipe"), ("r.json", "r.json: is also a report of this run")] {
            var environment = ProcessInfo.processInfo.environment
            environment["GITHUB_STEP_SUMMARY"] = directory.appendingPathComponent(summary).path
            let run = try TestSupport.run(CLITests.binary, ["lint", "x.md", "--format", "github", "--format", "json=r.json"],
                                          in: directory, environment: environment, timeout: 30)
            #expect(run.status == 2 && run.stderr.contains(message), "\(summary): \(run.status) \(run.stderr)")
        }
        #expect(try TestSupport.read(directory.appendingPathComponent("x.md")) == CLITests.sample)
    }

    /// `reports/` names a folder, existing or not; "" names nothing.
    @Test func aReportPathMustNameAFile() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in ["out/", "reports/.", "."] {
            let run = try cli.qalint(["lint", "x.md", "--format", "json=\(path)"], in: directory)
            #expect(run.status == 2 && run.stderr.split(separator: "\n").count == 1, "\(path): \(run.stderr)")
            #expect(run.stderr.contains("\(path): names a folder"), "\(path): \(run.stderr)")
        }
        let empty = try cli.qalint(["baseline", "x.md", "--output", ""], in: directory)
        #expect(empty.status == 2 && empty.stderr == "qalint: error: an empty path names no file to write a report to\n", "\(empty.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path), "nothing created")
    }

    /// A file reached by two paths — a link, a hard link — is linted once: its findings
    /// are not reported twice, its questions not counted twice.
    @Test func aFileReachedTwiceIsLintedOnce() throws {
        let directory = try cli.workspace(["docs/a.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let docs = directory.appendingPathComponent("docs")
        try FileManager.default.createSymbolicLink(atPath: docs.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        try FileManager.default.linkItem(atPath: docs.appendingPathComponent("a.md").path, toPath: docs.appendingPathComponent("c.md").path)
        let run = try cli.qalint(["lint", "docs", "docs/a.md", "--format", "json=r.json"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr.contains("qalint: warning: docs/b.md: skipped: the same file as docs/a.md, linted once"), "\(run.stderr)")
        #expect(run.stderr.contains("qalint: warning: docs/c.md: skipped: the same file as docs/a.md, linted once"), "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("r.json"))) as? [String: Any])
        #expect((report["files"] as? [[String: Any]])?.map { $0["path"] as? String } == ["docs/a.md"])
        #expect((report["findings"] as? [Any])?.count == 1)
    }

    @Test func oneFileSpelledTwoWaysIsOneReport() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let absolute = directory.appendingPathComponent("r.json").path
        for second in ["./r.json", absolute, "out/../r.json"] {
            let run = try cli.qalint(["lint", "x.md", "--format", "json=r.json", "--format", "sarif=\(second)"], in: directory)
            #expect(run.status == 2 && run.stderr.contains("two reports would be written to"), "\(second): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: absolute), "nothing written")
    }

    @Test func standardOutputIsAStreamAndSpecialFilesAreRefused() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["-", "/dev/stdout"] {
            let run = try cli.qalint(["lint", "x.md", "--format", "text", "--format", "json=\(name)", "--format", "sarif=r.sarif"], in: directory)
            #expect(run.status == 2 && run.stderr.contains("at most one report can go to standard output"), "\(name): \(run.stderr)")
            let alone = try cli.qalint(["lint", "x.md", "--format", "sarif=\(name)"], in: directory)
            #expect(alone.status == 1 && alone.stdout.contains("\"$schema\""), "\(name): \(alone.stderr)")
        }
        var info = stat()
        #expect(lstat("/dev/stdout", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "/dev/stdout is still the link it was")
        // Special files of the test's own (a regression must not replace the system's).
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        var special = [(fifo, "is a pipe"), (directory.path, "is a folder")]
        let device = directory.appendingPathComponent("full").path
        if getuid() == 0, mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0 { special.append((device, "is a device")) }
        for (target, what) in special {
            let run = try cli.qalint(["lint", "x.md", "--format", "json=\(target)"], in: directory)
            #expect(run.status == 2 && run.stderr.contains(what), "\(target): \(run.stderr)")
        }
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe")
    }

    @Test func aLinkedReportIsWrittenThroughItsLink() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample, "reports/real.json": "old"])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("latest.json").path, withDestinationPath: "reports/real.json")
        let run = try cli.qalint(["lint", "x.md", "--format", "json=latest.json"], in: directory)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("latest.json").path) == "reports/real.json")
        #expect(try TestSupport.read(directory.appendingPathComponent("reports/real.json")).contains("\"findings\""))
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("alias.md").path, withDestinationPath: "x.md")
        let input = try cli.qalint(["lint", "x.md", "--format", "json=alias.md"], in: directory)
        #expect(input.status == 2 && input.stderr.contains("the same file as x.md"), "\(input.stderr)")
    }

    @Test func aFailedStandardOutputIsAnErrorAndAClosedPipeIsQuiet() throws {
        let directory = try cli.workspace(["x.md": CLITests.sample])
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = CLITests.binary
        for command in ["lint x.md", "report x.md", "inspect x.md", "rules", "config", "--help"] {
            let run = try TestSupport.run("/bin/bash", ["-c", "\"$0\" \(command) > /dev/full", binary], in: directory)
            #expect(run.status == 2 && run.stderr == "qalint: error: standard output: cannot write (no space left on device)\n",
                    "\(command): \(run.status) \(run.stderr)")
        }
        let many = (1...3000).map { "## Q: Question \($0)?\n\nTODO\n" }.joined(separator: "\n")
        try many.write(to: directory.appendingPathComponent("many.md"), atomically: true, encoding: .utf8)
        let closed = try TestSupport.run("/bin/bash", ["-c", "\"$0\" lint many.md --format json=r.json --format text | head -1 >/dev/null; echo ${PIPESTATUS[0]}", binary],
                                         in: directory)
        #expect(closed.stdout == "1\n" && closed.stderr.isEmpty, "quiet, the run's own status: \(closed.stdout) \(closed.stderr)")
        #expect(try TestSupport.read(directory.appendingPathComponent("r.json")).contains("\"summary\""), "reports to files are still written")
    }

    /// Starts a run of 40,000 questions writing two reports into `reports/` (through bash,
    /// `setup` first), and returns once a temporary report file is seen being written.
    private func startWriting(in directory: URL, setup: String = "") throws -> (process: Process, caught: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", setup + "exec \"$0\" lint many.md --format json=reports/r.json --format sarif=reports/r.sarif", CLITests.binary]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reports = directory.appendingPathComponent("reports")
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".tmp") }) { return (process, true) }
            usleep(200)
        }
        return (process, false)
    }

    static let many = (1...40_000).map { "## Q: Question number \($0)?\n\nTODO\n" }.joined(separator: "\n")

    /// Every signal that ends a process by default, not only ^C.
    @Test(arguments: [SIGTERM, SIGUSR1, SIGALRM])
    func aStoppedRunLeavesNoTemporaryFile(signal: Int32) throws {
        let directory = try cli.workspace(["many.md": Self.many])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (process, caught) = try startWriting(in: directory)
        if caught { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        try #require(caught, "the run finished before a report was seen being written")
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal,
                "stopped by the signal, not finished: \(process.terminationReason.rawValue) \(process.terminationStatus)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("reports").path)) ?? []
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    }

    /// A hangup the parent chose to ignore (`nohup`) stays ignored: the run goes on to the end.
    @Test func anIgnoredHangupIsStillIgnored() throws {
        let directory = try cli.workspace(["many.md": Self.many])
        defer { try? FileManager.default.removeItem(at: directory) }
        let (process, caught) = try startWriting(in: directory, setup: "trap '' HUP; ")
        if caught { kill(process.processIdentifier, SIGHUP) }
        process.waitUntilExit()
        try #require(caught, "the run finished before a report was seen being written")
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(process.terminationReason.rawValue) \(process.terminationStatus)")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("reports/r.sarif").path))
    }

    /// A report larger than `ulimit -f` allows: an error naming the report, exit 2, no
    /// temporary file (SIGXFSZ would have killed the run and left it).
    @Test func aReportOverTheFileSizeLimitIsAnError() throws {
        let many = (1...2_000).map { "## Q: Question number \($0)?\n\nTODO\n" }.joined(separator: "\n")
        let directory = try cli.workspace(["many.md": many])
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try TestSupport.run("/bin/bash", ["-c", "ulimit -f 16; exec \"$0\" lint many.md --format json=r.json", CLITests.binary],
                                      in: directory)
        #expect(run.status == 2, "\(run.status) \(run.stderr)")
        #expect(run.stderr.contains("r.json"), "\(run.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") } && !left.contains("r.json"), "\(left)")
    }
}
