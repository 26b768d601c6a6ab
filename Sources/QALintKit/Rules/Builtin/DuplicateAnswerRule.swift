import QAMarkdown

/// `duplicate-answer`: one answer pasted under different questions.
public struct DuplicateAnswerRule: BuiltinRule, CorpusRule {
    public static let description = RuleDescription(
        id: "duplicate-answer",
        summary: "Two different questions have the same, or nearly the same, answer.",
        rationale: """
            An answer copied under another question rarely answers both: usually one question \
            was answered by pasting the neighbour's text. Placeholders and templates are left to \
            placeholder-answer, navigation links are ignored, and short answers (a repeated \
            "Yes.") never count.
            """,
        defaultSeverity: .warning,
        scope: .question,
        quietOnUnanswered: true,
        options: [minWords.description, minSimilarity.description, scope.description],
        examples: [
            .failing("The install answer pasted under the upgrade question", """
                ## Q: How do I install the CLI?

                Download the archive for your platform from the releases page, unpack it and put the binary on your PATH.

                ## Q: How do I upgrade the CLI? <!-- expect: duplicate-answer -->

                Download the archive for your platform from the releases page, unpack it and put the binary on your PATH.
                """),
            .passing("Short answers and different answers", """
                ## Q: Is the CLI free?

                Yes.

                ## Q: Is the server free?

                Yes.

                ## Q: How do I install the CLI?

                Download the archive for your platform from the releases page and unpack it.

                ## Q: How do I upgrade the CLI?

                Run the upgrade command; it replaces the binary in place and keeps your settings.
                """),
        ])

    static let minWords = RuleOption.integer("min-words", default: 5, minimum: 1, summary: "Shorter answers are never reported.")
    static let minSimilarity = SimilaritySettings.minSimilarity(
        minimum: 50, summary: "How alike (in percent of shared word triples) two answers must be.")
    static let scope = SimilaritySettings.scope("answers")

    let minimumWords: Int
    let similarity: SimilaritySettings

    public init(settings: RuleSettings) throws {
        minimumWords = try Self.minWords.value(in: settings.options)
        similarity = try SimilaritySettings(minSimilarity: Self.minSimilarity, scope: Self.scope, options: settings.options)
        remembered = settings.remembersAnswers ? RememberedAnswer.memory(of: Compared?.self) : nil
    }

    /// An answer as the corpus stage compares it.
    public struct AnswerFacts: Sendable, Codable {
        var questionIndex: Int
        var range: SourceRange
        var question: String
        /// The question's identity key: one place per question in a group.
        var questionKey: String
        /// Hash of the normalized answer: equal answers are one class.
        var exact: UInt64
    }

    public struct DocumentFacts: Sendable, Codable {
        var similarity: SimilaritySettings
        var answers: [AnswerFacts]
        /// The answers' MinHash signatures, `MinHash.count` values each, in one array.
        var signatures: [UInt32]
    }

    public func signature(of document: QADocument) -> DocumentFacts {
        var answers: [AnswerFacts] = []
        var signatures: [UInt32] = []
        for (index, question) in document.questions.enumerated() {
            let text = question.answer.text.prose + "\n" + question.answer.text.code
            guard let compared = remembered.map({ $0.value(for: text) { compared(text) } }) ?? compared(text) else { continue }
            answers.append(AnswerFacts(questionIndex: index, range: question.range, question: question.text,
                                       questionKey: question.identity.key, exact: compared.exact))
            signatures.append(contentsOf: compared.signature)
        }
        return DocumentFacts(similarity: similarity, answers: answers, signatures: signatures)
    }

    /// What is compared of an answer long enough to compare: the hash of its words and
    /// their MinHash signature.
    private struct Compared: Sendable {
        var exact: UInt64
        var signature: [UInt32]
    }

    private func compared(_ text: String) -> Compared? {
        let words = TextNormalizer.words(text)
        guard TextNormalizer.wordCount(words) >= minimumWords else { return nil }
        var signature: [UInt32] = []
        MinHash.appendSignature(ofWords: words, to: &signature)
        return Compared(exact: TextNormalizer.stableHash(words), signature: signature)
    }

    /// Each answer's comparison, remembered by its text where asked (see `RememberedAnswer`).
    private let remembered: TextMemory<Compared?>?

    public func problem(in signature: DocumentFacts, questions: Int) -> String? {
        if let problem = ShardCheck.similarity(signature.similarity, lowest: 0.5) { return problem }
        if signature.signatures.count != signature.answers.count * MinHash.count {
            return "signatures holds \(signature.signatures.count) values for \(signature.answers.count) answers"
        }
        return signature.answers.enumerated().lazy.compactMap { index, facts in
            ShardCheck.question(facts.questionIndex, facts.range, of: questions, "answers[\(index)]")
        }.first
    }

    public func check(_ entries: [CorpusEntry<DocumentFacts>], focus: Set<String>?) -> [Finding] {
        var items: [Item] = []
        for (document, entry) in entries.enumerated() {
            for (offset, facts) in entry.signature.answers.enumerated() {
                items.append(Item(path: entry.path, facts: facts, document: document, offset: offset * MinHash.count))
            }
        }
        let settings = entries.map(\.signature)
        var groups = SimilarityGroups(count: items.count)
        for run in comparisonRuns(count: items.count, path: { items[$0].path }, documentScope: { settings[items[$0].document].similarity.documentScope }) {
            link(run, items: items, settings: settings, into: &groups)
        }
        return groups.groups().compactMap { members in
            // One place per question: the same question asked twice is duplicate-question's.
            var seenQuestions = Set<String>()
            let distinct = members.filter { seenQuestions.insert(items[$0].facts.questionKey).inserted }
            guard distinct.count > 1, reports(on: items[ReportedGroup.reported(of: distinct)].path, focus: focus) else { return nil }
            let group = ReportedGroup(members: distinct) { SimilarPlace(path: items[$0].path, line: items[$0].facts.range.startLine, text: items[$0].facts.question) }
            let (places, others, reported) = (group.places, group.others, items[group.reported])
            let score = Int(((groups.scores[group.reported] ?? 0) * 100).rounded())
            let alike = score >= 100 ? "the same as" : "nearly the same as (\(score)% alike)"
            let message = distinct.count == 2
                ? "Answer to \(quoted(reported.facts.question)) is \(alike) the answer to \(quoted(places[0].text)) at \(describe([places[0]], from: reported.path)); answer each question on its own."
                : "Answer to \(quoted(reported.facts.question)) is one of \(distinct.count) copies of one answer, also under \(describe(others, from: reported.path)); answer each question on its own."
            return Finding(rule: Self.description, path: reported.path, question: reported.facts.questionIndex,
                           text: reported.facts.question, range: reported.facts.range, message: message,
                           related: others.prefix(50).map { $0.location() })
        }
    }

    /// Buckets up to this size are compared pair by pair; larger ones against leaders.
    static let largeBucket = 32

    /// An answer of the corpus, with where its signature is.
    private struct Item {
        var path: String
        var facts: AnswerFacts
        var document: Int
        var offset: Int
    }

    /// Links equal answers at once, and near-equal ones through MinHash band buckets (a
    /// sorted list of band keys rather than a dictionary of small arrays: a million answers
    /// make eight million keys).
    private func link(_ run: [Int], items: [Item], settings: [DocumentFacts], into groups: inout SimilarityGroups) {
        func signature(_ index: Int) -> ArraySlice<UInt32> {
            let item = items[index]
            return settings[item.document].signatures[item.offset..<item.offset + MinHash.count]
        }
        var classes: [UInt64: Int] = [:]
        var representatives: [Int] = []
        for index in run {
            if let first = classes[items[index].facts.exact] {
                groups.link(first, index, score: 1)
            } else {
                classes[items[index].facts.exact] = index
                representatives.append(index)
            }
        }
        var keys = KeyedItems(capacity: representatives.count * MinHash.bands)
        for index in representatives {
            let values = signature(index)
            for band in 0..<MinHash.bands { keys.append(MinHash.bandKey(values, band: band), item: Int32(index)) }
        }
        keys.sort()
        func compare(_ a: Int, _ b: Int) -> Bool {
            let score = MinHash.similarity(signature(a), signature(b))
            guard score >= settings[items[b].document].similarity.minimumSimilarity else { return false }
            groups.link(a, b, score: score)
            return true
        }
        for run in keys.sharedRuns() {
            let bucket = keys.items[run].map { Int($0) }
            if bucket.count <= Self.largeBucket {
                for i in bucket.indices { for j in (i + 1)..<bucket.count { _ = compare(bucket[i], bucket[j]) } }
            } else {
                // Thousands of answers sharing a band (one sentence with a word changed under
                // every question): every pair would be quadratic. Each joins the first of a
                // few group leaders it is like, or becomes a leader; groups are the same
                // where answers are alike, found in linear time.
                var leaders: [Int] = []
                for item in bucket {
                    if leaders.contains(where: { compare($0, item) }) { continue }
                    if leaders.count < Self.largeBucket { leaders.append(item) }
                }
            }
        }
    }
}
