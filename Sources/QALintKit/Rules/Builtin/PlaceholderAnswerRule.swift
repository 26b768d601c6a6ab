import QAMarkdown

/// `placeholder-answer`: the answer is only placeholder content — a placeholder phrase, or a
/// template pasted under many questions and never filled in.
public struct PlaceholderAnswerRule: BuiltinRule, CorpusRule {
    public static let description = RuleDescription(
        id: "placeholder-answer",
        summary: "An answer is only placeholder content: a phrase such as TODO or TBD, or one template text pasted under several questions.",
        rationale: """
            A placeholder looks like an answer in a diff and in a table of contents, but a reader \
            who opens it learns nothing. Templates are the subtle case: one boilerplate paragraph \
            pasted under seventy questions reads as content to anyone who checks a single answer.
            """,
        defaultSeverity: .error,
        scope: .question,
        decidesAnswerStatus: true,
        options: [
            RuleOptionDescription(name: "min-template-count", kind: .integer(minimum: 2), defaultValue: "3",
                                  summary: "How many questions must share one answer text before it counts as an unfilled template."),
            RuleOptionDescription(name: "min-template-words", kind: .integer(minimum: 1), defaultValue: "6",
                                  summary: "Shorter answers are never templates, so a repeated \"Yes.\" is not reported."),
            RuleOptionDescription(name: "extra-phrases", kind: .strings, defaultValue: "[]",
                                  summary: "More phrases that make a placeholder when they are the whole answer."),
            RuleOptionDescription(name: "extra-markers", kind: .strings, defaultValue: "[]",
                                  summary: "More phrases that make a placeholder wherever they stand in an answer."),
        ],
        examples: [
            .failing("A phrase that is the whole answer", """
                ## Q: What is REST? <!-- expect: placeholder-answer -->

                **A:** TODO

                ## Q: What is gRPC? <!-- expect: placeholder-answer -->

                TBD.
                """),
            .failing("A writing instruction left in the answer", """
                ## Q: What is a monolith? <!-- expect: placeholder-answer -->

                I would explain the trade-offs here. (Expand with 3-5 paragraphs.)
                """),
            .failing("One template under three questions", """
                ## Q: What is a queue? <!-- expect: placeholder-answer -->

                In an interview I would answer this with key points and examples.

                ## Q: What is a stack? <!-- expect: placeholder-answer -->

                In an interview I would answer this with key points and examples.

                ## Q: What is a heap? <!-- expect: placeholder-answer -->

                In an interview I would answer this with key points and examples.
                """),
            .passing("Real answers, and TODO only in code or inside prose", """
                ## Q: What does ADD_TODO do?

                It appends an item: `ADD_TODO` is a Redux action type.

                ## Q: Is the roadmap public?

                Yes. The TODO list of the project is on its wiki.
                """),
            .passing("A short answer repeated is not a template", """
                ## Q: Is HTTP stateless?

                Yes.

                ## Q: Is UDP connectionless?

                Yes.

                ## Q: Is TCP reliable?

                Yes.
                """),
        ])

    let phrases: PlaceholderPhrases
    let minTemplateCount: Int
    let minTemplateWords: Int

    public init(settings: RuleSettings) throws {
        let options = settings.options
        let lists = try PlaceholderPhrases(packData: settings.data)
        phrases = PlaceholderPhrases(
            wholeAnswer: lists.wholeAnswer + (try options.strings("extra-phrases")),
            leading: lists.leading,
            anywhere: lists.anywhere + (try options.strings("extra-markers")),
            leadingMaxWords: lists.leadingMaxWords)
        minTemplateCount = try options.integer("min-template-count", default: 3, minimum: 2)
        minTemplateWords = try options.integer("min-template-words", default: 6, minimum: 1)
    }

    /// What the corpus stage needs of one answer.
    public struct AnswerFacts: Sendable, Codable {
        var questionIndex: Int
        var question: String
        var identity: QuestionIdentity
        var range: SourceRange
        var phrase: PlaceholderPhrases.Match?
        /// Hash of the normalized answer, when it is long enough to be a template.
        var templateKey: UInt64?
    }

    /// A document's answers, and this file's own template threshold (per-file overrides
    /// may set it).
    public struct DocumentFacts: Sendable, Codable {
        var minTemplateCount: Int
        var answers: [AnswerFacts]
    }

    public func signature(of document: QADocument) -> DocumentFacts {
        DocumentFacts(minTemplateCount: minTemplateCount, answers: answerFacts(document))
    }

    private func answerFacts(_ document: QADocument) -> [AnswerFacts] {
        document.questions.enumerated().compactMap { index, question in
            let answer = question.answer.text
            guard !answer.isBlank else { return nil }
            let forms = PlaceholderPhrases.Forms(answer)
            let code = TextNormalizer.words(answer.code)
            let longEnough = forms.wordCount + TextNormalizer.wordCount(code) >= minTemplateWords
            return AnswerFacts(questionIndex: index, question: question.text, identity: question.identity, range: question.range,
                               phrase: phrases.match(forms),
                               templateKey: longEnough ? TextNormalizer.stableHash(forms.words + "\u{1}" + code) : nil)
        }
    }

    public func check(_ entries: [CorpusEntry<DocumentFacts>]) -> [Finding] {
        var copies: [UInt64: [Location]] = [:]
        for entry in entries {
            for facts in entry.signature.answers {
                if let key = facts.templateKey {
                    copies[key, default: []].append(Location(path: entry.path, line: facts.range.startLine))
                }
            }
        }
        var findings: [Finding] = []
        for entry in entries {
            for facts in entry.signature.answers {
                var reasons: [String] = []
                var related: [Location] = []
                if let phrase = facts.phrase { reasons.append(phrase.description) }
                if let key = facts.templateKey, let places = copies[key], places.count >= entry.signature.minTemplateCount {
                    let here = Location(path: entry.path, line: facts.range.startLine)
                    let other = places[0] == here ? places[1] : places[0]
                    let which = places[0] == here ? "next" : "first"
                    reasons.append("the same text stands under \(places.count - 1) other questions (\(which) at \(other.description(from: entry.path)))")
                    related.append(other)
                }
                guard !reasons.isEmpty else { continue }
                findings.append(Finding(
                    rule: Self.description, path: entry.path, range: facts.range,
                    message: "Answer to \(quoted(facts.question)) is a placeholder: \(reasons.joined(separator: "; ")).",
                    identity: facts.identity.description,
                    question: facts.question, questionIndex: facts.questionIndex, related: related,
                    answerStatus: .placeholder))
            }
        }
        return findings
    }
}
