import Foundation
import Testing
import QALintKit
@testable import QALintReporters

/// The completeness page, its links and colours, the badge and the shields endpoint. The
/// page's behaviour in a browser (sorting, filtering, widths) is `ci/test-report-page`'s.
@Suite struct CompletenessPageTests {
    static func snapshot() throws -> CompletenessSnapshot {
        let faq = "# FAQ\n\n## Basics\n\n### Q: What is REST?\n\nA style.\n\n### Q: What is gRPC?\n\nTODO\n\n## Later\n\nNothing yet.\n"
        let result = try Linter().lint(sources: [("docs/faq.md", faq)])
        return CompletenessSnapshot(result)
    }

    @Test func thePageReadsWithoutScriptAndSaysWhatMadeIt() throws {
        var context = CompletenessContext()
        context.generated = "2026-11-30 10:00 UTC"
        context.commit = "0123456789ab"
        context.configuration = [".qalint.yml", "base.yml"]
        context.pageFolder = "site/reports"
        let html = CompletenessPage.render(try Self.snapshot(), context: context)
        // Groups are <details> (they open without script); the filter appears only with it.
        #expect(html.contains("<details class=\"document level-mid\" id=\"doc-1\""))
        #expect(html.contains("<form class=\"filter\" role=\"search\" hidden>"))
        // Every sortable header is a button with aria-sort from the start.
        #expect(html.components(separatedBy: "<th scope=\"col\" aria-sort=\"none\"").count - 1 == 5)
        #expect(html.components(separatedBy: "><button type=\"button\">").count - 1 == 5)
        // Links are relative to the page, to the question's line.
        #expect(html.contains("<a href=\"../../docs/faq.md#L9\">What is gRPC?</a>"))
        // A section without questions says so, not 0%, and sorts below 0%.
        #expect(html.contains("<tr class=\"level-none\"><th scope=\"row\"><a href=\"../../docs/faq.md#L13\">Later</a></th>"))
        #expect(html.contains("<td data-value=\"-1.0\"><span class=\"pct\">—</span></td>"))
        #expect(html.contains("Made by qalint \(QALintTool.version) on 2026-11-30 10:00 UTC at commit <code>0123456789ab</code>, with <code>.qalint.yml</code> extending <code>base.yml</code>."))
        #expect(!html.contains("{{"), "every slot is filled")
    }

    @Test func linksGoToTheForgeWithALinkBase() {
        var context = CompletenessContext()
        context.linkBase = "https://github.com/org/repo/blob/abc123"
        context.paths = RepositoryPaths(currentDirectory: "/repo/site", repositoryRoot: "/repo")
        #expect(context.link("docs/faq.md", line: 12) == "https://github.com/org/repo/blob/abc123/site/docs/faq.md#L12")
        #expect(context.link("docs/a b#c.md") == "https://github.com/org/repo/blob/abc123/site/docs/a%20b%23c.md")
    }

    @Test func relativeLinksFromWhereverThePageIs() {
        let cwd = "/repo"
        #expect(CompletenessContext.relative("docs/faq.md", from: "", currentDirectory: cwd) == "docs/faq.md")
        #expect(CompletenessContext.relative("docs/faq.md", from: "docs", currentDirectory: cwd) == "faq.md")
        #expect(CompletenessContext.relative("docs/faq.md", from: "out/html", currentDirectory: cwd) == "../../docs/faq.md")
        #expect(CompletenessContext.relative("../other/faq.md", from: "out", currentDirectory: cwd) == "../../other/faq.md")
        #expect(CompletenessContext.relative("docs/faq.md", from: "/tmp/page", currentDirectory: cwd) == "../../repo/docs/faq.md")
    }

    @Test func coloursFollowTheThresholdsWithReadableContrast() throws {
        var context = CompletenessContext()
        context.thresholds = CompletenessSettings.Thresholds(low: 30, high: 60)
        func counts(_ answered: Int, of questions: Int) -> CompletenessSnapshot.Counts {
            let percent = questions == 0 ? 100 : Double(answered * 1000 / questions) / 10
            let json = "{\"questions\": \(questions), \"answered\": \(answered), \"placeholder\": \(questions - answered), \"empty\": 0, \"answeredPercent\": \(percent)}"
            return try! JSONDecoder().decode(CompletenessSnapshot.Counts.self, from: Data(json.utf8))
        }
        #expect(context.level(counts(2, of: 10)) == .low)
        #expect(context.level(counts(3, of: 10)) == .mid)
        #expect(context.level(counts(6, of: 10)) == .high)
        #expect(context.level(counts(0, of: 0)) == .none)
        for level in [CompletenessContext.Level.low, .mid, .high, .none] {
            #expect(Self.contrast(level.colour, "#ffffff") >= 4.5, "\(level)")
        }
        #expect(Self.contrast("#555555", "#ffffff") >= 4.5, "the badge's label")

        context.badgeLabel = "docs answered"
        let badge = CompletenessBadge.render(counts(1, of: 10), context: context)
        #expect(badge.contains(">docs answered</text>") && badge.contains(">10%</text>") && badge.contains("fill=\"#b42318\""))
        let shields = CompletenessBadge.shields(counts(7, of: 10), context: context)
        let json = try JSONSerialization.jsonObject(with: Data(shields.utf8)) as? [String: Any]
        #expect(json?["schemaVersion"] as? Int == 1 && json?["label"] as? String == "docs answered")
        #expect(json?["message"] as? String == "70%" && json?["color"] as? String == "1a7f37")
        #expect(CompletenessBadge.message(counts(0, of: 0)) == "no questions")
    }

    /// WCAG's contrast ratio of two colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
