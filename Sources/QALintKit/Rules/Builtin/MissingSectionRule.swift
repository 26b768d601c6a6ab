import QAMarkdown

/// `missing-section`: a section that the configuration's `required-sections` lists is absent.
public struct MissingSectionRule: BuiltinRule, DocumentRule {
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
                """, configuration: "required-sections: [General, Security]",
                messages: ["Required section \"Security\" is missing."]),
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
        zip(required, SectionTitles.find(required, in: document)).filter { $0.1 == nil }.map { title, _ in
            Finding(rule: Self.description, path: document.path, range: document.start,
                    message: "Required section \(quoted(title)) is missing.", identity: SectionTitles.key(title))
        }
    }
}
