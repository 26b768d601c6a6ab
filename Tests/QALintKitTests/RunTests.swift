import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// The run's policy is resolved in one place and applied the same way by every command.
@Suite struct RunTests {
    static let configuration = """
        fail-on: warning
        min-completeness: {overall: 80, per-document: 50}
        baseline: debt.json
        """

    @Test func policyComesFromTheConfigurationUnlessAFlagSaysOtherwise() throws {
        let configuration = try Configuration.parse(Self.configuration, file: "/repo/.qalint.yml")
        let lint = try RunPolicy.lint(configuration, RunPolicy.Flags())
        #expect(lint == RunPolicy(failOn: .warning, minCompleteness: 80, minDocumentCompleteness: 50, baseline: "/repo/debt.json"))
        var flags = RunPolicy.Flags()
        flags.failOn = .never
        flags.minCompleteness = 10
        flags.baseline = "other.json"
        flags.strictBaseline = true
        let overridden = try RunPolicy.lint(configuration, flags)
        #expect(overridden == RunPolicy(failOn: nil, minCompleteness: 10, minDocumentCompleteness: 50, baseline: "other.json", strictBaseline: true))
        let report = try RunPolicy.report(configuration, RunPolicy.Flags())
        #expect(report == RunPolicy(minCompleteness: 80, minDocumentCompleteness: 50), "a completeness report fails on the gates, not on findings")
        #expect(RunPolicy.record == RunPolicy())
    }

    @Test func policyErrorsAreClear() throws {
        var flags = RunPolicy.Flags()
        flags.strictBaseline = true
        #expect(throws: QALintError("--strict-baseline needs --baseline FILE or 'baseline' in .qalint.yml")) {
            try RunPolicy.lint(Configuration(), flags)
        }
        flags = RunPolicy.Flags()
        flags.failOnRegression = true
        #expect(throws: QALintError("--fail-on-regression needs --compare FILE")) { try RunPolicy.report(Configuration(), flags) }
    }

    @Test func aRunSaysEveryReasonItFails() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("faq.md")
        try "# FAQ\n\n## Q: What is REST?\n\nTODO\n\n## Q: What is gRPC?\n\nA remote procedure call framework.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let configuration = try Configuration.parse("min-completeness: {overall: 80, per-document: 60}", file: "c.yml")
        let lint = try LintRun(configuration: configuration, input: .paths([file.path]),
                               policy: try RunPolicy.lint(configuration, RunPolicy.Flags())).run()
        #expect(lint.failures == [.findings(count: 1, atOrAbove: .error), .completeness(percent: 50, minimum: 80),
                                  .documentCompleteness(path: file.path, percent: 50, minimum: 60)])
        #expect(lint.exitCode == 1)
        #expect(lint.failures.flatMap(\.messages) == ["qalint: completeness 50% is below the required 80%",
                                                     "qalint: \(file.path): completeness 50% is below the required 60%"])
        let report = try LintRun(configuration: configuration, input: .paths([file.path]),
                                 policy: try RunPolicy.report(configuration, RunPolicy.Flags())).run()
        #expect(report.failures == Array(lint.failures.dropFirst()), "the same gates, without findings")
        let record = try LintRun(configuration: configuration, input: .paths([file.path]), policy: .record).run()
        #expect(record.failures.isEmpty && record.result.findings.count == 1)
    }
}
