import QAMarkdown

/// `unused-suppression`: a `qalint-disable…` comment that silences nothing, or names a rule
/// qalint does not know, so suppressions do not outlive what they were for.
public struct UnusedSuppressionRule: BuiltinRule, SuppressionRule {
    public static let description = RuleDescription(
        id: "unused-suppression",
        summary: "A qalint-disable comment silences nothing, or names an unknown rule.",
        rationale: """
            A suppression written for a finding that has since been fixed hides the next real \
            problem at that place. Reporting unused ones keeps suppressions honest.
            """,
        defaultSeverity: .info,
        scope: .document,
        examples: [
            .failing("A suppression with nothing to silence", """
                <!-- qalint-disable-next-line placeholder-answer --> <!-- expect: unused-suppression -->
                ## Q: What is REST?

                An architectural style for networked applications.
                """),
            .passing("A suppression that silences a finding", """
                <!-- qalint-disable-next-line placeholder-answer -- the price is genuinely undecided -->
                ## Q: What does it cost?

                TBD
                """),
        ])

    public init(settings: RuleSettings) throws {}

    public func check(_ unused: [UnusedSuppression]) -> [Finding] {
        unused.map { item in
            let comment = ([item.suppression.kind.rawValue] + item.suppression.rules).joined(separator: " ")
            let message = item.unknownRule.map { "Suppression \"\(comment)\" names an unknown rule '\($0)'." }
                ?? "Suppression \"\(comment)\" silences nothing; remove it."
            return Finding(rule: Self.description, path: item.path,
                           range: SourceRange(startLine: item.suppression.line, startColumn: 1,
                                              endLine: item.suppression.line, endColumn: 1),
                           message: message, identity: comment)
        }
    }
}
