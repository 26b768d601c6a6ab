/// How many questions of a document, section or corpus are answered.
public struct Completeness: Sendable, Hashable, Codable {
    public var questions = 0
    public var answered = 0
    public var placeholder = 0
    public var empty = 0

    public init() {}

    public init<S: Sequence>(_ statuses: S) where S.Element == AnswerStatus {
        for status in statuses { add(status) }
    }

    public mutating func add(_ status: AnswerStatus) {
        questions += 1
        switch status {
        case .answered: answered += 1
        case .placeholder: placeholder += 1
        case .empty: empty += 1
        }
    }

    public static func + (lhs: Completeness, rhs: Completeness) -> Completeness {
        var sum = lhs
        sum.questions += rhs.questions
        sum.answered += rhs.answered
        sum.placeholder += rhs.placeholder
        sum.empty += rhs.empty
        return sum
    }

    /// Answered share in percent, rounded to one decimal; 100 when there are no questions
    /// (nothing is missing).
    public var answeredPercent: Double {
        guard questions > 0 else { return 100 }
        return (Double(answered) * 1000 / Double(questions)).rounded() / 10
    }
}
