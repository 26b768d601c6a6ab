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
    /// (`?`, `？`, `؟`) after which stands only decoration.
    static func asksQuestion(_ text: String, labelled: (String) -> Bool) -> Bool {
        if labelled(text) { return true }
        let text = withoutAttributes(text)
        guard let mark = lastQuestionMark(text) else { return false }
        return isDecoration(text[text.index(after: mark)...]) && asksInWords(text[..<mark]) && !invitesQuestions(text[..<mark])
            && !quotesAfterLeadIn(text, mark: mark)
    }

    /// True when the question stands in quotes after words of its own ("New FAQ in README:
    /// 'How do I export permissions?'", «Он спросил: "Почему?"»): a question mentioned, not
    /// asked. A speaker's label before it ("Interviewer: \"Why?\"", "Q: …") is one word.
    static func quotesAfterLeadIn(_ text: String, mark: String.Index) -> Bool {
        // (On scalars: most questions end at their mark, and a Character compares slowly.)
        let after = text.unicodeScalars[text.unicodeScalars.index(after: mark)...]
        guard let close = after.first, let open = openingQuotes[close.value],
              let opening = text.unicodeScalars[..<mark].lastIndex(where: { open.contains($0.value) }) else { return false }
        return text[..<opening].split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count >= 2
    }

    /// The quotes that open a quotation, by the quote that closes it (scalar values): ' " ” ’
    /// » « 」 』.
    private static let openingQuotes: [UInt32: Set<UInt32>] = [
        0x27: [0x27], 0x22: [0x22], 0x201D: [0x201C, 0x201E, 0x22], 0x2019: [0x2018, 0x27], 0xBB: [0xAB], 0xAB: [0xBB],
        0x300D: [0x300C], 0x300F: [0x300E],
    ]

    /// True when a title's first question invites questions ("Still have questions? Ask on
    /// Discord.", "📞 Masih Ada Pertanyaan?"): no entry of an FAQ, whatever stands beside it.
    static func isInvitation(_ text: String) -> Bool {
        invitations.value(for: text) {
            guard let mark = text.unicodeScalars.firstIndex(where: isQuestionMark) else { return false }
            return invitesQuestions(text[..<mark])
        }
    }

    private static let invitations = TextMemory<Bool>(longest: TextMemory<Bool>.title)

    /// True when what is asked is whether the reader has questions ("Still have questions?",
    /// "Noch Fragen?", "Остались вопросы?"), found no answer ("Não encontrou sua resposta?",
    /// "Tidak menemukan jawaban?") or needs help ("Need more help?"): an invitation to ask,
    /// not a question answered.
    static func invitesQuestions(_ asked: Substring) -> Bool {
        // Three or four words are short: most questions fail on their length.
        guard asked.utf8.count <= 48, asked.utf8.filter({ $0 == 0x20 }).count <= 4 else { return false }
        let normalized = TextNormalizer.words(String(asked))
        let words = normalized.split(separator: " ")
        guard let last = words.last else { return false }
        // Help offered ("Need more help?", "Hai bisogno di ulteriore assistenza?"), not asked
        // for ("Where can I get help?" opens as a question).
        if ReadingVocabulary.needWords.isHeld(in: normalized), ReadingVocabulary.helpWords.isHeld(in: normalized) {
            return !ReadingVocabulary.opensAsQuestion(String(asked))
        }
        guard words.count <= 5 else { return false }
        if words.count <= 3 && ReadingVocabulary.questionListTitles.contains(String(last)) { return true }
        // (Not where it asks what or how: "질문은 어떻게 하나요?")
        if words.count <= 3, words.contains(where: namesQuestionsInHangul),
           !words.contains(where: { word in ReadingVocabulary.questionOpeners.contains { word.hasPrefix($0) } }) {
            return true
        }
        // An answer named, but not asked for ("What is the answer?" asks); in five words, only
        // as the last ("Still cannot find an answer?").
        let named = words.count <= 4 ? words.contains { $0.count > 1 && ReadingVocabulary.answerLabels.contains(String($0)) }
            : ReadingVocabulary.answerLabels.contains(String(last))
        return named && !ReadingVocabulary.opensAsQuestion(String(asked))
    }

    /// True when a text holds a blank to fill in: four or more underscores in a row
    /// ("项目后端的工作目录是 `________`", "The capital of France is ____."), a cloze question.
    static func hasBlank(_ text: String) -> Bool {
        // A title, not a page: the blank of a long text is no question's (and this runs on
        // every title without a question mark).
        let utf8 = text.utf8
        guard utf8.count <= longestTitle else { return false }
        return utf8.withContiguousStorageIfAvailable(hasBlank) ?? hasBlank(Array(utf8))
    }

    private static func hasBlank<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var run = 0
        for byte in bytes {
            if byte == 0x5F {
                run += 1
                if run >= 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// True when a Korean word is a question-list title with its particle ("질문이" in "아직
    /// 질문이 있으신가요?"): Korean writes the particle onto the noun.
    private static func namesQuestionsInHangul(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, ReadingVocabulary.isHangul(first) else { return false }
        return hangulQuestionTitles.contains { word.hasPrefix($0) && word.count <= $0.count + 1 }
    }

    private static let hangulQuestionTitles = ReadingVocabulary.questionListTitles.filter {
        $0.unicodeScalars.first.map(ReadingVocabulary.isHangul) ?? false
    }

    /// True when a title opens with a question and goes on with a short instruction or a
    /// second question ("What are semantic elements? Give examples.", "Что такое
    /// HTTP-методы? Перечислите все…"): a question mark that ends a sentence asked in words,
    /// followed by at most two more sentences. For headings and list items, which are
    /// titles; a paragraph that says "Did you know? …" is prose.
    static func opensWithQuestion(_ text: String) -> Bool {
        guard text.utf8.count <= longestTitle, lastQuestionMark(text) != nil else { return false }
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() where isQuestionMark(scalar) {
            let next = position + 1 < scalars.count ? scalars[position + 1] : nil
            guard scalar == "？" || next == nil || next!.properties.isWhitespace else { continue }
            let before = String(String.UnicodeScalarView(scalars[..<position]))
            guard asksInWords(Substring(before)), !invitesQuestions(Substring(before)) else { return false }
            let rest = scalars[(position + 1)...]
            var sentences = 0
            var inWords = false
            for (offset, character) in rest.enumerated() {
                if ".!?。！？؟".unicodeScalars.contains(character) {
                    let after = rest.index(rest.startIndex, offsetBy: offset + 1)
                    if inWords && (after == rest.endIndex || rest[after].properties.isWhitespace || character.value > 0x2E80) {
                        sentences += 1
                        inWords = false
                    }
                } else if character.properties.isAlphabetic {
                    inWords = true
                }
            }
            if inWords { sentences += 1 }
            return sentences <= 2
        }
        return false
    }

    /// True when `text` is a scene of one or two sentences and then a sentence that sets a
    /// task or asks ("You need to clean up a branch before sharing it. Describe how you'd use
    /// `git rebase -i`."): the last of at most three sentences opens as a question.
    static func setsTaskAfterScene(_ text: String) -> Bool {
        guard text.utf8.count <= longestTitle else { return false }
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".!?".contains(text[index]), next == text.endIndex || text[next].isWhitespace {
                sentences.append(text[start..<next])
                start = next
            }
            index = next
        }
        if !text[start...].trimmedWhitespace.isEmpty { sentences.append(text[start...]) }
        guard (2...3).contains(sentences.count), let last = sentences.last else { return false }
        return ReadingVocabulary.opensAsQuestion(last.trimmedWhitespace)
    }

    /// True when a question mark ends a sentence asked in words somewhere in `text`
    /// ("能实时显示吗？这样就能…", "Why? It depends"): a `？`, or a `?` before a space or the end
    /// with words before it — not the `?` of an optional member (`resource?: string`).
    static func asksInside(_ text: String) -> Bool {
        guard lastQuestionMark(text) != nil else { return false }
        if text.contains("？") { return true }
        var position = text.startIndex
        while let mark = text[position...].firstIndex(where: { $0 == "?" || $0 == "؟" }) {
            let next = text.index(after: mark)
            if (next == text.endIndex || text[next].isWhitespace) && asksInWords(text[..<mark]) { return true }
            position = next
        }
        return false
    }

    /// The longest title read by `opensWithQuestion`, in bytes.
    static let longestTitle = 300

    /// True for a question mark: `?`, the full-width `？`, the Arabic `؟`.
    static func isQuestionMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "?" || scalar == "？" || scalar == "؟"
    }

    /// The last `?`, `？` or Arabic `؟`, found on the UTF-8 bytes (this runs on the first line
    /// of every paragraph, and walking long ones character by character showed in profiles).
    static func lastQuestionMark(_ text: String) -> String.Index? {
        let utf8 = text.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            index = utf8.index(before: index)
            let byte = utf8[index]
            if byte == UInt8(ascii: "?") { return index }
            // "？" is EF BC 9F.
            if byte == 0x9F, index > utf8.startIndex {
                let before = utf8.index(before: index)
                if index >= utf8.index(utf8.startIndex, offsetBy: 2), utf8[before] == 0xBC, utf8[utf8.index(before: before)] == 0xEF {
                    return utf8.index(before: before)
                }
                // "؟" (Arabic, Persian, Urdu) is D8 9F.
                if utf8[before] == 0xD8 { return before }
            }
        }
        return nil
    }

    /// A question is asked in words: two or more, a script written without spaces
    /// ("什么是闭包？"), or one capitalized word ("Why?"). A lone identifier with a question
    /// mark is an optional member in an API reference (`isReady?`, `connect()?`, `options?`).
    static func asksInWords(_ text: Substring) -> Bool {
        // One pass that stops at the second word.
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x2E80 && scalar.properties.isAlphabetic { return true }
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord && !inWord {
                words += 1
                if words >= 2 { return true }
            }
            inWord = isWord
        }
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
