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

/// Finds pairs of similar questions without comparing all pairs.
///
/// Clauses with the same intent and the same topic tokens are one class (linked at once,
/// score 1). Classes are indexed under the rarest of their tokens — prefix filtering: two
/// token sets whose weighted overlap reaches the threshold must share one of the tokens
/// that make up the first (1 − threshold) of each one's weight — and only classes that
/// meet in the index are compared, each pair once (in the bucket of its first shared
/// prefix token). The work grows with the number of classes and the size of buckets of
/// rare tokens, not with the square of the corpus.
enum NearDuplicateQuestions {
    struct Pair {
        var a: Int
        var b: Int
        var score: Double
    }

    /// A set of clauses with the same intent, tokens and (for section-dependent topics)
    /// section.
    private struct ClassKey: Hashable {
        var intent: Intent
        var tokens: [Int32]
        var section: Int32
    }

    private struct Class {
        var key: ClassKey
        /// Items, in corpus order.
        var items: [Int32]
        /// Tokens in the global order (heaviest first, then by id), their weights, the
        /// total, and how many of them form the prefix.
        var ordered: [Int32] = []
        var total = 0.0
        var prefix = 0
    }

    /// `threshold(a, b)` gives the threshold for a pair of items (that of the later one's
    /// file); `lowestThreshold` is the loosest of them, which the index is built for.
    /// Items are in corpus order.
    static func pairs(_ items: [(shape: QuestionShape, section: String)], lowestThreshold: Double,
                      threshold: (Int, Int) -> Double) -> [Pair] {
        // Tokens get ids in order of first use, by a 64-bit hash of their text (hashing the
        // string with `Hasher` twice per token was a third of this function); classes are
        // found by a hash of their key, checked against the key itself.
        var ids: [UInt64: Int32] = [:]
        var sections: [String: Int32] = [:]
        var classIndex: [UInt64: Int] = [:]
        var collided: [ClassKey: Int] = [:]  // classes whose key hash another class has
        var classes: [Class] = []
        ids.reserveCapacity(items.count)
        classIndex.reserveCapacity(items.count)
        classes.reserveCapacity(items.count)
        var tokens: [Int32] = []
        for (index, item) in items.enumerated() {
            for part in item.shape.parts {
                tokens.removeAll(keepingCapacity: true)
                for token in part.tokens {
                    let hash = Self.hash(token)
                    if let id = ids[hash] {
                        tokens.append(id)
                    } else {
                        let id = Int32(ids.count)
                        ids[hash] = id
                        tokens.append(id)
                    }
                }
                tokens.sort()
                let section: Int32 = part.dependsOnSection
                    ? (sections[item.section] ?? { let id = Int32(sections.count); sections[item.section] = id; return id }())
                    : -1
                var hash = UInt64(Intent.allCases.firstIndex(of: part.intent)!) ^ UInt64(bitPattern: Int64(section)) &* 0x9E37_79B9_7F4A_7C15
                for token in tokens { hash = (hash ^ UInt64(token)) &* 0x0000_0100_0000_01b3 }
                let existing: Int?
                if let found = classIndex[hash] {
                    existing = classes[found].key.intent == part.intent && classes[found].key.section == section
                        && classes[found].key.tokens == tokens
                        ? found : collided[ClassKey(intent: part.intent, tokens: tokens, section: section)]
                } else {
                    existing = nil
                }
                if let existing {
                    if classes[existing].items.last != Int32(index) { classes[existing].items.append(Int32(index)) }
                } else {
                    let key = ClassKey(intent: part.intent, tokens: tokens, section: section)
                    if classIndex[hash] == nil { classIndex[hash] = classes.count } else { collided[key] = classes.count }
                    classes.append(Class(key: key, items: [Int32(index)]))
                }
            }
        }
        // How many clauses use each token: rare tokens weigh more.
        var frequency = [Int](repeating: 0, count: ids.count)
        var clauseCount = 0
        for index in classes.indices {
            let count = classes[index].items.count
            clauseCount += count
            for token in classes[index].key.tokens { frequency[Int(token)] += count }
        }
        let weight = frequency.map { log(Double(clauseCount + 1) / Double(max($0, 1))) + 0.05 }
        let polarity = Set(Tokenizer.polarity.compactMap { ids[Self.hash($0)] })

        var pairs: [Pair] = []
        func add(_ a: Int32, _ b: Int32, _ score: Double) {
            let (first, second) = (Int(min(a, b)), Int(max(a, b)))
            guard first != second, score >= threshold(first, second) else { return }
            pairs.append(Pair(a: first, b: second, score: score))
        }
        // Clauses of one class are alike.
        for item in classes {
            for later in item.items.dropFirst() { add(item.items[0], later, 1) }
        }

        struct Bucket: Hashable {
            var intent: Intent
            var token: Int32
            var section: Int32
        }
        var buckets: [Bucket: [Int32]] = [:]
        buckets.reserveCapacity(classes.count)
        for index in classes.indices {
            // Heaviest first, then by id (an insertion sort: a class holds a few tokens).
            var ordered = classes[index].key.tokens
            for i in ordered.indices.dropFirst() {
                var j = i
                while j > 0, (weight[Int(ordered[j])], ordered[j - 1]) > (weight[Int(ordered[j - 1])], ordered[j]) {
                    ordered.swapAt(j, j - 1)
                    j -= 1
                }
            }
            let total = ordered.reduce(0) { $0 + weight[Int($1)] }
            var covered = 0.0, prefix = 0
            let (intent, section) = (classes[index].key.intent, classes[index].key.section)
            for token in ordered {
                prefix += 1
                covered += weight[Int(token)]
                buckets[Bucket(intent: intent, token: token, section: section), default: []].append(Int32(index))
                if covered > (1 - lowestThreshold) * total { break }
            }
            classes[index].ordered = ordered
            classes[index].total = total
            classes[index].prefix = prefix
        }

        // (Classes by index, never copied: a copy retains and releases their three arrays.)
        for (bucket, members) in buckets where members.count > 1 {
            for i in 0..<members.count {
                let first = Int(members[i])
                for j in (i + 1)..<members.count {
                    let second = Int(members[j])
                    // Weighted sizes too far apart cannot reach the threshold.
                    let (a, b) = (classes[first].total, classes[second].total)
                    guard min(a, b) >= lowestThreshold * max(a, b) else { continue }
                    // Compare each pair once: in the bucket of its first shared prefix token.
                    guard firstShared(classes[first], classes[second]) == bucket.token else { continue }
                    let score = similarity(classes[first].key.tokens, classes[second].key.tokens, weight: weight, polarity: polarity)
                    guard score >= lowestThreshold else { continue }
                    // Link the classes through their first items (the rest are linked above).
                    add(classes[first].items[0], classes[second].items[0], score)
                }
            }
        }
        return pairs
    }

    /// A token's hash, eight bytes a step (tokens are short: one or two steps).
    private static func hash(_ token: String) -> UInt64 {
        var token = token
        return token.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
            var index = 0
            while index + 8 <= bytes.count {
                hash = (hash ^ UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
            var tail: UInt64 = 0
            while index < bytes.count {
                tail = tail << 8 | UInt64(bytes[index])
                index += 1
            }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
            return hash ^ (hash >> 32)
        }
    }

    /// The first token, in the global order, that both prefixes hold.
    private static func firstShared(_ a: Class, _ b: Class) -> Int32? {
        // Prefixes hold a few tokens: a nested scan beats building a set.
        let other = b.ordered.prefix(b.prefix)
        return a.ordered.prefix(a.prefix).first(where: other.contains)
    }

    /// Weighted Jaccard of two sorted token lists; 0 when they differ in a polarity word.
    static func similarity(_ a: [Int32], _ b: [Int32], weight: [Double], polarity: Set<Int32>) -> Double {
        var i = 0, j = 0
        var shared = 0.0, all = 0.0
        while i < a.count || j < b.count {
            let token: Int32
            if j == b.count || (i < a.count && a[i] < b[j]) {
                token = a[i]; i += 1
                if polarity.contains(token) { return 0 }
            } else if i == a.count || b[j] < a[i] {
                token = b[j]; j += 1
                if polarity.contains(token) { return 0 }
            } else {
                token = a[i]; i += 1; j += 1
                shared += weight[Int(token)]
            }
            all += weight[Int(token)]
        }
        return all > 0 ? shared / all : 0
    }
}
