import QAMarkdown

/// `placeholder-answer`: the answer is only placeholder content — a placeholder phrase, or a
/// template pasted under many questions and never filled in.
public struct PlaceholderAnswerRule: BuiltinRule, AnswerStatusRule {
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
        statuses: [.placeholder],
        options: [minTemplateCount.description, minTemplateWords.description, extraPhrases.description, extraMarkers.description],
        examples: [
            .failing("A phrase that is the whole answer", """
                ## Q: What is REST? <!-- expect: placeholder-answer -->

                **A:** TODO

                ## Q: What is gRPC? <!-- expect: placeholder-answer -->

                TBD.
                """, messages: [
                    "Answer to \"What is REST?\" is a placeholder: it is only \"TODO\".",
                    "Answer to \"What is gRPC?\" is a placeholder: it is only \"TBD\".",
                ]),
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
                """, messages: [
                    "Answer to \"What is a queue?\" is a placeholder: the same text stands under 2 other questions (next at line 5).",
                    "Answer to \"What is a stack?\" is a placeholder: the same text stands under 2 other questions (first at line 1).",
                    "Answer to \"What is a heap?\" is a placeholder: the same text stands under 2 other questions (first at line 1).",
                ]),
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

    // The options decide answer statuses, so the answer-status stage reads them
    // (`AnswerClassifier`), whatever this rule's level.
    static let minTemplateCount = RuleOption.integer(
        "min-template-count", default: 3, minimum: 2,
        summary: "How many questions must share one answer text before it counts as an unfilled template.")
    static let minTemplateWords = RuleOption.integer(
        "min-template-words", default: 6, minimum: 1,
        summary: "Shorter answers are never templates, so a repeated \"Yes.\" is not reported.")
    static let extraPhrases = RuleOption.strings(
        "extra-phrases", summary: "More phrases that make a placeholder when they are the whole answer.")
    static let extraMarkers = RuleOption.strings(
        "extra-markers", summary: "More phrases that make a placeholder wherever they stand in an answer.")

    public init(settings: RuleSettings) throws {}

    public func check(_ file: FileReport) -> [Finding] {
        file.questions.indices.compactMap { index in
            let question = file.questions[index]
            guard question.answer.status == .placeholder else { return nil }
            var reasons: [String] = []
            var related: [Location] = []
            if let phrase = question.answer.phrase { reasons.append(phrase.description) }
            if let template = question.answer.template {
                let which = template.isFirst ? "next" : "first"
                reasons.append("the same text stands under \(template.copies - 1) other questions (\(which) at \(template.other.description(from: file.path)))")
                related.append(template.other)
            }
            return Finding(rule: Self.description, question: index, in: file,
                           message: "Answer to \(quoted(question.text)) is a placeholder: \(reasons.joined(separator: "; ")).",
                           related: related)
        }
    }
}
