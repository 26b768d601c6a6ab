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

    @Test func aStoppedRunLeavesNoTemporaryFile() throws {
        let many = (1...40_000).map { "## Q: Question number \($0)?\n\nTODO\n" }.joined(separator: "\n")
        let directory = try cli.workspace(["many.md": many])
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = directory.appendingPathComponent("reports")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["lint", "many.md", "--format", "json=reports/r.json", "--format", "sarif=reports/r.sarif"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var caught = false
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".tmp") }) {
                process.terminate()  // SIGTERM while a report is being written
                caught = true
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        try #require(caught, "the run finished before a report was seen being written")
        #expect(process.terminationReason == .uncaughtSignal, "stopped, not finished: \(process.terminationReason.rawValue) \(process.terminationStatus)")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
    }
}
