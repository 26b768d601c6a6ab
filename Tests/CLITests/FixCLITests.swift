import Foundation
import Testing
import TestSupport

/// `lint --fix` and `--diff`: what has one right answer is fixed in place, whole and only on
/// request; a second run finds nothing to fix.
@Suite struct FixCLITests {
    let cli = CLITests()

    static let document = """
        # FAQ

        ## Contents

        - [What is REST?](#what-is-rest-)
        - [What is HTTP?](#what-is-http)
        - [What is SMTP?](#what-is-smtp)

        ## Answers

        ### What is REST?

        **A:** An architectural style.

        ### What is HTTP?

        **A:** The web's request-response protocol.

        ### What is gRPC?

        A remote procedure call framework.

        ### What is SMTP?

        **A:** The mail transfer protocol.

        """

    /// The document as `--fix` leaves it: the link pointed at its heading, the missing
    /// question listed, the unlabelled answer labelled.
    static let fixed = document
        .replacingOccurrences(of: "(#what-is-rest-)", with: "(#what-is-rest)")
        .replacingOccurrences(of: "- [What is SMTP?]", with: "- [What is gRPC?](#what-is-grpc)\n- [What is SMTP?]")
        .replacingOccurrences(of: "\nA remote procedure call framework.", with: "\n**A:** A remote procedure call framework.")

    @Test func fixRewritesWhatHasOneRightAnswerAndASecondRunHasNothingToFix() throws {
        let directory = try cli.workspace(["faq.md": Self.document, "other.md": "# Notes\n\nNothing to ask.\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let faq = directory.appendingPathComponent("faq.md")
        chmod(faq.path, 0o640)

        let diff = try cli.qalint(["lint", "--diff"], in: directory)
        #expect(diff.status == 1)
        #expect(diff.stdout.hasPrefix("--- a/faq.md\n+++ b/faq.md\n@@ "))
        #expect(diff.stdout.contains("\n-- [What is REST?](#what-is-rest-)\n+- [What is REST?](#what-is-rest)\n"))
        #expect(diff.stdout.contains("\n+- [What is gRPC?](#what-is-grpc)\n"))
        #expect(diff.stdout.contains("\n-A remote procedure call framework.\n+**A:** A remote procedure call framework.\n"))
        #expect(try TestSupport.read(faq) == Self.document, "--diff changes nothing")

        let fix = try cli.qalint(["lint", "--fix"], in: directory)
        #expect(fix.status == 0, "\(fix.stdout)")
        #expect(fix.stderr == "qalint: fixed 3 findings in 1 file\n")
        #expect(!fix.stdout.contains("toc-mismatch") && !fix.stdout.contains("answer-marker-style"))
        #expect(try TestSupport.read(faq) == Self.fixed)
        var info = stat()
        stat(faq.path, &info)
        #expect(info.st_mode & 0o777 == 0o640, "the file keeps its permissions")
        #expect(try TestSupport.read(directory.appendingPathComponent("other.md")) == "# Notes\n\nNothing to ask.\n")

        let again = try cli.qalint(["lint", "--diff"], in: directory)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty)
        let nothing = try cli.qalint(["lint", "--fix"], in: directory)
        #expect(nothing.stderr.isEmpty)
        #expect(try TestSupport.read(faq) == Self.fixed)
    }

    @Test func fixLeavesSuppressedAndOffFindingsAndWritesThroughALink() throws {
        let suppressed = "<!-- qalint-disable-file answer-marker-style -- the last answer is a quote -->\n" + Self.document
        let directory = try cli.workspace(["real/faq.md": suppressed])
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("faq.md").path, withDestinationPath: "real/faq.md")
        let result = try cli.qalint(["lint", "faq.md", "--fix", "--ignore", "toc-mismatch"], in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "nothing to fix: \(result.stderr)")
        #expect(try TestSupport.read(directory.appendingPathComponent("real/faq.md")) == suppressed)

        _ = try cli.qalint(["lint", "faq.md", "--fix"], in: directory)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: directory.appendingPathComponent("faq.md").path)
        #expect(link == "real/faq.md", "the link stays a link")
        let written = try TestSupport.read(directory.appendingPathComponent("real/faq.md"))
        #expect(written.contains("- [What is gRPC?](#what-is-grpc)\n"))
        #expect(written.contains("\nA remote procedure call framework.\n"), "the suppressed style is left alone")
    }

    @Test func fixRefusesStandardInputAndShards() throws {
        let directory = try cli.workspace(["faq.md": Self.document])
        defer { try? FileManager.default.removeItem(at: directory) }
        let shard = try cli.qalint(["lint", "--fix", "--shard", "1/2"], in: directory)
        #expect(shard.status == 2)
        #expect(shard.stderr == "qalint: error: --fix and --diff change whole files: they cannot take --shard\n")
        let stdin = try TestSupport.run("/bin/sh", ["-c", "'\(CLITests.binary)' lint - --fix < faq.md"], in: directory, environment: ["NO_COLOR": "1"])
        #expect(stdin.status == 2)
        #expect(stdin.stderr == "qalint: error: --fix and --diff change files: they cannot take standard input\n")
    }
}
