/// The words the reader uses as a tie-breaker, in many languages, from
/// `Rules/reading/vocabulary.yml` (compiled in by `ci/generate-builtin-rules`). Structure
/// decides first; these words only confirm what structure leaves open.
public enum ReadingVocabulary {
    /// Titles that make what stands under them an FAQ ("FAQ", "常见问题", "Preguntas frecuentes").
    /// A title of three words joined by a short one ("fragen und antworten") is also written
    /// with a sign for it, which normalizing drops ("Fragen & Antworten", "Questions/Answers").
    static let faqTitles = set("faq-titles").reduce(into: Set<String>()) { titles, title in
        titles.insert(title)
        let words = title.split(separator: " ")
        if words.count == 3, words[1].count <= 3 { titles.insert("\(words[0]) \(words[2])") }
    }
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
    /// Labels of a problem's cause, and of the other parts of a troubleshooting entry after
    /// its problem: its effect and its fix.
    static let causeLabels = set("cause-labels")
    static let fixLabels = set("fix-labels")
    /// Headings that organize a document rather than ask.
    /// Titles of an FAQ's sections of tips (`tips-titles`).
    static let tipsTitles = set("tips-titles")
    static let referenceTitles = set("reference-titles")
    static let structuralTitles = set("structural-titles").union(tipsTitles).union(referenceTitles)
    /// Words that open a question written without a question mark.
    static let questionOpeners = set("question-openers")
    /// Imperatives that set a task ("Explain", "Расскажите"), matched at the start.
    static let taskOpeners = set("task-openers")
    /// Endings of a question written without a question mark (languages that ask at the end).
    static let questionEndings = set("question-endings")
    /// Front-matter keys of a lesson page ("objectives", "keypoints", "teaching").
    static let lessonKeys = set("lesson-keys")

    /// True when a page's front matter declares it a lesson: two or more of its keys are a
    /// lesson's (`lesson-keys`).
    static func declaresLesson(frontMatterKeys keys: Set<String>) -> Bool {
        keys.intersection(lessonKeys).count >= 2
    }

    /// True when `text` (numbering and markup aside) opens with a question word or ends with
    /// a question ending: "Что такое mocking", "What is the difference between X and Y",
    /// "闭包是什么". Languages that ask in place ("类构造方法命名有什么要求", "TDD 가 무엇인지")
    /// may hold the question word anywhere: in Chinese and Japanese anywhere in the text, in
    /// Korean at the start of a word — in a text of one sentence. A task ("Explain closures.")
    /// may end with a full stop; a question word before one opens a clause ("When you need a
    /// repeatable run.").
    static func opensAsQuestion(_ text: String) -> Bool {
        openings.value(for: text) { readOpening(text) }
    }

    /// What titles say of themselves, remembered by title (see `TextMemory`).
    private static let openings = TextMemory<Bool>(longest: TextMemory<Bool>.title)
    private static let faqTitleReadings = TextMemory<Bool>(longest: TextMemory<Bool>.title)

    private static func readOpening(_ text: String) -> Bool {
        // A title is a line, not a page: a first line of a thousand bytes is prose.
        guard text.utf8.count <= longestWordedTitle else { return false }
        let stripped = withoutLeadingTag(QuestionPrefix.strip(text))
        let words = Array(TextNormalizer.words(stripped).utf8)
        guard !words.isEmpty else { return false }
        // The ending before a closing aside: "분류합니다(어느 도구인지)." ends in 분류합니다.
        let ending = withoutClosingAside(stripped).map { Array(TextNormalizer.words($0).utf8) } ?? words
        if endingBytes.contains(where: { ending.count >= $0.count && ending.suffix($0.count).elementsEqual($0) }) { return true }
        if opens(words, with: taskOpeners, unspaced: unspacedTaskOpeners) { return true }
        let last = stripped.unicodeScalars.last { !$0.properties.isWhitespace }
        if last == "." || last == "。" || last == "．" { return false }
        // In place only in one sentence: "受控演进是稀缺的。…决定什么该存在" says what, not asks.
        if words.contains(where: { $0 >= 0xE2 }), !stripped.unicodeScalars.contains("。") {
            if inPlaceOpeners.contains(where: { contains(words, $0) }) { return true }
            // A one-syllable word is whole ("왜 편입했는지", not "왜곡"); a longer one may take
            // an ending ("무엇인지").
            if wordStartOpeners.contains(where: { opener in
                words.indices.contains { start in
                    guard start == 0 || words[start - 1] == 0x20, words[start...].starts(with: opener) else { return false }
                    let end = start + opener.count
                    return opener.count > 3 || end == words.count || words[end] == 0x20
                }
            }) { return true }
        }
        return opens(words, with: questionOpeners, unspaced: [])
    }

    /// The longest text (in bytes) read as a title that opens as a question.
    static let longestWordedTitle = 1_000

    /// `text` without a short bracketed tag that opens it ("(L2 [S]) Спроектировать чат",
    /// "[Easy] Explain closures").
    private static func withoutLeadingTag(_ text: String) -> String {
        guard let open = text.first, open == "(" || open == "[" || open == "【" else { return text }
        let close: Character = open == "(" ? ")" : open == "[" ? "]" : "】"
        var depth = 0
        for (offset, character) in text.prefix(24).enumerated() {
            if character == open { depth += 1 } else if character == close { depth -= 1 }
            if depth == 0 {
                let rest = text.dropFirst(offset + 1)
                guard rest.first == " " else { return text }
                return String(rest.drop(while: { $0 == " " }))
            }
        }
        return text
    }

    /// True when the first one, two, … words (up to the longest entry) are one of `openers`,
    /// or the text starts with one of `unspaced`.
    private static func opens(_ words: [UInt8], with openers: Set<String>, unspaced: [[UInt8]]) -> Bool {
        if unspaced.contains(where: { words.starts(with: $0) }) { return true }
        var spaces = 0
        for index in words.indices where words[index] == 0x20 || index == words.count - 1 {
            let end = words[index] == 0x20 ? index : index + 1
            if openers.contains(String(decoding: words[..<end], as: UTF8.self)) { return true }
            spaces += 1
            if spaces >= longestOpener { break }
        }
        return false
    }

    /// `text` without the bracketed aside that ends it ("… (ex. 하와이에서 사는 삶)"), or nil
    /// when it does not end with one.
    private static func withoutClosingAside(_ text: String) -> String? {
        // ")" is 29, "）" ends in 89: most texts fail on their last bytes.
        guard let last = text.utf8.last(where: { $0 != 0x20 && $0 != 0x2E && $0 != 0x82 && $0 != 0x80 && $0 != 0xE3 }),
              last == 0x29 || last == 0x89 else { return nil }
        let trimmed = text.trimmedWhitespace.unicodeScalars.reversed().drop { $0 == "." || $0 == "。" }
        guard let close = trimmed.first, close == ")" || close == "）" else { return nil }
        var depth = 0
        for (offset, scalar) in trimmed.enumerated() {
            if scalar == ")" || scalar == "）" { depth += 1 }
            if scalar == "(" || scalar == "（" {
                depth -= 1
                if depth == 0 {
                    let kept = trimmed.dropFirst(offset + 1).reversed()
                    return String(String.UnicodeScalarView(kept))
                }
            }
        }
        return nil
    }

    private static let longestOpener = questionOpeners.union(taskOpeners).map { $0.split(separator: " ").count }.max() ?? 1
    /// Han and kana question words, matched anywhere; Hangul ones, at the start of a word.
    private static let inPlaceOpeners = questionOpeners.filter { $0.unicodeScalars.contains { (0x2E80..<0xA000).contains($0.value) } }.map { Array($0.utf8) }
    private static let unspacedTaskOpeners = taskOpeners.filter { $0.unicodeScalars.contains { $0.value >= 0x2E80 } }.map { Array($0.utf8) }
    private static let wordStartOpeners = questionOpeners.filter { $0.unicodeScalars.contains { $0.value >= 0xAC00 } }.map { Array($0.utf8) }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first && bytes[start...].starts(with: needle) { return true }
        return false
    }
    private static let endingBytes = questionEndings.map { Array($0.utf8) }

    /// The normalized words of every entry of a list (`TextNormalizer.words`).
    private static func set(_ key: String) -> Set<String> {
        Set((lists[key] ?? []).map(TextNormalizer.words).filter { !$0.isEmpty })
    }

    /// Last words of a heading that titles its list as questions (`question-list-titles`).
    static let questionListTitles = set("question-list-titles")
    /// Words for help and for needing (`help-words`, `need-words`): a short question that
    /// names both offers help.
    static let helpWords = WordList(set("help-words"))
    static let needWords = WordList(set("need-words"))

    /// Words looked for in a text: whole words, or in a script written without spaces, part
    /// of one ("需要帮助").
    struct WordList {
        let words: Set<String>
        private let unspaced: [[UInt8]]

        init(_ words: Set<String>) {
            self.words = words
            unspaced = words.filter { $0.unicodeScalars.first!.value >= 0x2E80 }.map { Array($0.utf8) }
        }

        /// True when normalized `text` holds one of the words.
        func isHeld(in text: String) -> Bool {
            if text.utf8.contains(where: { $0 >= 0xE2 }), unspaced.contains(where: { UTF8Search.contains(text, $0) }) { return true }
            return text.split(separator: " ").contains { words.contains(String($0)) }
        }
    }

    /// True when a heading's text ends with a word that titles a list of questions
    /// ("Scenario-Based Questions", "일반 질문", "常见面试题").
    static func titlesQuestionList(_ text: String) -> Bool {
        endsWithOne(of: questionListTitles, TextNormalizer.words(text))
    }

    /// True when a title's first or last word names questions (`question-list-titles`:
    /// "Fragen, die du stellen solltest", "Scenario-Based Questions").
    static func namesQuestions(_ title: String) -> Bool {
        namesOne(of: questionListTitles, title)
    }

    /// True when `words` (normalized) end with one of `endings`: a whole last word or words,
    /// or, in scripts written without spaces, the end of the last one ("主程序使用问题").
    /// (Each ending the text could have is looked up, not each word of the list tried: a
    /// heading is asked this often.)
    private static func endsWithOne(of endings: Set<String>, _ words: String) -> Bool {
        if endings.contains(words) { return true }
        let scalars = words.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " " {
                if next < scalars.endIndex, endings.contains(String(scalars[next...])) { return true }
            } else if scalar.value >= 0x2E80, index > scalars.startIndex, endings.contains(String(scalars[index...])) {
                return true
            }
            index = next
        }
        return false
    }

    /// `words` without the number that ends them: "sorun 1" → "sorun", "回答3" → "回答".
    static func withoutTrailingNumber(_ words: String) -> String {
        String(words.reversed().drop { $0.isNumber || $0 == " " }.reversed())
    }

    /// True when `text` is a title that organizes a document ("Table of contents", "References").
    static func isOrganizingTitle(_ text: String) -> Bool {
        let words = TextNormalizer.words(text)
        return contentsTitles.contains(words) || structuralTitles.contains(words)
    }

    /// True when `text` titles what a page points to elsewhere ("References", "Referencias",
    /// "Further reading").
    static func titlesReferences(_ text: String) -> Bool {
        referenceTitles.contains(TextNormalizer.words(text))
    }

    /// True when `text` opens with a problem label, perhaps numbered, and a colon ("Ошибка:
    /// Команда запускается…", "Sorun 1: Sayfa Açılmıyor"), emoji aside.
    static func opensWithProblemLabel(_ text: String) -> Bool {
        // A text that opens with an ASCII letter no label opens with is none (most are not):
        // settled from its first byte.
        if let first = text.utf8.first, first < 0x80, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A,
           problemASCIIInitials & (1 << UInt32((first | 0x20) - 0x61)) == 0 { return false }
        // The label and its colon stand in the first bytes: most texts have none there.
        guard text.utf8.prefix(40).contains(where: { $0 == 0x3A || $0 == 0xBC }) else { return false }
        let start = text.unicodeScalars.drop { !$0.properties.isAlphabetic }
        // "Q12: What…" has a colon there too; its first letter settles it.
        guard let initial = start.first, problemInitials.contains(initial.value) else { return false }
        guard let colon = start.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = String(String.UnicodeScalarView(start[..<colon]))
        // A number may follow the label: "Sorun 1:", "Problem 3:".
        return label.utf8.count <= 24 && problemLabels.contains(withoutTrailingNumber(TextNormalizer.words(label)))
    }

    /// The ASCII first letters of the problem labels, lowercased, as bits from "a".
    private static let problemASCIIInitials: UInt32 = problemInitials.reduce(0) { mask, value in
        value >= 0x61 && value <= 0x7A ? mask | (1 << (value - 0x61)) : mask
    }

    /// The first letters of the problem labels, in both cases, as scalar values.
    private static let problemInitials = Set(problemLabels.compactMap(\.first).flatMap { initial in
        (String(initial).lowercased() + String(initial).uppercased()).unicodeScalars.map(\.value)
    })

    /// True when a title is only the label of a problem's cause ("Possible cause", "可能原因",
    /// "🔍 Nguyên nhân"; `cause-labels`), a colon aside.
    static func labelsACause(_ text: String) -> Bool {
        text.utf8.count <= longestPartLabel && causeLabels.contains(TextNormalizer.words(text))
    }

    /// True when a title is only the label of a part of a troubleshooting entry: its problem,
    /// cause, effect or fix ("#### Issue", "### 原因", "#### Solution").
    static func labelsEntryPart(_ text: String) -> Bool {
        text.utf8.count <= longestPartLabel && part(TextNormalizer.words(text)) != nil
    }

    /// The part of a troubleshooting entry a line labels, alone or before a colon ("问题原因",
    /// "**Solution:** restart it", "Possible causes:"): its problem or cause, or its fix.
    enum EntryPart { case problemOrCause, fix }

    static func entryPart(labelledBy line: String) -> EntryPart? {
        // The label ends at a colon in its first bytes ("：" is EF BC 9A), or is the line.
        let head = line.utf8.prefix(longestPartLabel + 1)
        let end = head.indices.first { head[$0] == 0x3A || head[$0...].starts(with: [0xEF, 0xBC, 0x9A]) } ?? line.utf8.endIndex
        guard line.utf8.distance(from: line.utf8.startIndex, to: end) <= longestPartLabel,
              let label = String(line.utf8[..<end]) else { return nil }
        return part(TextNormalizer.words(label))
    }

    /// The part a label's words name (`problem-labels`, `cause-labels`, `fix-labels`).
    private static func part(_ words: String) -> EntryPart? {
        if fixLabels.contains(words) { return .fix }
        return problemLabels.contains(words) || causeLabels.contains(words) ? .problemOrCause : nil
    }

    /// The longest title, in UTF-8 bytes, that may be only a part label (markup and signs
    /// around it included).
    private static let longestPartLabel = 48

    /// Endings of a page title that make the page one of problems (`problem-title-endings`).
    static let problemTitleEndings = set("problem-title-endings")

    /// True when a page's title makes it an FAQ: an FAQ title, or one that ends with a problem
    /// word ("主程序使用问题", "Windowsの起動問題").
    static func titlesFAQPage(_ title: String) -> Bool {
        isFAQTitle(title) || namesProblem(title)
    }

    /// True when a title ends with a problem word ("ip 地址获取错误的问题", "Building Issues"), or
    /// of two or more words starts with one ("Problemas de instalación", "Ошибки сборки").
    static func namesProblem(_ title: String) -> Bool {
        namesOne(of: problemTitleEndings, title)
    }

    /// True when a section's title names one problem or several ("CMake Error", "Base-URL
    /// Problems"): a problem word of a page title or a problem label, first or last.
    static func namesAProblem(_ title: String) -> Bool {
        namesOne(of: problemWords, title)
    }

    private static let problemWords = problemTitleEndings.union(problemLabels)

    /// True when a title ends with one of `words` (`endsWithOne`), or, of two words or more,
    /// starts with one: languages name the thing first or last.
    private static func namesOne(of words: Set<String>, _ title: String) -> Bool {
        let normalized = TextNormalizer.words(title)
        if endsWithOne(of: words, normalized) { return true }
        guard let space = normalized.firstIndex(of: " ") else { return false }
        return words.contains(String(normalized[..<space]))
    }

    /// True when a document's opening sentence introduces it as an FAQ ("Here we list common
    /// problems and possible solutions:"): it names an FAQ title of two or more words and ends
    /// with a colon, introducing what follows.
    static func introducesFAQ(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmedWhitespace
        guard trimmed.endsWithColon, trimmed.utf8.count <= 200 else { return false }
        let words = " " + TextNormalizer.words(trimmed) + " "
        return faqTitles.contains { $0.contains(" ") && words.contains(" " + $0 + " ") }
    }

    /// True when `text` (any markup, case or punctuation) is one of the FAQ titles, or
    /// starts or ends with one ("Frequently asked questions about X", "Vue 常见问题").
    static func isFAQTitle(_ text: String) -> Bool {
        faqTitleReadings.value(for: text) { readFAQTitle(text) }
    }

    private static func readFAQTitle(_ text: String) -> Bool {
        let words = TextNormalizer.words(text)
        if faqTitles.contains(words) { return true }
        let bytes = Array(words.utf8)
        // A title of punctuation alone ("## ?", "# ---") has no words.
        guard !bytes.isEmpty else { return false }
        // A code name ("# faq-accordion", a component's README) names a thing, not a page of
        // questions.
        if isCodeName(text) { return false }
        // The first and the last one, two, … words, up to the longest title (on the bytes:
        // this runs on every heading and summary).
        let spaces = bytes.indices.filter { bytes[$0] == 0x20 }
        for count in 1...min(longestFAQTitle, spaces.count + 1) {
            let prefixEnd = count <= spaces.count ? spaces[count - 1] : bytes.count
            let suffixStart = count <= spaces.count ? spaces[spaces.count - count] + 1 : 0
            if faqTitles.contains(String(decoding: bytes[..<prefixEnd], as: UTF8.self))
                || faqTitles.contains(String(decoding: bytes[suffixStart...], as: UTF8.self)) {
                return true
            }
        }
        // Titles in scripts written without spaces end a longer word ("Vue常见问题").
        guard bytes.contains(where: { $0 >= 0xE2 }) else { return false }
        if unspacedFAQTitles.contains(where: { title in
            bytes.starts(with: title) || bytes.count >= title.count && bytes.suffix(title.count).elementsEqual(title)
        }) { return true }
        // Korean spaces its words as the writer likes ("자주묻는 질문", "자주 묻는질문"): its titles
        // are compared without spaces.
        let joined = bytes.filter { $0 != 0x20 }
        return hangulFAQTitles.contains { title in
            joined.starts(with: title) || joined.count >= title.count && joined.suffix(title.count).elementsEqual(title)
        }
    }

    /// True when `text` is one kebab- or snake-case identifier: lowercase ASCII letters and
    /// digits joined by `-` or `_` ("faq-accordion", "faq_item").
    static func isCodeName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == 0x2D || $0 == 0x5F }) else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F }
    }

    private static let longestFAQTitle = faqTitles.map { $0.split(separator: " ").count }.max() ?? 1
    /// True for a Hangul syllable (Korean writes its particles onto them, and spaces its words
    /// as the writer likes).
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value)
    }

    private static let unspacedFAQTitles = faqTitles.filter { $0.unicodeScalars.contains { $0.value >= 0x2E80 } }.map { Array($0.utf8) }
    private static let hangulFAQTitles = faqTitles.filter { $0.unicodeScalars.contains(where: isHangul) }
        .map { Array($0.utf8.filter { $0 != 0x20 }) }
}
