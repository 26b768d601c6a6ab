import Foundation

/// What a line of text says as a question, decorations aside: a heading's `{#custom-id}`
/// attribute (Docusaurus, VitePress, Hugo, kramdown), and what writers put after the question
/// mark — a difficulty emoji, a bracketed tag, `(e.g. …)`, a `#tag`.
enum QuestionText {
    /// `text` without a trailing attribute block (`{#id}`, `{#id .class}`, `{.class}`).
    static func withoutAttributes(_ text: String) -> String {
        guard text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) == UInt8(ascii: "}") else { return text }
        let trimmed = text.trimmedWhitespace
        guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else { return trimmed }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard let first = inside.first, first == "#" || first == "." || first == ":",
              !inside.contains("{") else { return trimmed }
        return String(trimmed[..<open]).trimmedWhitespace
    }

    /// True when `text` is a question: a `Q:`-style label (`labelled`), or a question mark
    /// (`?`, `？`) after which stands only decoration.
    static func asksQuestion(_ text: String, labelled: (String) -> Bool) -> Bool {
        if labelled(text) { return true }
        let text = withoutAttributes(text)
        guard let mark = text.lastIndex(where: { $0 == "?" || $0 == "？" }) else { return false }
        return isDecoration(text[text.index(after: mark)...]) && asksInWords(text[..<mark])
    }

    /// A question is asked in words: two or more, a script written without spaces
    /// ("什么是闭包？"), or one capitalized word ("Why?"). A lone identifier with a question
    /// mark is an optional member in an API reference (`isReady?`, `connect()?`, `options?`).
    static func asksInWords(_ text: Substring) -> Bool {
        if text.unicodeScalars.contains(where: { $0.value >= 0x2E80 && $0.properties.isAlphabetic }) { return true }
        if TextNormalizer.wordCount(String(text)) >= 2 { return true }
        let word = text.trimmingCharacters(in: .whitespaces)
        guard let first = word.first, first.isUppercase else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter && !$0.isUppercase }
    }

    /// Nothing a reader would read as words: closing quotes and markup, bracketed groups
    /// (`(e.g. a list)`, `[Easy]`, `【高频】`), `#tags`, emoji and other symbols.
    static func isDecoration(_ tail: Substring) -> Bool {
        var depth = 0
        var inTag = false
        for character in tail {
            switch character {
            case "(", "[", "{", "<", "（", "【", "「", "『", "《":
                depth += 1
                inTag = false
            case ")", "]", "}", ">", "）", "】", "」", "』", "》":
                depth = max(0, depth - 1)
            case "#":
                inTag = depth == 0
            case ".", ",", ";", ":", "。", "，", "；", "：":
                // A question quoted inside a sentence: `Answer "Should you…?".`
                if depth == 0 { return false }
            default:
                if character.isWhitespace {
                    inTag = false
                } else if depth == 0 && !inTag && (character.isLetter || character.isNumber) {
                    return false
                }
            }
        }
        return true
    }
}
