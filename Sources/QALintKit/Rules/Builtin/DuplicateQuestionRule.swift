import QAMarkdown

/// `duplicate-question`: the same question asked twice, in one document or across documents.
public struct DuplicateQuestionRule: BuiltinRule, CorpusRule {
    public static let description = RuleDescription(
        id: "duplicate-question",
        summary: "Two questions have the same text (case, spacing, punctuation, markup and Q:/numbering prefixes ignored) and the same prompt (the code or options shown with them), in one document or across documents.",
        rationale: """
            A repeated question splits the answer in two places that drift apart, and readers \
            cannot tell which one is current. The later copy is reported, naming the first. \
            Quiz items that share a title ("What's the output?") but show different code are \
            different questions.
            """,
        defaultSeverity: .error,
        scope: .question,
        examples: [
            .failing("The same question under another label and spelling", """
                ## Q: What is REST?

                An architectural style for networked applications.

                ## 12. what is **REST** ? <!-- expect: duplicate-question -->

                Representational state transfer.
                """, messages: ["Question \"what is REST ?\" duplicates the question at line 1."]),
            .passing("Similar questions that ask different things", """
                ## Q: What is HTTP?

                A protocol.

                ## Q: What is HTTPS?

                HTTP over TLS.
                """),
        ])

    public init(settings: RuleSettings) throws {}

    /// A question's identity key (text and prompt) and where it stands.
    public struct QuestionFacts: Sendable, Codable {
        var questionIndex: Int
        var key: String
        var text: String
        var range: SourceRange
    }

    public func signature(of document: QADocument) -> [QuestionFacts] {
        document.questions.enumerated().compactMap { index, question in
            question.identity.text.isEmpty ? nil
                : QuestionFacts(questionIndex: index, key: question.identity.key, text: question.text, range: question.range)
        }
    }

    public func problem(in signature: [QuestionFacts], questions: Int) -> String? {
        signature.enumerated().lazy.compactMap { index, facts in
            ShardCheck.question(facts.questionIndex, facts.range, of: questions, "[\(index)]")
        }.first
    }

    public func check(_ entries: [CorpusEntry<[QuestionFacts]>], focus: Set<String>?) -> [Finding] {
        // By a digest of the key: a string key hashed twice per question was most of the
        // rule's time over a large workspace.
        var first: [UInt64: Location] = [:]
        first.reserveCapacity(entries.reduce(0) { $0 + $1.signature.count })
        var findings: [Finding] = []
        for entry in entries {
            for facts in entry.signature {
                let key = TextNormalizer.digest(facts.key)
                guard let original = first[key] else {
                    first[key] = Location(path: entry.path, line: facts.range.startLine)
                    continue
                }
                guard reports(on: entry.path, focus: focus) else { continue }
                findings.append(Finding(
                    rule: Self.description, path: entry.path, question: facts.questionIndex, text: facts.text, range: facts.range,
                    message: "Question \(quoted(facts.text)) duplicates the question at \(original.description(from: entry.path)).",
                    related: [original]))
            }
        }
        return findings
    }
}
