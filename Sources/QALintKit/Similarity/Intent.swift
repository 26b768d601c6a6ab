/// What a question asks about its topic, read from its phrasing. Paraphrases share an
/// intent; "What is SSL?" (define) and "How does SSL work?" (mechanics) do not.
public enum Intent: String, Sendable, Hashable, CaseIterable, Codable {
    case define, advantages, drawbacks, mechanics, purpose, testing, debugging, difference, other

    /// Phrasings, tried in order; `*` is the topic (one or more words). Matched against
    /// the whole clause.
    private static let patterns: [(Intent, [String])] = [
        (.difference, ["what is the difference between * and *", "what are the differences between * and *",
                       "what s the difference between * and *", "explain the difference between * and *",
                       "difference between * and *", "differences between * and *", "how is * different from *",
                       "how are * different from *", "how is * different than *", "how does * differ from *",
                       "how do * differ from *", "how do * and * differ", "explain how * and * are different",
                       "compare * and *", "compare * with *", "what differentiates * from *", "* vs *", "* versus *"]),
        (.debugging, ["how would you debug a production problem with *", "describe how you troubleshoot * in production",
                      "how would you troubleshoot *", "how do you troubleshoot *", "how would you debug *",
                      "how do you debug *", "how to debug *", "how to troubleshoot *"]),
        (.testing, ["which tests would you write for *", "what tests would you write for *", "how would you test *",
                    "how do you test *", "how to test *", "how can you test *"]),
        (.mechanics, ["explain how * works under the hood", "explain how * work under the hood", "explain how * works",
                      "explain how * work", "walk through the mechanics of *", "describe how * works", "how does * work",
                      "how do * work", "how * works", "how * work", "what happens under the hood of *",
                      "how is * implemented", "how are * implemented"]),
        (.advantages, ["what are the advantages of using *", "what are the benefits of using *", "what are the advantages of *",
                       "what are the main advantages of *", "what are the benefits of *", "what are the main benefits of *",
                       "what are the pros of *", "what is the advantage of *", "what is the benefit of *",
                       "name the main benefits of *", "name the benefits of *", "name the advantages of *",
                       "explain the advantages of *", "explain the benefits of *", "why would a team choose *",
                       "why would you choose *", "why would you use *", "why should you use *", "why should we use *",
                       "why use *", "how are * beneficial", "how is * beneficial", "advantages of *", "benefits of *"]),
        (.drawbacks, ["when would you avoid *", "when should you avoid *", "when not to use *", "what are the drawbacks of *",
                      "what are the disadvantages of *", "what are the cons of *", "what are the downsides of *",
                      "what are the limitations of *", "name some disadvantages of *", "name some drawbacks of *",
                      "name the disadvantages of *", "disadvantages of *", "drawbacks of *"]),
        (.purpose, ["in which situation would you use *", "in which situations would you use *", "in which cases would you use *",
                    "when would you use *", "when should you use *", "when to use *", "what is * used for",
                    "what are * used for", "why do we need *", "what do we need * for", "what do you need * for"]),
        (.define, ["explain and define *", "explain what * is", "explain what * are", "explain what * means",
                   "explain what * refers to", "can you explain what * is", "can you define *", "could you define *",
                   "describe * in your own words", "what is meant by *", "what do you mean by *",
                   "what do you understand by *", "what is the definition of *", "what is the meaning of *",
                   "what does * mean", "what does * stand for", "what is *", "what are *", "what s *", "define *",
                   "explain *", "tell me about *"]),
    ]

    /// Chinese phrasings: a keyword anywhere in the clause.
    private static let cjkKeywords: [(Intent, [String])] = [
        (.difference, ["区别", "差异", "不同", "对比"]),
        (.advantages, ["优点", "优势", "好处"]),
        (.drawbacks, ["缺点", "劣势"]),
        (.mechanics, ["原理", "如何工作", "怎么工作", "工作方式"]),
        (.define, ["什么是", "是什么"]),
    ]

    /// The patterns in priority order, grouped by their first word (a pattern that starts
    /// with `*` is tried for every clause): most clauses try a handful, not all.
    private static let byFirstWord: (literal: [String: [(rank: Int, intent: Intent, words: [String])]],
                                     wildcard: [(rank: Int, intent: Intent, words: [String])]) = {
        var literal: [String: [(Int, Intent, [String])]] = [:]
        var wildcard: [(Int, Intent, [String])] = []
        var rank = 0
        for (intent, phrasings) in patterns {
            for phrasing in phrasings {
                let words = phrasing.split(separator: " ").map(String.init).filter { !articles.contains($0) }
                if words[0] == "*" { wildcard.append((rank, intent, words)) } else { literal[words[0], default: []].append((rank, intent, words)) }
                rank += 1
            }
        }
        return (literal, wildcard)
    }()

    /// Articles are optional in phrasings: "what is difference between" is "what is the
    /// difference between".
    private static let articles: Set<String> = ["the", "a", "an"]

    /// The intent of a clause and the words of its topic: one list per `*` of the phrasing
    /// (two for a difference: the things compared).
    static func classify(_ allWords: [String], text: String) -> (Intent, [[String]]) {
        let words = allWords.filter { !articles.contains($0) }
        let candidates = ((words.first.flatMap { byFirstWord.literal[$0] } ?? []) + byFirstWord.wildcard).sorted { $0.rank < $1.rank }
        for candidate in candidates {
            if let slots = match(candidate.words[...], words[...]) { return (candidate.intent, slots) }
        }
        for (intent, keywords) in cjkKeywords where keywords.contains(where: text.contains) {
            let topic = words.map { word in keywords.reduce(word) { $0.replacingOccurrences(of: $1, with: "") } }
            return (intent, [topic.filter { !$0.isEmpty }])
        }
        return (.other, [words])
    }

    /// Matches `pattern` against all of `words`; the words each `*` took, or nil.
    private static func match(_ pattern: ArraySlice<String>, _ words: ArraySlice<String>) -> [[String]]? {
        guard let first = pattern.first else { return words.isEmpty ? [] : nil }
        guard first == "*" else {
            guard words.first == first else { return nil }
            return match(pattern.dropFirst(), words.dropFirst())
        }
        guard !words.isEmpty else { return nil }
        let rest = pattern.dropFirst()
        // The topic takes as few words as it can while the rest still matches.
        for length in 1...words.count {
            if let slots = match(rest, words.dropFirst(length)) {
                return [Array(words.prefix(length))] + slots
            }
        }
        return nil
    }
}
