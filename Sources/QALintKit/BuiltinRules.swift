/// The rules qalint ships, in the order `qalint rules` lists them.
public enum BuiltinRules {
    public static var types: [any Rule.Type] {
        [
            PlaceholderAnswerRule.self,
            EmptyAnswerRule.self,
            DuplicateQuestionRule.self,
            MissingSectionRule.self,
            EmptySectionRule.self,
            AnswerMarkerStyleRule.self,
        ]
    }

    public static var descriptions: [RuleDescription] { types.map { $0.description } }

    public static var ids: [String] { descriptions.map(\.id) }

    public static func description(of id: String) -> RuleDescription? {
        descriptions.first { $0.id == id }
    }
}
