import QAMarkdown

/// What the per-file stage hands on: the outline (no answer text), what the answer-status
/// stage learned of each answer, findings, signatures and suppression comments. A shard
/// file carries these, so that `qalint merge` can run the corpus stage over every shard's
/// files.
struct FileAnalysis: Sendable {
    var document: DocumentOutline
    var answers: DocumentAnswers
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
        /// Shown by `qalint inspect`, which never reads shards: not in the shard file.
        var evidence: QuestionEvidence = .questionMark

        enum CodingKeys: String, CodingKey {
            case text, identity, answerDigest, range, sectionIndex, layout, answer, hasPrompt
        }
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
    var isQuestionsOnly: Bool
    /// Shown by `qalint inspect` only: not in the shard file.
    var skipped: [QASkipped] = []

    enum CodingKeys: String, CodingKey {
        case path, title, questions, sections, isQuestionsOnly
    }

    init(_ document: QADocument) {
        path = document.path
        title = document.title
        isQuestionsOnly = document.isQuestionsOnly
        questions = document.questions.map {
            Question(text: $0.text, identity: $0.identity, answerDigest: $0.answer.digest, range: $0.range, sectionIndex: $0.sectionIndex, layout: $0.layout, answer: $0.answer.range,
                     hasPrompt: !$0.prompt.isBlank, evidence: $0.evidence)
        }
        skipped = document.skipped
        sections = document.sections.map { Section(title: $0.title, range: $0.range, questions: $0.questionIndices) }
    }

    /// The file as reports show it, each question with its answer's state.
    func report(states: [AnswerState]) -> FileReport {
        let questionReports = zip(questions, states).map { question, state in
            QuestionReport(text: question.text, identity: question.identity, answerDigest: question.answerDigest,
                           range: question.range, sectionIndex: question.sectionIndex, answer: state, status: state.status,
                           layout: question.layout, evidence: question.evidence, answerRange: question.answer, hasPrompt: question.hasPrompt)
        }
        return FileReport(path: path, title: title, questions: questionReports,
                          sections: sections.map { section in
                              SectionReport(title: section.title, range: section.range, questions: section.questions,
                                            completeness: Completeness(states[section.questions].map(\.status)))
                          },
                          isQuestionsOnly: isQuestionsOnly, skipped: skipped)
    }
}
