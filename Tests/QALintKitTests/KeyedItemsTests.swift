import Testing
@testable import QALintKit
@testable import QAMarkdown

/// The radix sort behind `duplicate-answer`'s band buckets, against the comparison sort it
/// replaced; and the bound on what `TextMemory` keeps.
@Suite struct KeyedItemsTests {
    @Test func sortsByKeyKeepingTheOrderItemsWereAddedIn() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 7, 300, 5_000] {
            // Few distinct keys, so that many are shared; some differ only in high bytes.
            let pool = (0..<max(1, size / 4)).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) } + [0, 1, 1 << 56, 1 << 63]
            var keys = KeyedItems(capacity: size)
            var reference: [(key: UInt64, item: Int32)] = []
            for item in 0..<size {
                let key = pool.randomElement(using: &generator)!
                keys.append(key, item: Int32(item))
                reference.append((key, Int32(item)))
            }
            reference.sort { ($0.key, $0.item) < ($1.key, $1.item) }
            keys.sort()
            #expect(keys.keys == reference.map(\.key))
            #expect(keys.items == reference.map(\.item))
            let runs = keys.sharedRuns()
            #expect(runs.allSatisfy { $0.count > 1 && Set(keys.keys[$0]).count == 1 })
            let shared = Dictionary(grouping: reference, by: \.key).values.filter { $0.count > 1 }.count
            #expect(runs.count == shared)
        }
    }

    @Test func textMemoryComputesLongTextsEachTime() {
        let memory = TextMemory<Int>(limit: 10, longest: 8)
        var computed = 0
        for text in ["short", "short", "a longer text", "a longer text"] {
            _ = memory.value(for: text) { computed += 1; return text.count }
        }
        #expect(computed == 3)  // "short" once, the long text twice
    }
}

/// `similar-question`'s pair search finds a class by a hash of its key; a class whose hash
/// another class has goes to a side table. Made to collide every time, it finds the same
/// pairs with the same scores.
@Suite struct ClassHashCollisionTests {
    @Test func everyKeyCollidingGivesTheSamePairs() {
        let questions = SimilarityTests.paraphrases.flatMap { [$0.0, $0.1] } + SimilarityTests.paraphrases.map(\.0)
            + ["What is a document?", "What is a document?", "How does HTTPS work?", "What is HTTP?"]
        let items = questions.enumerated().map { (shape: QuestionShape($1), section: $0 % 3 == 0 ? "Mongo" : "Elastic") }
        func described(_ pairs: [NearDuplicateQuestions.Pair]) -> [String] {
            pairs.map { "\($0.a)-\($0.b) \(($0.score * 1_000_000).rounded())" }.sorted()
        }
        let normal = NearDuplicateQuestions.pairs(items, lowestThreshold: 0.8) { _, _ in 0.8 }
        let colliding = NearDuplicateQuestions.pairs(items, lowestThreshold: 0.8, threshold: { _, _ in 0.8 }, classHash: { _, _, _ in 42 })
        #expect(normal.count > SimilarityTests.paraphrases.count)  // the paraphrases, and the repeats of their first halves
        #expect(described(colliding) == described(normal))
    }
}
