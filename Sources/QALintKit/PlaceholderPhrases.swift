import Foundation
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

    /// The built-in lists, compiled in from `Rules/placeholders.yml`.
    public static func builtin() throws -> PlaceholderPhrases {
        let file = "Rules/placeholders.yml"
        let reader = ConfigReader(file: file)
        let entries = try reader.mapping(try ConfigValue.parse(BuiltinRulePacks.files["placeholders.yml"] ?? "", file: file), what: "the phrase list")
        try reader.checkKeys(entries, known: ["whole-answer", "leading", "anywhere", "leading-max-words"], what: "key")
        func list(_ key: String) throws -> [String] {
            try entries.first { $0.key == key }.map { try reader.strings($0.value, what: key) } ?? []
        }
        let maxWords = try entries.first { $0.key == "leading-max-words" }.map { try reader.integer($0.value, what: "leading-max-words", minimum: 1) } ?? 12
        return PlaceholderPhrases(wholeAnswer: try list("whole-answer"), leading: try list("leading"),
                                  anywhere: try list("anywhere"), leadingMaxWords: maxWords)
    }

    public init(wholeAnswer: [String], leading: [String], anywhere: [String], leadingMaxWords: Int) {
        self.wholeAnswer = wholeAnswer
        self.leading = leading
        self.anywhere = anywhere
        self.leadingMaxWords = leadingMaxWords
        wholeByWords = Dictionary(wholeAnswer.map { (Self.matchForm($0), $0) }, uniquingKeysWith: { first, _ in first })
        leadingByWords = leading.map { (TextNormalizer.words($0), $0) }.filter { !$0.0.isEmpty }
        anywhereCompact = anywhere.map { (TextNormalizer.compact($0), $0) }.filter { !$0.0.isEmpty }
    }

    private var wholeByWords: [String: String]
    private var leadingByWords: [(String, String)]
    private var anywhereCompact: [(String, String)]

    /// How an answer matched, for the message.
    public enum Match: Sendable, Hashable {
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

    /// The first phrase `answer` matches, if any. Code and media are content, so an answer
    /// that has them is never a whole-answer or leading match.
    public func match(_ answer: BlockText) -> Match? {
        let prose = TextNormalizer.compact(answer.prose)
        guard !prose.isEmpty else { return nil }
        let onlyProse = !answer.hasMedia && answer.code.allSatisfy(\.isWhitespace)
        if onlyProse {
            if let phrase = wholeByWords[Self.matchForm(answer.prose)] { return .whole(phrase) }
            let words = TextNormalizer.words(answer.prose)
            if TextNormalizer.wordCount(answer.prose) <= leadingMaxWords,
               let (_, phrase) = leadingByWords.first(where: { words == $0.0 || words.hasPrefix($0.0 + " ") }) {
                return .leading(phrase)
            }
        }
        for (needle, phrase) in anywhereCompact where Self.contains(prose, wholeWord: needle) {
            return .anywhere(phrase)
        }
        return nil
    }

    /// Words when the text has any, otherwise its compact form ("…", "?").
    private static func matchForm(_ text: String) -> String {
        let words = TextNormalizer.words(text)
        return words.isEmpty ? TextNormalizer.compact(text) : words
    }

    /// True when `needle` occurs in `haystack` not inside a longer word.
    static func contains(_ haystack: String, wholeWord needle: String) -> Bool {
        var searchRange = haystack.startIndex..<haystack.endIndex
        while let found = haystack.range(of: needle, range: searchRange) {
            let before = found.lowerBound == haystack.startIndex ? nil : haystack[haystack.index(before: found.lowerBound)]
            let after = found.upperBound == haystack.endIndex ? nil : haystack[found.upperBound]
            let startsWord = needle.first.map(isWordCharacter) ?? false
            let endsWord = needle.last.map(isWordCharacter) ?? false
            let clearBefore = !startsWord || before.map { !isWordCharacter($0) } ?? true
            let clearAfter = !endsWord || after.map { !isWordCharacter($0) } ?? true
            if clearBefore && clearAfter { return true }
            searchRange = haystack.index(after: found.lowerBound)..<haystack.endIndex
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
