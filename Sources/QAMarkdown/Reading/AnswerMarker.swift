/// The `A:` label that some documents put before each answer: `A:`, `**A:**`, `*A*:`,
/// `Answer:`, `**Answer:**`, `**Réponse : 2**`, `答：` — the labels of every language in
/// `Rules/reading/vocabulary.yml`.
public enum AnswerMarker {
    private static var labels: Set<String> { ReadingVocabulary.answerLabels }

    /// Removes a numbered label (`A1:`, `**A12:**`), the answer side of `Q1:` paragraphs.
    static func stripNumbered(_ inlines: [MarkdownInline]) -> [MarkdownInline]? {
        guard let first = inlines.first else { return nil }
        func numbered(_ text: Substring) -> Substring? {
            guard text.first == "A" || text.first == "a" else { return nil }
            let digits = text.dropFirst().prefix(while: \.isNumber)
            guard !digits.isEmpty else { return nil }
            let rest = text.dropFirst(1 + digits.count)
            guard rest.first == ":" || rest.first == "." else { return nil }
            return rest.dropFirst()
        }
        switch first {
        case .text(let text):
            guard let rest = numbered(Substring(text.drop(while: \.isWhitespace))) else { return nil }
            return [.text(String(rest))] + inlines.dropFirst()
        case .strong(let children), .emphasis(let children):
            guard numbered(Substring(InlineText.plain(children)))?.allSatisfy(\.isWhitespace) == true else { return nil }
            return Array(inlines.dropFirst())
        default:
            return nil
        }
    }

    /// Removes a leading answer label from a paragraph's inlines. Returns nil when the
    /// paragraph does not start with one.
    static func strip(_ inlines: [MarkdownInline]) -> [MarkdownInline]? {
        guard let first = inlines.first else { return nil }
        switch first {
        case .strong(let children), .emphasis(let children):
            let label = InlineText.plain(children)
            if let name = label.dropLastColon, namesAnswer(TextNormalizer.words(withoutBrackets(name))) {
                return Array(inlines.dropFirst())
            }
            // `**Réponse : 2**`, `**Answer: B**`: the label and a short answer in bold.
            if let colon = label.prefix(16).firstIndex(where: { $0 == ":" || $0 == "：" }),
               labels.contains(TextNormalizer.words(String(label[..<colon]))),
               !label[label.index(after: colon)...].allSatisfy(\.isWhitespace) {
                return [.text(String(label[label.index(after: colon)...]))] + inlines.dropFirst()
            }
            // `**A**: text`
            if namesAnswer(TextNormalizer.words(label)), case .text(let next)? = inlines.dropFirst().first,
               let rest = dropColon(next) {
                return [.text(rest)] + inlines.dropFirst(2)
            }
            return nil
        case .text(let text):
            // A label is a short word: look at the first few characters only, and only where
            // the first letter can start one (most paragraphs settle there).
            let trimmed = text.drop(while: \.isWhitespace)
            guard let initial = trimmed.unicodeScalars.first.map({ Character($0).lowercased() }), labelInitials.contains(initial) else { return nil }
            guard let colon = trimmed.prefix(24).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let label = String(trimmed[..<colon])
            let bare = withoutBrackets(label)
            guard labels.contains(TextNormalizer.words(bare)) else { return nil }
            let rest = trimmed[trimmed.index(after: colon)...]
            // "A:foo" is not a label; "答：……" needs no space, nor does a label with who
            // answered in brackets ("Answer(BP):DATA and PROC…").
            guard QuestionPrefix.separatesLabel(trimmed[colon], from: rest) || bare != label.trimmedWhitespace else { return nil }
            return [.text(String(rest))] + inlines.dropFirst()
        default:
            return nil
        }
    }

    /// Whether `word` ("A", "Answer", "答") is an answer label of some language, as the
    /// words of a label compare.
    public static func isLabel(_ word: String) -> Bool {
        labels.contains(TextNormalizer.words(withoutBrackets(word)))
    }

    /// True when a bold label's words are an answer label, or one qualified by a word before
    /// it ("Expected Answer", "Sample Answer", "Possible Solutions", "Mi respuesta"); the
    /// qualified label is a word, not a letter ("Plan A" is no label), and a longer phrase
    /// only names where an answer goes ("Espaço para resposta").
    private static func namesAnswer(_ words: String) -> Bool {
        if labels.contains(words) { return true }
        let parts = words.split(separator: " ")
        guard parts.count == 2, let last = parts.last, last.count >= 3 else { return false }
        return labels.contains(String(last))
    }

    /// The first letters of the answer labels, lower-cased.
    private static let labelInitials = Set(ReadingVocabulary.answerLabels.compactMap { $0.first.map { String($0).lowercased() } })

    /// "Answer (SK)" → "Answer": who answered, in brackets after the label.
    private static func withoutBrackets(_ label: String) -> String {
        let trimmed = label.trimmedWhitespace
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return trimmed }
        return String(trimmed[..<open])
    }

    private static func dropColon(_ text: String) -> String? {
        guard text.first == ":" || text.first == "：" else { return nil }
        return String(text.dropFirst())
    }
}

extension String {
    /// "A:" → "A"; nil when the string does not end with a colon.
    fileprivate var dropLastColon: String? {
        let trimmed = trimmedWhitespace
        guard trimmed.last == ":" || trimmed.last == "：" else { return nil }
        return trimmed.dropLast().trimmedWhitespace
    }
}
