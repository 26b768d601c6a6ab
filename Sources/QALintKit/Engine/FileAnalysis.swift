import QAMarkdown

/// What the per-file stage hands on: the outline (no answer text), findings, signatures
/// and suppression comments. A shard's JSON report carries these, so that `qalint merge`
/// can run the corpus stage over every shard's files.
struct FileAnalysis: Sendable {
    var document: DocumentOutline
    var findings: [Finding]
    /// One per corpus rule; nil where the rule is off for this file.
    var signatures: [(any Sendable)?]
    var suppressions: [Suppression]
}

/// The parts of a document that reports need once the document itself is dropped.
struct DocumentOutline: Sendable, Codable {
    struct Question: Sendable, Codable {
        var text: String
        var identity: QuestionIdentity
        var answerDigest: UInt64
        var range: SourceRange
        var sectionIndex: Int?
        var layout: QuestionLayout
        var answer: SourceRange?
        var hasPrompt: Bool
    }

    struct Section: Sendable, Codable {
        var title: String
        var range: SourceRange
        var questions: Range<Int>
    }

    var path: String
    var title: String?
    var questions: [Question]
    var sections: [Section]

    init(_ document: QADocument) {
        path = document.path
        title = document.title
        questions = document.questions.map {
            Question(text: $0.text, identity: $0.identity, answerDigest: $0.answer.digest, range: $0.range, sectionIndex: $0.sectionIndex, layout: $0.layout, answer: $0.answer.range,
                     hasPrompt: !$0.prompt.isBlank)
        }
        sections = document.sections.map { Section(title: $0.title, range: $0.range, questions: $0.questionIndices) }
    }

    func report(statuses: [Int: AnswerStatus]) -> FileReport {
        let questionReports = questions.indices.map { index in
            QuestionReport(text: questions[index].text, identity: questions[index].identity,
                           answerDigest: questions[index].answerDigest, range: questions[index].range,
                           sectionIndex: questions[index].sectionIndex, status: statuses[index] ?? .answered,
                           layout: questions[index].layout, answerRange: questions[index].answer,
                           hasPrompt: questions[index].hasPrompt)
        }
        let sectionReports = sections.map { section in
            SectionReport(title: section.title, range: section.range,
                          completeness: Completeness(questionReports[section.questions].map(\.status)))
        }
        return FileReport(path: path, title: title, questions: questionReports, sections: sectionReports)
    }
}
