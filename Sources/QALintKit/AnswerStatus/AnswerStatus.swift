/// What state a question's answer is in: the verdict of the answer-status stage, which
/// completeness counts and the status rules (`placeholder-answer`, `empty-answer`) report.
public enum AnswerStatus: String, Sendable, Codable, CaseIterable {
    case answered
    case placeholder
    case empty
}

/// An answer's status and why the stage gave it: what a status rule's message names.
public struct AnswerState: Sendable, Hashable {
    public var status: AnswerStatus
    /// Why it is a placeholder. Kept in an array, which costs no storage when empty: every
    /// question of a run holds a state, and most have no reasons.
    private var reasons: [Reason]

    private enum Reason: Sendable, Hashable {
        case phrase(PlaceholderPhrases.Match)
        case template(TemplateUse)
    }

    public init(status: AnswerStatus, phrase: PlaceholderPhrases.Match? = nil, template: TemplateUse? = nil) {
        self.status = status
        reasons = (phrase.map { [.phrase($0)] } ?? []) + (template.map { [.template($0)] } ?? [])
    }

    public static let answered = AnswerState(status: .answered)

    /// For a placeholder: the placeholder phrase it matched.
    public var phrase: PlaceholderPhrases.Match? {
        for case .phrase(let match) in reasons { return match }
        return nil
    }

    /// For a placeholder: the same text stands under other questions (a template).
    public var template: TemplateUse? {
        for case .template(let use) in reasons { return use }
        return nil
    }
}

/// One text pasted under several questions, as one of its copies sees it.
public struct TemplateUse: Sendable, Hashable {
    /// How many questions, in all linted documents, have this text.
    public var copies: Int
    /// The first copy, or for the first copy itself the next one.
    public var other: Location
    /// True when this answer is the first copy.
    public var isFirst: Bool
}
