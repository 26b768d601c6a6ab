import Foundation
import Testing
import TestSupport

/// `lint --changed-since REF` and `--changed-questions`, in a temporary git repository.
@Suite struct ChangedSinceCLITests {
    let cli = CLITests()

    private func git(_ arguments: [String], in directory: URL) throws {
        let run = try TestSupport.run("/usr/bin/env", ["git", "-c", "user.name=qalint", "-c", "user.email=qalint@example.com"] + arguments,
                                      in: directory)
        try #require(run.status == 0, "git \(arguments): \(run.stderr)")
    }

    /// A repository with the FAQ and another document committed on `main`, on a branch `pr`.
    private func repository() throws -> URL {
        let directory = try cli.workspace(["docs/faq.md": ReportCLITests.before, "docs/other.md": "# Other\n\n## Q: What is X?\n\nTODO\n"])
        try git(["init", "-q", "-b", "main"], in: directory)
        try git(["add", "."], in: directory)
        try git(["commit", "-q", "-m", "init"], in: directory)
        try git(["checkout", "-q", "-b", "pr"], in: directory)
        return directory
    }

    private func rules(_ json: String) throws -> [String] {
        let findings = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        return findings.map { "\($0["path"] ?? ""):\($0["rule"] ?? ""):\($0["question"] ?? "")" }
    }

    @Test func onlyTheEditedQuestionIsReported() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The SOAP answer (answered on main) is replaced by a placeholder; REST and gRPC
        // keep their old placeholders.
        let edited = ReportCLITests.before.replacingOccurrences(of: "An XML messaging protocol used by older enterprise services.", with: "TODO")
        try edited.write(to: directory.appendingPathComponent("docs/faq.md"), atomically: true, encoding: .utf8)
        let questions = try cli.qalint(["lint", "docs", "--changed-since", "main", "--changed-questions", "--format", "json"], in: directory)
        #expect(questions.status == 1)
        #expect(try rules(questions.stdout) == ["docs/faq.md:placeholder-answer:What is SOAP?"])
        let files = try cli.qalint(["lint", "docs", "--changed-since", "main", "--format", "json"], in: directory)
        #expect(try rules(files.stdout).count == 3, "the changed file, all of it; other.md did not change")
        // Nothing changed since HEAD once committed.
        try git(["commit", "-q", "-am", "edit"], in: directory)
        let none = try cli.qalint(["lint", "docs", "--changed-since", "HEAD"], in: directory)
        #expect(none.status == 0 && none.stdout.contains("0 questions in 0 files"), "\(none.stdout)\(none.stderr)")
        #expect(none.stderr.contains("qalint: no Markdown files in docs changed since HEAD"))
        // Against main (the merge base), the commit still counts.
        #expect(try cli.qalint(["lint", "docs", "--changed-since", "main", "--changed-questions"], in: directory).status == 1)
    }

    @Test func renamedFilesKeepTheirBaselineEntries() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try cli.qalint(["baseline", "docs"], in: directory).status == 0)
        try git(["mv", "docs/other.md", "docs/renamed.md"], in: directory)
        let run = try cli.qalint(["lint", "docs", "--changed-since", "main", "--baseline", ".qalint-baseline.json", "--strict-baseline"], in: directory)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("1 known finding not reported, 0 entries no longer match"))
    }

    @Test func untrackedFilesAreChanged() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# New\n\n## Q: What is new?\n\nTBD\n".write(to: directory.appendingPathComponent("docs/new.md"), atomically: true, encoding: .utf8)
        let run = try cli.qalint(["lint", "docs", "--changed-since", "main", "--changed-questions", "--format", "json"], in: directory)
        #expect(try rules(run.stdout) == ["docs/new.md:placeholder-answer:What is new?"])
    }

    @Test func errorsAreClear() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        let unknown = try cli.qalint(["lint", "docs", "--changed-since", "no-such-branch"], in: directory)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown git ref 'no-such-branch'"), "\(unknown.stderr)")
        let option = try cli.qalint(["lint", "docs", "--changed-since=--output=x"], in: directory)
        #expect(option.status == 2 && option.stderr.contains("'--output=x' is not a git ref"), "\(option.stderr)")
        let alone = try cli.qalint(["lint", "docs", "--changed-questions"], in: directory)
        #expect(alone.status == 2 && alone.stderr.contains("--changed-questions needs --changed-since"), "\(alone.stderr)")
        let outside = try cli.workspace(["faq.md": ReportCLITests.before])
        defer { try? FileManager.default.removeItem(at: outside) }
        let noRepository = try cli.qalint(["lint", "faq.md", "--changed-since", "main"], in: outside)
        #expect(noRepository.status == 2 && noRepository.stderr.contains("needs a git repository"), "\(noRepository.stderr)")
    }
}
