import QAMarkdown

/// `empty-answer`: a question with no answer content at all.
public struct EmptyAnswerRule: BuiltinRule, AnswerStatusRule {
    public static let description = RuleDescription(
        id: "empty-answer",
        summary: "A question has no answer: the next heading follows at once, or there is only an A: label, blank HTML or a \"back to top\" link.",
        rationale: """
            An unanswered question in a published Q&A document is a dead end for the reader, \
            and it usually means a question was added and forgotten.
            """,
        defaultSeverity: .error,
        scope: .question,
        statuses: [.empty],
        examples: [
            .failing("Questions followed by nothing but a label or navigation", """
                ## Q: What is REST? <!-- expect: empty-answer -->

                ## Q: What is gRPC? <!-- expect: empty-answer -->

                **A:**

                ## Q: What is SOAP? <!-- expect: empty-answer -->

                [⬆ Back to top](#top)

                ## Q: What is HTTP?

                The web's request-response protocol.
                """),
            .failing("A list of questions without answers is reported once", """
                # Questions to discuss

                1. What is REST? <!-- expect: empty-answer -->
                2. What is gRPC?
                3. What is SOAP?
                """),
            .passing("An empty label followed by a list is an answer", """
                ## Q: What are the benefits of Markdown?
                **A:**
                - Easy to read and write.
                - Converts to HTML easily.

                ## Q: What does this diagram show?

                ![Architecture](arch.png)
                """),
        ])

    public init(settings: RuleSettings) throws {}

    public func check(_ file: FileReport) -> [Finding] {
        let empty = file.questions.indices.filter { file.questions[$0].answer.status == .empty }
        // A list of questions without any answer is reported once, not question by question
        // (the questions still count as unanswered).
        if file.isQuestionsOnly, let first = file.questions.first {
            return [Finding(rule: Self.description, path: file.path, range: first.range,
                            message: "\(empty.count) of the \(file.questions.count) questions have no answer: if this is a list of questions, or the answers live elsewhere, exclude the file or turn empty-answer off for it.",
                            identity: "questions-only")]
        }
        return empty.map { index in
            Finding(rule: Self.description, question: index, in: file,
                    message: "Question \(quoted(file.questions[index].text)) has no answer.")
        }
    }
}
