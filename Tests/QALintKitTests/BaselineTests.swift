import Foundation
import Testing
@testable import QALintKit

/// The baseline model: counts per key, what applying it leaves, and an update that only shrinks.
@Suite struct BaselineTests {
    private func findings(_ text: String) throws -> [Finding] {
        try Linter().lint(sources: [("faq.md", text)]).findings
    }

    static let twoTodos = "# FAQ\n\n## Q: What is REST?\n\nTODO\n\n## Q: What is gRPC?\n\nTODO\n"

    @Test func applyMatchesByContentAndCount() throws {
        let baseline = Baseline(findings: try findings(Self.twoTodos))
        #expect(baseline.entries.map(\.question) == ["What is REST?", "What is gRPC?"].sorted { $0.lowercased() < $1.lowercased() })
        // Reordered and moved down: still all known.
        let moved = "# FAQ\n\nSome intro.\n\n## Q: What is gRPC?\n\nTODO\n\n## Q: What is REST?\n\nTODO\n"
        let outcome = baseline.apply(to: try findings(moved))
        #expect(outcome.findings.isEmpty && outcome.suppressed == 2 && outcome.stale.isEmpty)
        // REST asked twice: the second copy is new debt (and a duplicate question).
        let twice = Self.twoTodos + "\n## Q: What is REST?\n\nTODO\n"
        let again = baseline.apply(to: try findings(twice))
        #expect(again.findings.contains { $0.rule == "placeholder-answer" && $0.question == "What is REST?" })
        #expect(again.suppressed == 2)
    }

    @Test func updateOnlyShrinks() throws {
        let baseline = Baseline(findings: try findings(Self.twoTodos))
        let now = "# FAQ\n\n## Q: What is REST?\n\nAn architectural style for networked applications.\n\n## Q: What is gRPC?\n\nTODO\n\n## Q: What is SOAP?\n\nTBD\n"
        let updated = baseline.updated(with: try findings(now), linted: ["faq.md"])
        #expect(updated.entries.map(\.question) == ["What is gRPC?"], "REST was answered; the new SOAP placeholder is not added")
        let stale = baseline.apply(to: try findings(now)).stale
        #expect(stale.map(\.question) == ["What is REST?"])
    }

    @Test func updateKeepsEntriesOfFilesNotLinted() throws {
        let twoFiles = try Linter().lint(sources: [("faq.md", Self.twoTodos), ("other.md", Self.twoTodos)]).findings
        let baseline = Baseline(findings: twoFiles)
        // Only faq.md linted, and its gRPC placeholder answered: other.md's entries stay.
        let now = "# FAQ\n\n## Q: What is REST?\n\nTODO\n\n## Q: What is gRPC?\n\nA remote procedure call framework over HTTP/2.\n"
        let updated = baseline.updated(with: try findings(now), linted: ["faq.md"])
        #expect(updated.entries.filter { $0.path == "other.md" } == baseline.entries.filter { $0.path == "other.md" })
        #expect(updated.entries.filter { $0.path == "faq.md" }.map(\.question) == ["What is REST?"])
    }
}
