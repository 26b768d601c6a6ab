import QAMarkdown

/// `empty-section`: a section heading with no questions under it.
public struct EmptySectionRule: BuiltinRule, DocumentRule {
    public static let description = RuleDescription(
        id: "empty-section",
        summary: "A section heading has nothing under it: no questions and no other content.",
        rationale: """
            An empty section promises content that is not there; it is usually a part that was \
            planned and never written, or questions that moved elsewhere. A section with prose \
            but no recognized questions is left alone, and so is a document without questions \
            (a changelog's empty "Unreleased" section).
            """,
        defaultSeverity: .warning,
        scope: .document,
        examples: [
            .failing("A section with nothing under it", """
                # Interview questions

                ## Databases

                ### Q: What is an index?

                A structure that speeds up lookups.

                ## Networking <!-- expect: empty-section -->

                ## Security

                ### Q: What is CSRF?

                A forged cross-site request.
                """),
            .passing("Every section has questions", """
                # Interview questions

                ## Databases

                ### Q: What is an index?

                A structure that speeds up lookups.
                """),
            .passing("A document without questions is not checked", """
                # Changelog

                ## Unreleased

                ## 1.0.0

                - First release.
                """),
        ])

    public init(settings: RuleSettings) throws {}

    public func check(_ document: QADocument) -> [Finding] {
        // A document without questions is not a Q&A document (a changelog's "Unreleased").
        guard !document.questions.isEmpty else { return [] }
        return document.sections.filter { $0.questionIndices.isEmpty && !$0.hasOtherContent }.map { section in
            Finding(rule: Self.description, path: document.path, range: section.range,
                    message: "Section \(quoted(section.title)) has no questions.", identity: TextNormalizer.words(section.title))
        }
    }
}
