import Foundation
import QAMarkdown

/// `similar-question`: questions that ask the same thing in other words.
public struct SimilarQuestionRule: BuiltinRule, CorpusRule {
    public static let description = RuleDescription(
        id: "similar-question",
        summary: "Questions ask the same thing in other words: reordered, inflected, or phrased as \"What is X?\" / \"Explain what X is.\" / \"Can you define X?\".",
        rationale: """
            Collections grow by accretion: the same question is asked again hundreds of lines \
            later, often with one copy answered and the other left empty. Questions are compared \
            by the intent of their phrasing (define, advantages, drawbacks, how it works, \
            difference…) and by their topic words, weighted so that rare, distinguishing words \
            (HTTP and HTTPS, L2 and L3, non-clustered) decide; a one-word topic only matches \
            within the same section ("What is a document?" under Mongo and under Elastic differ).
            """,
        defaultSeverity: .warning,
        scope: .question,
        options: [minSimilarity.description, scope.description],
        examples: [
            .failing("Reordered words, and another phrasing of the same request", """
                ## Q: What is the difference between String, StringBuffer and StringBuilder?

                Strings are immutable; the builders are mutable.

                ## Q: Can you define a service mesh?

                An infrastructure layer for service-to-service traffic.

                ## Q: What is the difference between String, StringBuilder and StringBuffer? <!-- expect: similar-question -->

                The same answer again.

                ## Q: Explain what a service mesh is. <!-- expect: similar-question -->

                Sidecar proxies that handle traffic between services.
                """),
            .passing("Alike, but asking different things", """
                ## Q: What is HTTP?

                A protocol.

                ## Q: What is HTTPS?

                HTTP over TLS.

                ## Q: What is SSL?

                A protocol for encrypted connections.

                ## Q: How does SSL work?

                A handshake agrees on keys, then traffic is encrypted.

                ## Q: Explain what clustered indexes are.

                The table is stored in index order.

                ## Q: Explain what non-clustered indexes are.

                A separate structure points into the table.
                """),
        ])

    static let minSimilarity = SimilaritySettings.minSimilarity(
        minimum: 1, summary: "How alike (in percent, weighted by how rare the shared words are) two questions must be.")
    static let scope = SimilaritySettings.scope("questions")

    let similarity: SimilaritySettings

    public init(settings: RuleSettings) throws {
        similarity = try SimilaritySettings(minSimilarity: Self.minSimilarity, scope: Self.scope, options: settings.options)
    }

    /// A question as the corpus stage compares it.
    public struct QuestionFacts: Sendable, Codable {
        var questionIndex: Int
        var range: SourceRange
        var text: String
        /// Its identity's key: equal keys are duplicate-question's, compared once here.
        var key: String
        var section: String
        var shape: QuestionShape
    }

    /// A document's questions, and this file's own settings (overrides may set them).
    public struct DocumentFacts: Sendable, Codable {
        var similarity: SimilaritySettings
        var questions: [QuestionFacts]
    }

    public func signature(of document: QADocument) -> DocumentFacts {
        DocumentFacts(similarity: similarity, questions: document.questions.enumerated().compactMap { index, question in
            // A question shown with code or options is told apart by them, not its words.
            guard question.prompt.isBlank else { return nil }
            let shape = QuestionShape.remembered(question.text)
            guard !shape.parts.isEmpty else { return nil }
            let section = TextNormalizer.words(question.context)
            return QuestionFacts(questionIndex: index, range: question.range, text: question.text, key: question.identity.key,
                                 section: section, shape: shape)
        })
    }

    public func problem(in signature: DocumentFacts, questions: Int) -> String? {
        ShardCheck.similarity(signature.similarity, lowest: 0.01) ?? signature.questions.enumerated().lazy.compactMap { index, facts in
            ShardCheck.question(facts.questionIndex, facts.range, of: questions, "questions[\(index)]")
        }.first
    }

    public func check(_ entries: [CorpusEntry<DocumentFacts>], focus: Set<String>?) -> [Finding] {
        // Each question text once: exact copies are duplicate-question's.
        var items: [(path: String, facts: QuestionFacts, settings: SimilaritySettings)] = []
        var seen = Set<UInt64>()
        for entry in entries {
            for facts in entry.signature.questions {
                let key = entry.signature.similarity.documentScope ? TextNormalizer.digest(entry.path, facts.key) : TextNormalizer.digest(facts.key)
                if seen.insert(key).inserted { items.append((entry.path, facts, entry.signature.similarity)) }
            }
        }
        var groups = SimilarityGroups(count: items.count)
        for run in comparisonRuns(count: items.count, path: { items[$0].path }, documentScope: { items[$0].settings.documentScope }) {
            let lowest = run.map { items[$0].settings.minimumSimilarity }.min() ?? similarity.minimumSimilarity
            let pairs = NearDuplicateQuestions.pairs(run.map { (items[$0].facts.shape, items[$0].facts.section) },
                                                     lowestThreshold: lowest) { a, b in
                items[run[max(a, b)]].settings.minimumSimilarity
            }
            for pair in pairs { groups.link(run[pair.a], run[pair.b], score: pair.score) }
        }
        return groups.groups().compactMap { members in
            guard reports(on: items[ReportedGroup.reported(of: members)].path, focus: focus) else { return nil }
            let group = ReportedGroup(members: members) { SimilarPlace(path: items[$0].path, line: items[$0].facts.range.startLine, text: items[$0].facts.text) }
            let (places, others, reported) = (group.places, group.others, items[group.reported])
            let score = Int(((groups.scores[group.reported] ?? 0) * 100).rounded())
            let message = members.count == 2
                ? "Question \(quoted(reported.facts.text)) asks the same as \(quoted(places[0].text)) at \(describe([places[0]], from: reported.path)) (\(score)% alike); merge them or make the difference clear."
                : "Question \(quoted(reported.facts.text)) is one of \(members.count) questions that ask the same thing (up to \(score)% alike), with \(describe(others, from: reported.path)); merge them."
            return Finding(rule: Self.description, path: reported.path, question: reported.facts.questionIndex,
                           text: reported.facts.text, range: reported.facts.range, message: message,
                           related: others.map { $0.location() })
        }
    }
}
