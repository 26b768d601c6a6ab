import QAMarkdown

/// What a question asks, reduced to what paraphrases share: for each sub-question ("What
/// is NAT? How does it work?" has two), the intent of its phrasing and the stemmed content
/// words of its topic.
///
/// "What is X?", "Explain what X is." and "Can you define X?" all become `define {x}`;
/// "String, StringBuffer and StringBuilder" and "String, StringBuilder and StringBuffer"
/// the same set of tokens; "TestRenderer" and "react-test-renderer" share `test renderer`.
public struct QuestionShape: Sendable, Hashable, Codable {
    public struct Part: Sendable, Hashable, Codable {
        public var intent: Intent
        /// Stemmed topic tokens, sorted and unique.
        public var tokens: [String]
        /// A one-word topic named with "a"/"an" ("What is a document?"): a common noun
        /// whose meaning depends on the section it stands in (a Mongo document is not an
        /// Elastic document). Such parts only match within the same section.
        public var dependsOnSection: Bool
    }

    public var parts: [Part]

    /// Reads a question's text.
    public init(_ text: String) {
        var parts: [Part] = []
        var previousTopic: [String] = []
        let texts = Self.clauses(text)
        let clauses = texts.map { Tokenizer.words($0) }
        // "What is the output of the code below?" is told apart by its code, not its words.
        guard !clauses.contains(where: { Tokenizer.refersToShownCode($0.words) }) else {
            self.parts = []
            return
        }
        for (clause, (words, acronyms)) in zip(texts, clauses) {
            guard !words.isEmpty else { continue }
            let (intent, slots) = Intent.classify(words, text: clause)
            let topicWords = slots.flatMap { $0 }
            var tokens = Tokenizer.topicTokens(topicWords, acronyms: acronyms)
            // "Collection API and Stream API" compares Collection and Stream: a word every
            // compared thing shares names their kind, not the topic.
            if slots.count > 1 {
                let perSlot = slots.map { Set(Tokenizer.topicTokens($0, acronyms: acronyms)) }
                let common = perSlot.dropFirst().reduce(perSlot[0]) { $0.intersection($1) }
                if perSlot.allSatisfy({ $0.count > common.count }) { tokens.removeAll(where: common.contains) }
            }
            // "How does it work?" after "What is a proxy?" asks about the proxy.
            if topicWords.contains(where: Tokenizer.pronouns.contains) {
                tokens = Array(Set(tokens).union(previousTopic)).sorted()
            }
            guard !tokens.isEmpty, !tokens.allSatisfy(Tokenizer.genericTopicWords.contains) else { continue }
            parts.append(Part(intent: intent, tokens: tokens,
                              dependsOnSection: tokens.count == 1 && Self.namesWithArticle(tokens[0], in: words, acronyms: acronyms)))
            previousTopic = tokens
        }
        self.parts = parts
    }

    /// True when `token` is introduced by "a"/"an" in the clause ("What is a document?").
    static func namesWithArticle(_ token: String, in words: [String], acronyms: Set<String>) -> Bool {
        zip(words, words.dropFirst()).contains { article, word in
            (article == "a" || article == "an") && Tokenizer.topicTokens([word], acronyms: acronyms) == [token]
        }
    }

    /// The shape of `text`, remembered for the life of the process: a language server reads
    /// the same questions at every keystroke, and a question's shape depends on its text
    /// alone.
    public static func remembered(_ text: String) -> QuestionShape {
        memory.value(for: text) { QuestionShape(text) }
    }

    private static let memory = TextMemory<QuestionShape>()

    /// Sub-questions: split after `?`, `？`, `。`, `！`, and after `.` or `!` that end a
    /// sentence (followed by a space or the end: "Node.js" stays whole).
    static func clauses(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var result: [String] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let ends = scalar == "?" || scalar == "？" || scalar == "。" || scalar == "！"
                || ((scalar == "." || scalar == "!") && (next == nil || next!.properties.isWhitespace))
            guard ends else { continue }
            result.append(String(String.UnicodeScalarView(scalars[start..<index])))
            start = index + 1
        }
        result.append(String(String.UnicodeScalarView(scalars[start...])))
        // A parenthetical remark ("(tools, logs, ...)") asks nothing of its own.
        return result.map(\.trimmedWhitespace).filter { !$0.isEmpty && !$0.hasPrefix("(") && !$0.hasPrefix("[") }
    }
}

/// Splitting question text into comparable tokens.
enum Tokenizer {
    static let stopwords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "is", "are", "was",
        "were", "be", "been", "being", "do", "does", "did", "what", "which", "who", "whom", "whose", "when", "where",
        "why", "how", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "you", "your",
        "yours", "i", "me", "my", "we", "our", "us", "they", "them", "their", "it", "its", "this", "that", "these",
        "those", "there", "here", "some", "any", "about", "as", "into", "than", "then", "so", "such", "s", "t", "e",
        "g", "eg", "ie", "vs", "versus", "please", "between", "one", "also", "other",
        // Chinese function characters and words.
        "和", "的", "与", "是", "吗", "呢", "在", "有", "什么", "么", "及",
    ]
    /// Words whose difference changes the meaning however alike the rest is: a pair that
    /// differs in one of them is never similar ("clustered" / "non-clustered").
    static let polarity: Set<String> = ["not", "non", "no", "never", "without", "least", "most", "best", "worst", "un", "anti"]
    static let pronouns: Set<String> = ["it", "they", "them", "this", "that", "these", "those"]
    /// Topics that say nothing on their own: "What's the output?" items differ in their code.
    static let genericTopicWords: Set<String> = [
        "output", "result", "valu", "value", "follow", "code", "snippet", "below", "abov", "above", "print",
        "happen", "return", "mean", "differ", "true", "fals", "false", "yes", "problem", "issu", "issue", "wrong", "right", "correct",
    ]

    /// A clause that points at code or a snippet shown with it ("the output of the
    /// following code", "what does this snippet print").
    static func refersToShownCode(_ words: [String]) -> Bool {
        let pointers: Set<String> = ["below", "following", "above", "snippet", "given"]
        let subjects: Set<String> = ["code", "snippet", "program", "output", "function", "expression", "statement"]
        return words.contains(where: pointers.contains) && words.contains(where: subjects.contains)
    }

    /// Words of a clause, lower-cased: runs of letters and digits; `camelCase` and
    /// `PascalCase` split into words (`TestRenderer` → test, renderer) but acronyms kept
    /// (`NoSQL`, `GraphQL`); runs of CJK characters kept whole for `topicTokens`. Also the
    /// words written in capitals (`HTTPS`, `NATS`), which are never stemmed.
    static func words(_ text: String) -> (words: [String], acronyms: Set<String>) {
        var words: [String] = []
        var acronyms = Set<String>()
        var current: [UInt8] = []
        var currentIsCJK = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            if currentIsCJK {
                words.append(word)
            } else {
                if word.utf8.count >= 2, word.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }) {
                    acronyms.insert(word.lowercased())
                }
                words += camelSplit(word).map { $0.lowercased() }
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let cjk = isCJK(scalar)
            if TextNormalizer.isWordScalar(scalar) {
                if !current.isEmpty && cjk != currentIsCJK { flush() }
                currentIsCJK = cjk
                if scalar.isASCII { current.append(UInt8(scalar.value)) } else { current.append(contentsOf: String(scalar).utf8) }
            } else {
                flush()
            }
        }
        flush()
        return (words, acronyms)
    }

    /// `StringBuffer` → String, Buffer; `NoSQL`, `GraphQL`, `iOS` stay whole (the part
    /// after the boundary is an acronym or the part before is a prefix of two letters).
    static func camelSplit(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        guard bytes.count > 3, bytes.allSatisfy({ $0 < 0x80 }) else { return [word] }
        func lower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
        func upper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        var parts: [String] = []
        var start = 0
        for index in 1..<bytes.count {
            guard lower(bytes[index - 1]), upper(bytes[index]), index + 1 < bytes.count, lower(bytes[index + 1]),
                  index - start >= 3 else { continue }
            parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            start = index
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts.allSatisfy { $0.utf8.count >= 3 } ? parts : [word]
    }

    /// Topic words → stemmed tokens, stopwords dropped, CJK runs as character bigrams;
    /// sorted and unique.
    static func topicTokens(_ words: [String], acronyms: Set<String> = []) -> [String] {
        var tokens = Set<String>()
        for word in words {
            if let first = word.unicodeScalars.first, isCJK(first) {
                let characters = Array(word).filter { !stopwords.contains(String($0)) }
                if characters.count == 1 { tokens.insert(String(characters[0])) }
                for index in characters.indices.dropLast() { tokens.insert(String(characters[index...index + 1])) }
                continue
            }
            guard !stopwords.contains(word) else { continue }
            tokens.insert(acronyms.contains(word) ? word : Stemmer.stem(word))
        }
        return tokens.sorted()
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}

/// A light English stemmer (suffixes only): enough that "indexes"/"index",
/// "works"/"work", "differs"/"differ", "clustered"/"cluster" meet. Works on ASCII bytes:
/// it runs on every topic word of the corpus.
enum Stemmer {
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }) else { return word }
        func ends(_ suffix: String) -> Bool { w.count >= suffix.utf8.count && w.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        if ends("ies") && w.count > 4 { w.removeLast(3); w.append(0x79) }  // y
        else if ends("sses") { w.removeLast(2) }
        else if ends("xes") || ends("ches") || ends("shes") { w.removeLast(2) }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") { w.removeLast() }
        for suffix in ["ing", "ed"] where ends(suffix) && w.count - suffix.utf8.count >= 4 {
            w.removeLast(suffix.utf8.count)
            // "running" → "run", but "falling" keeps its double l.
            if let last = w.last, w.count > 4, w[w.count - 2] == last, ![0x6C, 0x73, 0x7A].contains(last) { w.removeLast() }
            break
        }
        if w.last == 0x65 && w.count > 4 { w.removeLast() }  // e
        return String(decoding: w, as: UTF8.self)
    }
}
