import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// The real documents of ../shared/corpus/real: how many questions each holds (the counts
/// MANIFEST.tsv and LABELS.md state, within 2%), and the labelled defects.
@Suite(.needsShared) struct RealCorpusTests {
    /// (questions, empty answers, placeholders) as qalint reads them, and the count stated.
    static let expected: [String: (questions: Int, empty: Int, placeholder: Int, stated: Int)] = [
        "DigitalCareerInstitute__WD-Interview-Questions__ANSWERS.md": (19, 0, 0, 19),
        "DigitalCareerInstitute__WD-Interview-Questions__QUESTIONS.md": (19, 19, 0, 19),
        "DopplerHQ__awesome-interview-questions__README.md": (0, 0, 0, 0),
        "Homebrew__brew__docs__FAQ.md": (28, 0, 0, 28),
        "ajeetkbhardwaj__AI-from-First-Principle__temp.md": (11, 0, 0, 11),
        // Topic headings, each titling the question under it; no answers by design. "#### Why?"
        // and "#### Why FP?" are topics like their siblings (the question is the paragraph
        // under them), not questions answered by that paragraph.
        "arialdomartini__Back-End-Developer-Interview-Questions__README.md": (212, 204, 0, 211),
        "bike-bill__readyset-strapdown__templates__faq.md": (17, 0, 6, 17),
        "bregman-arie__devops-exercises__README-zh_CN.md": (486, 312, 0, 486),
        "bregman-arie__devops-exercises__README.md": (444, 81, 0, 444),
        "electron__electron__docs__faq.md": (10, 0, 0, 10),
        "learning-zone__java-basics__README.md": (129, 7, 2, 129),
        // The "See 20 Available Translations" <details> at the top folds links away: not a
        // question (it was read as one before the folded-content rule).
        "lydiahallie__javascript-questions__README.md": (155, 0, 0, 155),
        // 478 list-item questions and 86 numbered coding exercises; two are not read.
        "sudheerj__javascript-interview-questions__README.md": (563, 0, 0, 564),
    ]

    static func lint(_ name: String) throws -> LintResult {
        let url = try #require(TestSupport.sharedFile("corpus/real/\(name)"))
        return try Linter().lint(sources: [(name, try TestSupport.read(url))])
    }

    @Test(arguments: expected.keys.sorted())
    func questionCounts(_ name: String) throws {
        let result = try Self.lint(name)
        let counts = result.completeness
        let expected = try #require(Self.expected[name])
        #expect(counts.questions == expected.questions, "\(name)")
        #expect(counts.empty == expected.empty, "\(name)")
        #expect(counts.placeholder == expected.placeholder, "\(name)")
        #expect(abs(counts.questions - expected.stated) * 50 <= max(expected.stated, 1), "\(name): within 2% of the stated count")
    }

    @Test func labelledDefectsAreFound() throws {
        let devops = try Self.lint("bregman-arie__devops-exercises__README.md").findings
        #expect(devops.filter { $0.rule == "duplicate-question" }.map(\.range.startLine) == [3718], "D-E1")
        let similar = Set(devops.filter { $0.rule == "similar-question" }.flatMap { finding in finding.related.map { [$0.line, finding.range.startLine].sorted() } })
        #expect(similar.contains([1402, 1485]) && similar.contains([282, 472]), "D-P1, D-P2")
        #expect(!similar.contains { $0.contains(2331) }, "a Mongo document is not an Elastic document")
        #expect(devops.contains { $0.rule == "duplicate-answer" && $0.range.startLine == 1485 }, "4d: the copied SQL/NoSQL answer")
        #expect(Set(devops.filter { $0.rule == "core/unfinished-note" }.map(\.range.startLine)) == [2620, 2927], "4b partial placeholders")
        let java = try Self.lint("learning-zone__java-basics__README.md").findings
        #expect(Set(java.filter { $0.rule == "placeholder-answer" }.map(\.range.startLine)) == [2195, 3991])
        #expect(Set(java.filter { $0.rule == "empty-answer" }.map(\.range.startLine)) == [3989, 3990, 4610, 4611, 4612, 4613, 4614])
        let bike = try Self.lint("bike-bill__readyset-strapdown__templates__faq.md").findings
        #expect(Set(bike.filter { $0.rule == "placeholder-answer" }.map(\.range.startLine)) == [64, 67, 70, 73, 78, 81])
        #expect(bike.filter { $0.rule == "duplicate-question" }.map(\.range.startLine) == [67, 70, 73])
        #expect(bike.contains { $0.rule == "duplicate-answer" && $0.range.startLine == 44 })
        let zh = try Self.lint("bregman-arie__devops-exercises__README-zh_CN.md").findings
        #expect(zh.filter { $0.rule == "duplicate-question" }.map(\.range.startLine) == [1072, 1087, 1142, 1178])
    }

    @Test func questionListsAreReportedOnce() throws {
        for name in ["arialdomartini__Back-End-Developer-Interview-Questions__README.md", "DigitalCareerInstitute__WD-Interview-Questions__QUESTIONS.md"] {
            let empty = try Self.lint(name).findings.filter { $0.rule == "empty-answer" }
            #expect(empty.count == 1, "\(name)")
        }
    }

    @Test func tableOfContentsLinks() throws {
        let back = try Self.lint("arialdomartini__Back-End-Developer-Interview-Questions__README.md").findings
        #expect(back.filter { $0.rule == "toc-mismatch" }.map(\.range.startLine) == [74, 80, 133, 259])
        let doppler = try Self.lint("DopplerHQ__awesome-interview-questions__README.md").findings
        #expect(doppler.filter { $0.rule == "toc-mismatch" }.map(\.range.startLine) == [81])
    }

    @Test func quizItemsDifferByTheirCode() throws {
        let name = "lydiahallie__javascript-questions__README.md"
        #expect(!(try Self.lint(name).findings.contains { $0.rule == "duplicate-question" }))
        // Repeat one whole item (title, code, options and answer): now it is a duplicate.
        let text = try TestSupport.read(try #require(TestSupport.sharedFile("corpus/real/\(name)")))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("###### 1. ") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("###### 2. ") })
        let copy = text + "\n" + lines[start..<end].joined(separator: "\n") + "\n"
        let result = try Linter().lint(sources: [(name, copy)])
        #expect(result.findings.filter { $0.rule == "duplicate-question" }.map(\.related) == [[Location(path: name, line: start + 1)]])
    }

    @Test func theWholeCorpusLintsWithoutTrouble() throws {
        let folder = try #require(TestSupport.sharedFile("corpus/real"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        let result = try Linter().lint(files: files.map { folder.appendingPathComponent($0).path })
        #expect(result.files.count == files.count)
    }
}
