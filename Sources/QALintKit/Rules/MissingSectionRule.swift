import QAMarkdown

/// `missing-section`: a section that the configuration's `required-sections` lists is absent.
public struct MissingSectionRule: DocumentRule {
    public static let description = RuleDescription(
        id: "missing-section",
        summary: "A section listed in the configuration's required-sections is absent from a document.",
        rationale: """
            Teams agree on the parts every Q&A document must cover (say, a Security section in \
            every interview set). A missing one is a gap no single answer shows.
            """,
        defaultSeverity: .error,
        scope: .document,
        examples: [
            .failing("A required section is absent", """
                # Backend questions <!-- expect: missing-section -->

                ## General

                ### Q: What is REST?

                An architectural style.
                """, configuration: "required-sections: [General, Security]"),
            .passing("Titles match without regard to case or punctuation", """
                # Backend questions

                ## General

                ### Q: What is REST?

                An architectural style.

                ## security!

                ### Q: What is CSRF?

                A forged cross-site request.
                """, configuration: "required-sections: [General, Security]"),
        ])

    let required: [String]

    public init(settings: RuleSettings) throws {
        required = settings.configuration.requiredSections
    }

    public func check(_ document: QADocument) -> [Finding] {
        guard !required.isEmpty else { return [] }
        let present = Set(document.headings.map { TextNormalizer.words($0.text) })
        return required.filter { !present.contains(TextNormalizer.words($0)) }.map { title in
            Finding(rule: Self.description, path: document.path,
                    range: SourceRange(startLine: 1, startColumn: 1, endLine: 1, endColumn: 1),
                    message: "Required section \(quoted(title)) is missing.", identity: TextNormalizer.words(title))
        }
    }
}
