/// The words the reader uses as a tie-breaker, in many languages, from
/// `Rules/reading/vocabulary.yml` (compiled in by `ci/generate-builtin-rules`). Structure
/// decides first; these words only confirm what structure leaves open.
public enum ReadingVocabulary {
    /// Titles that make what stands under them an FAQ ("FAQ", "常见问题", "Preguntas frecuentes").
    static let faqTitles = set("faq-titles")
    /// Titles of a table of contents.
    static let contentsTitles = set("contents-titles")
    /// Labels of an answer: `A:`, a table's answer column, an answer container's summary.
    static let answerLabels = set("answer-labels")
    /// Summaries of a `<details>` that only folds something away ("Click to expand").
    static let toggleLabels = set("toggle-labels")
    /// Labels of a question: `Q:`, a table's question column.
    static let questionLabels = set("question-labels")
    /// A table's column of problems, answered by solutions.
    static let problemLabels = set("problem-labels")
    /// Headings that organize a document rather than ask.
    static let structuralTitles = set("structural-titles")

    /// The normalized words of every entry of a list (`TextNormalizer.words`).
    private static func set(_ key: String) -> Set<String> {
        Set((lists[key] ?? []).map(TextNormalizer.words).filter { !$0.isEmpty })
    }

    /// True when `text` (any markup, case or punctuation) is one of the FAQ titles, or
    /// starts or ends with one ("Frequently asked questions about X", "Vue 常见问题").
    static func isFAQTitle(_ text: String) -> Bool {
        let words = TextNormalizer.words(text)
        if faqTitles.contains(words) { return true }
        let split = words.split(separator: " ")
        // A title of punctuation alone ("## ?", "# ---") has no words.
        guard !split.isEmpty else { return false }
        for count in 1...min(longestFAQTitle, split.count) {
            if faqTitles.contains(split.prefix(count).joined(separator: " ")) || faqTitles.contains(split.suffix(count).joined(separator: " ")) {
                return true
            }
        }
        // Titles in scripts written without spaces end a longer word ("Vue常见问题").
        guard words.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return false }
        return unspacedFAQTitles.contains { words.hasSuffix($0) || words.hasPrefix($0) }
    }

    private static let longestFAQTitle = faqTitles.map { $0.split(separator: " ").count }.max() ?? 1
    private static let unspacedFAQTitles = faqTitles.filter { $0.unicodeScalars.contains { $0.value >= 0x2E80 } }
}
