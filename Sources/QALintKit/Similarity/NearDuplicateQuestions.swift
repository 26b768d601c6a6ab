import Foundation
import QAMarkdown

/// Finds pairs of similar questions without comparing all pairs.
///
/// Clauses with the same intent and the same topic tokens are one class (linked at once,
/// score 1). Classes are indexed under the rarest of their tokens — prefix filtering: two
/// token sets whose weighted overlap reaches the threshold must share one of the tokens
/// that make up the first (1 − threshold) of each one's weight — and only classes that
/// meet in the index are compared, each pair once (in the bucket of its first shared
/// prefix token). The work grows with the number of classes and the size of buckets of
/// rare tokens, not with the square of the corpus.
///
/// The classes are kept in flat arrays (tokens, items and prefixes in shared buffers, found
/// by offsets), so that building and comparing them allocates and reference-counts nothing
/// per class: at every keystroke a language server compares every question of its
/// workspace again, and this was most of the time.
enum NearDuplicateQuestions {
    struct Pair {
        var a: Int
        var b: Int
        var score: Double
    }

    /// A set of clauses with the same intent, tokens and (for section-dependent topics)
    /// section: the key of the few classes whose key hash another class has.
    private struct ClassKey: Hashable {
        var intent: Intent
        var tokens: [Int32]
        var section: Int32
    }

    /// The classes: `tokens[start[c]..<start[c + 1]]` are class c's token ids, sorted;
    /// `ordered` the same in the global order (heaviest first, then by id), of which the
    /// first `prefix[c]` are indexed; its items, in corpus order, are a list through
    /// `firstMember`/`nextMember`.
    private struct Classes {
        var intent: [Intent] = []
        var section: [Int32] = []
        var start: [Int32] = [0]
        var tokens: [Int32] = []
        var ordered: [Int32] = []
        var total: [Double] = []
        var prefix: [Int32] = []
        var firstMember: [Int32] = []
        var lastMember: [Int32] = []
        var memberCount: [Int32] = []
        /// Per member: its item and the next member of its class (-1 at the end).
        var memberItem: [Int32] = []
        var nextMember: [Int32] = []

        var count: Int { intent.count }

        func tokens(of index: Int) -> ArraySlice<Int32> { tokens[Int(start[index])..<Int(start[index + 1])] }

        func indexed(_ index: Int) -> ArraySlice<Int32> {
            ordered[Int(start[index])..<(Int(start[index]) + Int(prefix[index]))]
        }

        func firstItem(of index: Int) -> Int32 { memberItem[Int(firstMember[index])] }

        func holds(_ index: Int, intent: Intent, section: Int32, tokens key: [Int32]) -> Bool {
            self.intent[index] == intent && self.section[index] == section && tokens(of: index).elementsEqual(key)
        }

        mutating func add(intent: Intent, section: Int32, tokens key: [Int32], item: Int32) {
            self.intent.append(intent)
            self.section.append(section)
            tokens.append(contentsOf: key)
            start.append(Int32(tokens.count))
            firstMember.append(Int32(memberItem.count))
            lastMember.append(Int32(memberItem.count))
            memberCount.append(1)
            memberItem.append(item)
            nextMember.append(-1)
        }

        /// Adds `item` to the class at `index`, unless it is its last item already.
        mutating func join(_ index: Int, item: Int32) {
            let last = Int(lastMember[index])
            guard memberItem[last] != item else { return }
            nextMember[last] = Int32(memberItem.count)
            lastMember[index] = Int32(memberItem.count)
            memberCount[index] += 1
            memberItem.append(item)
            nextMember.append(-1)
        }
    }

    /// `threshold(a, b)` gives the threshold for a pair of items (that of the later one's
    /// file); `lowestThreshold` is the loosest of them, which the index is built for.
    /// Items are in corpus order.
    /// `classHash` finds a class by its key (intent, section, sorted token ids); a test
    /// makes every key collide to exercise the side table.
    static func pairs(_ items: [(shape: QuestionShape, section: String)], lowestThreshold: Double,
                      threshold: (Int, Int) -> Double,
                      classHash: (Intent, Int32, [Int32]) -> UInt64 = Self.classHash) -> [Pair] {
        // Tokens get ids in order of first use, by a 64-bit hash of their text (hashing the
        // string with `Hasher` twice per token was a third of this function); classes are
        // found by a hash of their key, checked against the key itself.
        var ids: [UInt64: Int32] = [:]
        var sections: [String: Int32] = [:]
        var classIndex: [UInt64: Int32] = [:]
        var collided: [ClassKey: Int32] = [:]  // classes whose key hash another class has
        var classes = Classes()
        ids.reserveCapacity(items.count)
        classIndex.reserveCapacity(items.count)
        var key: [Int32] = []
        for (index, item) in items.enumerated() {
            for part in item.shape.parts {
                key.removeAll(keepingCapacity: true)
                for token in part.tokens {
                    let hash = TextNormalizer.digest(token)
                    if let id = ids[hash] {
                        key.append(id)
                    } else {
                        let id = Int32(ids.count)
                        ids[hash] = id
                        key.append(id)
                    }
                }
                key.sort()
                let section: Int32 = part.dependsOnSection
                    ? (sections[item.section] ?? { let id = Int32(sections.count); sections[item.section] = id; return id }())
                    : -1
                let hash = classHash(part.intent, section, key)
                var existing: Int32?
                if let found = classIndex[hash] {
                    existing = classes.holds(Int(found), intent: part.intent, section: section, tokens: key)
                        ? found : collided[ClassKey(intent: part.intent, tokens: key, section: section)]
                }
                if let existing {
                    classes.join(Int(existing), item: Int32(index))
                } else {
                    let new = Int32(classes.count)
                    if classIndex[hash] == nil { classIndex[hash] = new } else { collided[ClassKey(intent: part.intent, tokens: key, section: section)] = new }
                    classes.add(intent: part.intent, section: section, tokens: key, item: Int32(index))
                }
            }
        }
        // How many clauses use each token: rare tokens weigh more.
        var frequency = [Int](repeating: 0, count: ids.count)
        var clauseCount = 0
        for index in 0..<classes.count {
            let count = Int(classes.memberCount[index])
            clauseCount += count
            for token in classes.tokens(of: index) { frequency[Int(token)] += count }
        }
        let weight = frequency.map { log(Double(clauseCount + 1) / Double(max($0, 1))) + 0.05 }
        let polarity = Set(Tokenizer.polarity.compactMap { ids[TextNormalizer.digest($0)] })

        var pairs: [Pair] = []
        func add(_ a: Int32, _ b: Int32, _ score: Double) {
            let (first, second) = (Int(min(a, b)), Int(max(a, b)))
            guard first != second, score >= threshold(first, second) else { return }
            pairs.append(Pair(a: first, b: second, score: score))
        }
        // Clauses of one class are alike.
        for index in 0..<classes.count where classes.memberCount[index] > 1 {
            let first = classes.firstItem(of: index)
            var member = classes.nextMember[Int(classes.firstMember[index])]
            while member >= 0 {
                add(first, classes.memberItem[Int(member)], 1)
                member = classes.nextMember[Int(member)]
            }
        }

        // Each class under the tokens of its prefix, as (bucket key, class) pairs grouped by
        // key: intent, section and token packed into 64 bits (a section id and a token id
        // each fit in 28 and 32 bits).
        var buckets = KeyedItems(capacity: classes.count * 2)
        classes.ordered = classes.tokens
        classes.total = [Double](repeating: 0, count: classes.count)
        classes.prefix = [Int32](repeating: 0, count: classes.count)
        for index in 0..<classes.count {
            let (low, high) = (Int(classes.start[index]), Int(classes.start[index + 1]))
            // Heaviest first, then by id (an insertion sort: a class holds a few tokens).
            for i in (low + 1)..<max(low + 1, high) {
                var j = i
                while j > low, (weight[Int(classes.ordered[j])], classes.ordered[j - 1]) > (weight[Int(classes.ordered[j - 1])], classes.ordered[j]) {
                    classes.ordered.swapAt(j, j - 1)
                    j -= 1
                }
            }
            let total = classes.ordered[low..<high].reduce(0) { $0 + weight[Int($1)] }
            var covered = 0.0, prefix: Int32 = 0
            let intent = UInt64(Intent.allCases.firstIndex(of: classes.intent[index])!)
            let section = UInt64(UInt32(classes.section[index] + 1) & 0x0FFF_FFFF)
            for token in classes.ordered[low..<high] {
                prefix += 1
                covered += weight[Int(token)]
                buckets.append(intent << 60 | section << 32 | UInt64(UInt32(token)), item: Int32(index))
                if covered > (1 - lowestThreshold) * total { break }
            }
            classes.total[index] = total
            classes.prefix[index] = prefix
        }
        buckets.sort()

        for run in buckets.sharedRuns() {
            let token = Int32(truncatingIfNeeded: buckets.keys[run.lowerBound] & 0xFFFF_FFFF)
            for i in run {
                let first = Int(buckets.items[i])
                for j in (i + 1)..<run.upperBound {
                    let second = Int(buckets.items[j])
                    // Weighted sizes too far apart cannot reach the threshold.
                    let (a, b) = (classes.total[first], classes.total[second])
                    guard min(a, b) >= lowestThreshold * max(a, b) else { continue }
                    // Compare each pair once: in the bucket of its first shared prefix token.
                    guard firstShared(classes.indexed(first), classes.indexed(second)) == token else { continue }
                    let score = similarity(classes.tokens(of: first), classes.tokens(of: second), weight: weight, polarity: polarity)
                    guard score >= lowestThreshold else { continue }
                    // Link the classes through their first items (the rest are linked above).
                    add(classes.firstItem(of: first), classes.firstItem(of: second), score)
                }
            }
        }
        return pairs
    }
    /// A class key's hash (FNV-1a over the token ids, the intent and section mixed in).
    static func classHash(_ intent: Intent, _ section: Int32, _ tokens: [Int32]) -> UInt64 {
        var hash = UInt64(Intent.allCases.firstIndex(of: intent)!) ^ UInt64(bitPattern: Int64(section)) &* 0x9E37_79B9_7F4A_7C15
        for token in tokens { hash = (hash ^ UInt64(token)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The first token, in the global order, that both prefixes hold.
    private static func firstShared(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> Int32? {
        // Prefixes hold a few tokens: a nested scan beats building a set.
        a.first(where: b.contains)
    }

    /// Weighted Jaccard of two sorted token lists; 0 when they differ in a polarity word.
    static func similarity(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>, weight: [Double], polarity: Set<Int32>) -> Double {
        var i = a.startIndex, j = b.startIndex
        var shared = 0.0, all = 0.0
        while i < a.endIndex || j < b.endIndex {
            let token: Int32
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                token = a[i]; i += 1
                if polarity.contains(token) { return 0 }
            } else if i == a.endIndex || b[j] < a[i] {
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
