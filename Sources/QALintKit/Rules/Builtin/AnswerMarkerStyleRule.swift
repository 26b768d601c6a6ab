import QAMarkdown

/// `answer-marker-style`: answers in one document mix "with an `A:` label" and "without".
public struct AnswerMarkerStyleRule: BuiltinRule, DocumentRule {
    public static let description = RuleDescription(
        id: "answer-marker-style",
        summary: "Answers in one document mix an A: label (**A:**, A:, Answer:) and no label.",
        rationale: """
            A consistent layout lets readers scan for answers, and a label that is missing \
            from a few answers is often a sign they were written at another time, by another \
            hand, or never finished. One finding per document lists the odd ones out.
            """,
        defaultSeverity: .warning,
        scope: .document,
        options: [style.description],
        examples: [
            .failing("One answer without the label the others have", """
                ## Q: What is REST? <!-- expect: answer-marker-style -->

                An architectural style.

                ## Q: What is gRPC?

                **A:** A remote procedure call framework.

                ## Q: What is SOAP?

                **A:** An XML messaging protocol.
                """),
            .passing("All answers labelled", """
                ## Q: What is REST?

                A: An architectural style.

                ## Q: What is gRPC?

                **A:** A remote procedure call framework.
                """),
        ],
        fix: "puts the label most answers of the document use (`**A:** `, `A: `, …) before each unlabelled answer's first paragraph, or takes the label off; an answer that opens with a list, code or a quote is left alone.")

    enum Style: String, CaseIterable, Sendable {
        case consistent, marker, noMarker = "no-marker"
    }

    static let style = RuleOption<Style>.choice(
        "style", default: .consistent,
        summary: "consistent: the less common style is reported; marker or no-marker: every answer must have (or lack) the label.")

    let style: Style

    public init(settings: RuleSettings) throws {
        style = try Self.style.value(in: settings.options)
    }

    /// Layouts where the label is a matter of style (block quotes and `Q1:`/`A1:`
    /// paragraphs always label their answers; definitions never do).
    static let styledLayouts: Set<QuestionLayout> = [.heading, .listItem, .boldParagraph, .details]

    public func check(_ document: QADocument) -> [Finding] {
        let answered = document.questions.indices.filter {
            !document.questions[$0].answer.isEmpty && Self.styledLayouts.contains(document.questions[$0].layout)
        }
        let labelled = answered.filter { document.questions[$0].answer.hasMarker }
        let unlabelled = answered.filter { !document.questions[$0].answer.hasMarker }
        let wantLabel: Bool
        switch style {
        case .marker: wantLabel = true
        case .noMarker: wantLabel = false
        case .consistent: wantLabel = labelled.count >= unlabelled.count
        }
        let odd = wantLabel ? unlabelled : labelled
        guard let firstOdd = odd.first, style != .consistent || !labelled.isEmpty && !unlabelled.isEmpty else { return [] }
        let others = wantLabel ? labelled.count : unlabelled.count
        let lines = odd.map { document.questions[$0].range.startLine }
        let oddDescription = odd.count == 1 ? "1 answer" : "\(odd.count) answers"
        let message = wantLabel
            ? "\(oddDescription) \(odd.count == 1 ? "has" : "have") no \"A:\" label while \(others) \(others == 1 ? "has" : "do"); label \(odd.count == 1 ? "it" : "them") too (\(Self.list(lines)))."
            : "\(oddDescription) \(odd.count == 1 ? "has" : "have") an \"A:\" label while \(others) \(others == 1 ? "does" : "do") not; use one style (\(Self.list(lines)))."
        var finding = Finding(rule: Self.description, path: document.path, range: document.questions[firstOdd].range, message: message, identity: "",
                              related: odd.dropFirst().map { Location(path: document.path, line: document.questions[$0].range.startLine) })
        finding.fix = Self.fix(odd: odd, labelled: labelled, wantLabel: wantLabel, in: document)
        return [finding]
    }

    /// Label the odd answers as the others are labelled (the most common label), or take
    /// their label off: at the start of each answer's first paragraph.
    static func fix(odd: [Int], labelled: [Int], wantLabel: Bool, in document: QADocument) -> [LineEdit] {
        func start(_ index: Int) -> Int? { document.questions[index].answer.range?.startLine }
        let like = labelled.compactMap(start)
        return odd.compactMap(start).map { wantLabel ? .addLabel(line: $0, like: like) : .removeLabel(line: $0) }
    }

    private static func list(_ lines: [Int]) -> String {
        let word = lines.count == 1 ? "line" : "lines"
        let shown = lines.prefix(5).map(String.init).joined(separator: ", ")
        return "\(word) " + (lines.count > 5 ? "\(shown) and \(lines.count - 5) more" : shown)
    }
}
