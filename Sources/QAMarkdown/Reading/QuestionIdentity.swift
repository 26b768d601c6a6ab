/// Which question this is: computed once, where the question is read, and used by every
/// later stage — duplicate detection, baselines, report fingerprints, completeness
/// comparisons and `--changed-questions` — so that "the same question" means one thing
/// across the tool.
///
/// - `text`: the question's words, normalized (case, spacing, punctuation, markup and the
///   `Q:`/numbering label ignored);
/// - `prompt`: a hash of what is shown with the question (the code of a "What's the
///   output?" item, a quiz's options), when there is any: two quiz items with one title and
///   different code are different questions;
/// - `occurrence`: 1 for the first question of its document with this text and prompt, 2
///   for the second, and so on, so that equal questions are still told apart.
public struct QuestionIdentity: Sendable, Hashable, Codable {
    public var text: String
    public var prompt: UInt64?
    public var occurrence: Int

    public init(text: String, prompt: UInt64? = nil, occurrence: Int = 1) {
        self.text = text
        self.prompt = prompt
        self.occurrence = occurrence
    }

    /// The identity of a question as a reader sees it (its `Q:` label already removed) and
    /// the prompt shown with it; `occurrence` is counted by the document reader.
    public init(question: String, prompt: BlockText, occurrence: Int = 1) {
        let promptWords = TextNormalizer.words(prompt.prose + " " + prompt.code)
        self.init(text: TextNormalizer.words(question),
                  prompt: promptWords.isEmpty ? nil : TextNormalizer.stableHash(promptWords),
                  occurrence: occurrence)
    }

    /// Text and prompt, without the occurrence: what two questions share when one repeats
    /// the other (`duplicate-question`), and what one question unit is across versions of a
    /// file whatever equal questions were added before it.
    public var key: String {
        prompt.map { text + " [prompt " + Self.hex($0) + "]" } ?? text
    }

    /// The identity as one stable string — the key, and `#N` from the second occurrence on —
    /// for baselines, fingerprints and completeness reports. Normalized text holds only
    /// letters, digits and spaces, so the additions cannot be confused with it.
    public var description: String {
        occurrence > 1 ? key + " #\(occurrence)" : key
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Counts equal question keys as a document is read, to number their occurrences.
struct QuestionOccurrences {
    private var seen: [String: Int] = [:]

    /// The identity of the next question, its occurrence counted among those read before.
    mutating func identity(question: String, prompt: BlockText) -> QuestionIdentity {
        var identity = QuestionIdentity(question: question, prompt: prompt)
        let count = (seen[identity.key] ?? 0) + 1
        seen[identity.key] = count
        identity.occurrence = count
        return identity
    }
}
