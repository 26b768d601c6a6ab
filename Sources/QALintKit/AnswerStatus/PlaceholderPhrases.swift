import QAMarkdown

/// The phrase lists that mark an answer as a placeholder (`Rules/placeholders.yml`), and
/// how an answer's prose is matched against them.
public struct PlaceholderPhrases: Sendable {
    /// Phrases that make a placeholder when they are the whole answer.
    public var wholeAnswer: [String]
    /// Phrases that make a placeholder when a short answer starts with them.
    public var leading: [String]
    /// Phrases that make a placeholder wherever they stand.
    public var anywhere: [String]
    public var leadingMaxWords: Int

    /// The keys of a `kind: phrase-list` pack file.
    static let keys = ["whole-answer", "leading", "anywhere", "leading-max-words"]

    /// The lists of every `phrase-list` file packs supply (the built-in
    /// `Rules/core/placeholder-phrases.yml` first), joined.
    init(packData: [PackData]) throws {
        var whole: [String] = [], leading: [String] = [], anywhere: [String] = []
        var maxWords = 12
        for item in packData {
            let reader = ConfigReader(file: item.file)
            for entry in item.entries {
                switch entry.key {
                case "whole-answer": whole += try reader.strings(entry.value, what: "'whole-answer'")
                case "leading": leading += try reader.strings(entry.value, what: "'leading'")
                case "anywhere": anywhere += try reader.strings(entry.value, what: "'anywhere'")
                case "leading-max-words": maxWords = try reader.integer(entry.value, what: "'leading-max-words'", minimum: 1)
                default: break  // kind, for
                }
            }
        }
        self.init(wholeAnswer: whole, leading: leading, anywhere: anywhere, leadingMaxWords: maxWords)
    }

    public init(wholeAnswer: [String], leading: [String], anywhere: [String], leadingMaxWords: Int) {
        self.wholeAnswer = wholeAnswer
        self.leading = leading
        self.anywhere = anywhere
        self.leadingMaxWords = leadingMaxWords
        wholeByWords = Dictionary(wholeAnswer.map { (Self.matchForm($0), $0) }, uniquingKeysWith: { first, _ in first })
        leadingByWords = leading.map { (TextNormalizer.words($0), $0) }.filter { !$0.0.isEmpty }
        anywhereCompact = anywhere.map { (Needle(TextNormalizer.compact($0)), $0) }.filter { !$0.0.bytes.isEmpty }
    }

    private var wholeByWords: [String: String]
    private var leadingByWords: [(String, String)]
    private var anywhereCompact: [(Needle, String)]

    /// A phrase to search for in UTF-8 bytes, and whether it must stand as whole words.
    struct Needle: Sendable {
        var bytes: [UInt8]
        var startsWord: Bool
        var endsWord: Bool

        init(_ text: String) {
            bytes = Array(text.utf8)
            startsWord = text.unicodeScalars.first.map(TextNormalizer.isWordScalar) ?? false
            endsWord = text.unicodeScalars.last.map(TextNormalizer.isWordScalar) ?? false
        }
    }

    /// How an answer matched, for the message.
    public enum Match: Sendable, Hashable, Codable {
        case whole(String)
        case leading(String)
        case anywhere(String)

        public var description: String {
            switch self {
            case .whole(let phrase): "it is only \"\(phrase)\""
            case .leading(let phrase): "it starts with \"\(phrase)\" and says little else"
            case .anywhere(let phrase): "it contains \"\(phrase)\""
            }
        }
    }

    /// The normalized forms of an answer's prose that matching needs, computed once.
    public struct Forms: Sendable {
        public var words: String
        public var wordCount: Int
        public var compact: String
        /// True when the answer has no code and no media: prose is all there is.
        public var onlyProse: Bool

        public init(_ answer: BlockText) {
            words = TextNormalizer.words(answer.prose)
            wordCount = words.isEmpty ? 0 : words.utf8.lazy.filter { $0 == 0x20 }.count + 1
            compact = TextNormalizer.compact(answer.prose)
            onlyProse = !answer.hasMedia && answer.code.allSatisfy(\.isWhitespace)
        }
    }

    /// The first phrase `answer` matches, if any.
    public func match(_ answer: BlockText) -> Match? {
        match(Forms(answer))
    }

    /// The first phrase the answer matches, if any. Code and media are content, so an
    /// answer that has them is never a whole-answer or leading match.
    public func match(_ forms: Forms) -> Match? {
        guard !forms.compact.isEmpty else { return nil }
        if forms.onlyProse {
            if let phrase = wholeByWords[forms.words.isEmpty ? forms.compact : forms.words] { return .whole(phrase) }
            if forms.wordCount <= leadingMaxWords,
               let (_, phrase) = leadingByWords.first(where: { forms.words == $0.0 || forms.words.hasPrefix($0.0 + " ") }) {
                return .leading(phrase)
            }
        }
        let text = Array(forms.compact.utf8)
        for (needle, phrase) in anywhereCompact where Self.contains(text, wholeWord: needle) {
            return .anywhere(phrase)
        }
        return nil
    }

    /// Words when the text has any, otherwise its compact form ("…", "?").
    private static func matchForm(_ text: String) -> String {
        let words = TextNormalizer.words(text)
        return words.isEmpty ? TextNormalizer.compact(text) : words
    }

    /// True when `needle` occurs in `haystack` not inside a longer word. Searches UTF-8
    /// bytes: both sides are already lower-cased and folded.
    static func contains(_ text: [UInt8], wholeWord needle: Needle) -> Bool {
        let pattern = needle.bytes, startsWord = needle.startsWord, endsWord = needle.endsWord
        guard let first = pattern.first, pattern.count <= text.count else { return false }
        var index = 0
        while index <= text.count - pattern.count {
            if text[index] == first && text[index..<index + pattern.count].elementsEqual(pattern) {
                let clearBefore = !startsWord || index == 0 || !isWordByte(text, before: index)
                let clearAfter = !endsWord || index + pattern.count == text.count || !isWordByte(text, at: index + pattern.count)
                if clearBefore && clearAfter { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether the character ending just before `index` is a word character.
    private static func isWordByte(_ text: [UInt8], before index: Int) -> Bool {
        var start = index - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordByte(text, at: start)
    }

    /// Whether the character starting at `index` is a word character.
    private static func isWordByte(_ text: [UInt8], at index: Int) -> Bool {
        var end = index + 1
        while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: text[index..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return TextNormalizer.isWordScalar(scalar)
    }
}
