import Foundation
import Testing
import TestSupport
@testable import QAMarkdown

@Suite struct QADocumentReaderTests {
    private func read(_ markdown: String) -> QADocument {
        QADocumentReader.read(markdown, path: "doc.md")
    }

    @Test func seedLayout() {
        let document = read("""
            # Backend questions

            ## General

            ### Q: Which skills matter?

            Plenty of them, explained at length.

            ### Q: What is REST?

            **A:**
            An architectural style.

            ## Technical

            ### Q: What is gRPC?

            **A:** A framework.
            """)
        #expect(document.title == "Backend questions")
        #expect(document.sections.map(\.title) == ["General", "Technical"])
        #expect(document.sections.map(\.questionIndices) == [0..<2, 2..<3])
        #expect(document.questions.map(\.text) == ["Which skills matter?", "What is REST?", "What is gRPC?"])
        #expect(document.questions.map(\.range.startLine) == [5, 9, 16])
        #expect(document.questions.map(\.answer.hasMarker) == [false, true, true])
        #expect(document.questions[1].answer.text.prose.contains("An architectural style."))
        #expect(!document.questions[1].answer.text.prose.contains("A:"))
        #expect(document.questions[1].answer.range?.startLine == 11)
        #expect(document.questions[1].answer.range?.endLine == 12)
    }

    @Test func subHeadingsBelongToTheAnswerButQuestionHeadingsStartANewOne() {
        let document = read("""
            ## Q: What is REST?

            An architectural style.

            ### Example

            GET /users

            ### Follow-up Q: Is it a protocol?

            No.

            ## Next part
            """)
        #expect(document.questions.count == 2)
        #expect(document.questions[0].answer.text.prose.contains("GET /users"))
        #expect(document.questions[0].answer.range?.endLine == 7)
        #expect(document.questions[1].answer.text.prose.contains("No."))
        #expect(!document.questions[1].answer.text.prose.contains("Next part"))
    }

    @Test func codeIsKeptApartFromProse() {
        let document = read("""
            ## Q: What does ADD_TODO do?

            It is an action type: `ADD_TODO`.

            ```js
            dispatch({ type: "TODO" })
            ```
            """)
        let answer = document.questions[0].answer.text
        #expect(!answer.prose.contains("TODO"))
        #expect(answer.code.contains("ADD_TODO"))
        #expect(answer.code.contains("dispatch"))
    }

    @Test func emptyAnswersAndWhatIsNotContent() {
        let document = read("""
            ## Q: Nothing?

            ## Q: Only a label?

            **A:**

            ## Q: Only navigation?

            [⬆ Back to Top](#table-of-contents)

            <br><b>
            </b>

            ---

            ## Q: An image?

            ![diagram](d.png)

            ## Q: Label then list?
            **A:**
            - one
            """)
        #expect(document.questions.map(\.answer.isEmpty) == [true, true, true, false, false])
        #expect(document.questions[0].answer.range == nil)
    }

    @Test func headingsInCodeBlocksAreNotQuestions() {
        let document = read("""
            ## Q: How do I comment?

            ```sh
            # Why is this a comment?
            ```
            """)
        #expect(document.questions.count == 1)
    }

    @Test func frontMatterIsNotAHeading() {
        let document = read("""
            ---
            last_review_date: "2025-01-01"
            ---

            ## Why?

            Because.
            """)
        #expect(document.questions.map(\.text) == ["Why?"])
        #expect(document.questions[0].range.startLine == 5)
    }

    @Test func documentWithoutQuestions() {
        let document = read("# Awesome list\n\n## Tools\n\n- [a](http://a)\n")
        #expect(document.questions.isEmpty)
        #expect(document.sections.isEmpty)
        #expect(document.title == "Awesome list")
    }

    @Test func sectionsRecordWhetherTheyHoldOtherContent() {
        let document = read("""
            # T

            ## Empty

            ## Prose only

            Some text that is not a question.

            ## Questions

            ### Q: Why?

            Because.
            """)
        #expect(document.sections.map(\.title) == ["Empty", "Prose only", "Questions"])
        #expect(document.sections.map(\.hasOtherContent) == [false, true, false])
    }

    @Test func questionRecognition() {
        #expect(QADocumentReader.isQuestion("Q: Explain REST."))
        #expect(QADocumentReader.isQuestion("Q1. Explain REST"))
        #expect(QADocumentReader.isQuestion("Question 17b: Explain REST"))
        #expect(QADocumentReader.isQuestion("What is REST?"))
        #expect(QADocumentReader.isQuestion("What is `null`?"))
        #expect(QADocumentReader.isQuestion("computed 和 watch 区别？"))
        #expect(!QADocumentReader.isQuestion("Quiz"))
        #expect(!QADocumentReader.isQuestion("Q.E.D. and other notes"))
        #expect(!QADocumentReader.isQuestion("Processes & Situations"))
    }

    @Test func questionPrefixes() {
        #expect(QuestionPrefix.strip("Q: What?") == "What?")
        #expect(QuestionPrefix.strip("Q1: What?") == "What?")
        #expect(QuestionPrefix.strip("Question 17b. What?") == "What?")
        #expect(QuestionPrefix.strip("12. What?") == "What?")
        #expect(QuestionPrefix.strip("12) What?") == "What?")
        #expect(QuestionPrefix.strip("Queues?") == "Queues?")
        #expect(QuestionPrefix.strip("2024 plans?") == "2024 plans?")
    }

    @Test func normalization() {
        #expect(TextNormalizer.words("  What is **REST**?!  ") == "what is rest")
        #expect(TextNormalizer.words("什么是以太网？") == TextNormalizer.words("什么是以太网?"))
        #expect(TextNormalizer.compact("  (Expand  with\n3) ") == "(expand with 3)")
        #expect(TextNormalizer.wordCount("It's 3-5 paragraphs.") == 5)
        #expect(TextNormalizer.stableHash("abc") == TextNormalizer.stableHash("abc"))
        #expect(TextNormalizer.stableHash("abc") != TextNormalizer.stableHash("abd"))
        #expect(TextNormalizer.digest("abc", "") == TextNormalizer.digest("abc", ""))
        #expect(TextNormalizer.digest("abc", "") != TextNormalizer.digest("ab", "c"), "parts are kept apart")
        #expect(TextNormalizer.digest("a long answer, longer than eight bytes") != TextNormalizer.digest("a long answer, longer than eight bytez"))
    }

    @Test func answerLabels() {
        let labelled = ["**A:** yes", "A: yes", "*A*: yes", "Answer: yes", "**Answer:** yes", "**A**: yes", "Answer(BP):yes", "Answer (WF): yes"]
        for label in labelled {
            let document = read("## Q: X?\n\n\(label)\n")
            #expect(document.questions[0].answer.hasMarker, "\(label)")
            #expect(TextNormalizer.words(document.questions[0].answer.text.prose) == "yes", "\(label)")
        }
        for text in ["A. yes", "Apples: yes", "A:yes is not a label"] {
            #expect(!read("## Q: X?\n\n\(text)\n").questions[0].answer.hasMarker, "\(text)")
        }
    }
}

/// The real documents in ../shared/corpus/real (skipped when that folder is absent).
@Suite struct RealDocumentTests {
    @Test(.needsShared) func seedDocument() throws {
        guard let url = TestSupport.sharedFile("corpus/seed/backend-interview-questions.md") else { return }
        let document = QADocumentReader.read(try TestSupport.read(url), path: "seed.md")
        #expect(document.questions.count == 71)
        #expect(document.sections.map { $0.questionIndices.count } == [18, 40, 13])
        #expect(document.questions.filter(\.answer.isEmpty).isEmpty)
    }

    @Test(.needsShared) func ajeetkbhardwajHeadingQuestions() throws {
        guard let url = TestSupport.sharedFile("corpus/real/ajeetkbhardwaj__AI-from-First-Principle__temp.md") else { return }
        let document = QADocumentReader.read(try TestSupport.read(url), path: "temp.md")
        // The eight heading questions, then the three block-quote ones.
        #expect(document.questions.map(\.range.startLine) == [6, 9, 16, 19, 25, 30, 37, 42, 47, 53, 61])
        #expect(document.questions.map(\.layout) == Array(repeating: .heading, count: 8) + Array(repeating: .blockquote, count: 3))
        let line37 = try #require(document.questions.first { $0.range.startLine == 37 })
        #expect(!line37.answer.isEmpty)
        #expect(line37.answer.hasMarker)
    }
}

/// Every question layout, read from one fixture document.
@Suite struct LayoutTests {
    static func document() throws -> QADocument {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/QALintKitTests/Fixtures/layouts.md")
        return QADocumentReader.read(try TestSupport.read(url), path: "layouts.md")
    }

    @Test func everyLayoutIsRead() throws {
        let document = try Self.document()
        let read = document.questions.map { "\($0.range.startLine) \($0.layout.rawValue) \($0.text)" }
        #expect(read == [
            "5 list-item What is a queue?",
            "9 list-item What is a stack?",
            "11 list-item What are closures",
            "17 bold-paragraph What is a heap?",
            "21 bold-paragraph Name two sorting algorithms",
            "24 labelled-paragraph What is TCP?",
            "28 definition What is UDP?",
            "32 blockquote What is ARP?",
            "39 details What is DNS?",
            "45 details What is NTP?",
            "50 heading What's the output?",
            "69 heading What's the output?",
        ])
        #expect(document.sections.map(\.title) == ["Lists", "Paragraphs", "Details", "Quiz"])
    }

    @Test func answersAndPromptsAreSplit() throws {
        let questions = try Self.document().questions
        func answer(_ index: Int) -> String { TextNormalizer.compact(questions[index].answer.text.prose) }
        #expect(answer(0).hasPrefix("a first-in"))
        #expect(questions[1].answer.isEmpty)
        #expect(answer(4) == "merge sort and quicksort.")
        #expect(answer(5).hasPrefix("a reliable"))
        #expect(answer(6).contains("datagrams") && answer(6).contains("connectionless"))
        #expect(answer(7).hasPrefix("it maps"))
        #expect(answer(8).contains("translates names"))
        #expect(questions[9].answer.isEmpty)
        #expect(questions[10].prompt.code.contains("typeof null"), "the code is the quiz item's prompt")
        #expect(answer(10).contains("historical accident"))
        #expect(!answer(10).contains("typeof null is"), "code stays out of the prose")
        #expect(questions[10].identity.key != questions[11].identity.key, "same title, different code")
        #expect(questions[10].identity.text == questions[11].identity.text)
        #expect(questions[10].identity.occurrence == 1 && questions[11].identity.occurrence == 1, "different questions, each the first")
    }

    /// Front matter is skipped whatever the line endings (a Swift Character holds CRLF as one).
    @Test func frontMatterWithCRLFLineEndings() {
        for ending in ["\n", "\r\n"] {
            let text = ["---", "title: What is this FAQ?", "---", "", "## Q: What is REST?", "", "An architectural style."]
                .joined(separator: ending) + ending
            let document = QADocumentReader.read(text, path: "faq.md")
            #expect(document.questions.map(\.text) == ["What is REST?"], "\(ending.debugDescription)")
            #expect(document.questions.first?.range.startLine == 5)
            #expect(document.start.startLine == 5, "a finding about the whole document stands after the front matter")
        }
    }

    /// One identity, computed where the question is read: labels, markup and case do not
    /// change it; a prompt and a repetition do.
    @Test func questionIdentity() {
        let document = QADocumentReader.read("""
            ## Q: What is REST?

            An architectural style.

            ## 12. what is **REST** ?

            Representational state transfer.

            ## What is REST?

            Again.

            ## What's the output?

            ```js
            typeof null
            ```

            <details><summary>Answer</summary>"object"</details>
            """, path: "identity.md")
        let identities = document.questions.map(\.identity)
        #expect(identities.map(\.text) == ["what is rest", "what is rest", "what is rest", "what s the output"])
        #expect(identities.map(\.occurrence) == [1, 2, 3, 1])
        #expect(identities.map(\.description) == ["what is rest", "what is rest #2", "what is rest #3", identities[3].key])
        #expect(identities[0].key == identities[2].key, "the key leaves the occurrence out")
        #expect(identities[3].prompt != nil && identities[3].key.hasPrefix("what s the output [prompt "))
        #expect(document.questions[0].answer.digest != document.questions[1].answer.digest)
    }
}
