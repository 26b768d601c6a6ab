/// Text normalization shared by every rule that compares text, so that "the same question"
/// and "the same answer" mean one thing across the tool.
public enum TextNormalizer {
    /// Lower-cased words (runs of letters and digits), joined by single spaces. Punctuation,
    /// Markdown markup and spacing differences disappear; letters of every script are kept.
    public static func words(_ text: String) -> String {
        titleWords.value(for: text) { readWords(text) }
    }

    /// The words of short texts — titles, questions, section names, asked for by many
    /// readings of one heading — remembered; longer texts are read each time.
    private static let titleWords = TextMemory<String>(limit: 50_000, longest: 160)

    private static func readWords(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                appendLowercased(scalar, to: &result)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The number of words in `text`, as `words(_:)` splits it.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord = isWordScalar(scalar)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Lower-cased text with runs of white space folded to one space and trimmed: the form
    /// for phrases whose punctuation matters, such as "(Expand with" or "…".
    public static func compact(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(0x20) }
                pendingSpace = false
                appendLowercased(scalar, to: &result)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Runs of white space folded to one space, trimmed; case kept.
    public static func compactSpaces(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) { return text }
        return text.unicodeScalars.split(whereSeparator: \.properties.isWhitespace)
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    /// Letters, digits and the marks that combine with them. Works on scalars, with an
    /// ASCII fast path: this runs over every answer of the corpus.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Appends the UTF-8 of the scalar, lower-cased (ASCII without any lookup).
    @inline(__always)
    private static func appendLowercased(_ scalar: Unicode.Scalar, to result: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            result.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
        } else if scalar.properties.changesWhenLowercased {
            result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            result.append(contentsOf: String(scalar).utf8)
        }
    }

    /// A 64-bit digest of texts, eight bytes a step: what tells two answers apart within a
    /// run, or between two versions of a file read by the same qalint. Cheaper than
    /// `stableHash` over long texts; never written where another version reads it back.
    public static func digest(_ parts: String...) -> UInt64 {
        parts.reduce(0x9E37_79B9_7F4A_7C15) { digest($1, from: $0) }
    }

    /// The digest of one text (no array of parts to build).
    public static func digest(_ text: String) -> UInt64 {
        digest(text, from: 0x9E37_79B9_7F4A_7C15)
    }

    private static func digest(_ part: String, from start: UInt64) -> UInt64 {
        var hash = start
        var text = part
        text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            while index + 8 <= raw.count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            var tail = UInt64(bytes.count) << 56
            for byte in bytes[index...] { tail = tail << 8 | UInt64(byte) }
            hash = mix(hash ^ tail)
        }
        return hash
    }

    /// SplitMix64's finalizer: every input bit reaches every output bit.
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// A stable 64-bit FNV-1a hash (Swift's `Hasher` is seeded per process, and corpus
    /// stages keep only hashes of long texts).
    public static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// The labels that introduce a question: `Q:`, `Q.`, `Q1:`, `Question 17b.`, `12.`, `12)`.
public enum QuestionPrefix {
    /// `text` without the blanks it starts with: white space and the invisible marks some
    /// editors leave there (a left-to-right mark before "**Soru:**", a zero-width space,
    /// a byte-order mark), which no reader sees.
    static func trimmedStart(_ text: String) -> Substring {
        // (Most texts open with a visible ASCII character: one look at the first byte.)
        if let first = text.utf8.first, first > 0x20, first < 0x80 { return Substring(text) }
        return Substring(text).drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy(isInvisible) }
    }

    /// The format characters a reader does not see (soft hyphen, Arabic letter mark, Mongolian
    /// vowel separator, zero-width and directional marks, word joiners, byte-order mark).
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// `text` without its leading question label or numbering, trimmed.
    public static func strip(_ text: String) -> String {
        stripped.value(for: text) {
            let trimmed = trimmedStart(text)
            if let rest = labelled(trimmed) ?? numbered(trimmed) {
                return String(rest.drop(while: \.isWhitespace))
            }
            return String(trimmed)
        }
    }

    /// What the reader asks of each title again and again, remembered by title (a label is
    /// read letter by letter, and most titles are asked about several times per reading).
    private static let stripped = TextMemory<String>(longest: TextMemory<String>.title)
    private static let labels = TextMemory<Bool>(longest: TextMemory<Bool>.title)

    /// True when `text` starts with a number: `12. What…`, `12) What…`.
    public static func isNumbered(_ text: String) -> Bool {
        numbered(trimmedStart(text)) != nil
    }

    /// The number `text` starts with (`12. What…` → 12, `（三）…` → 3), nil when it is not
    /// numbered.
    public static func number(_ text: String) -> Int? {
        let trimmed = trimmedStart(text)
        if let (value, _) = chineseNumber(trimmed) { return value }
        guard numbered(trimmed) != nil else { return nil }
        return trimmed.prefix(while: isDigit).reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }

    /// Numbering in Chinese numerals, as Chinese outlines write it: `一、`, `（一）`, `(十二)`
    /// (one to ninety-nine); the number and the text after it. (On scalars, after one look at
    /// the first byte: this runs on every line that does not start with a digit.)
    private static func chineseNumber(_ text: Substring) -> (Int, Substring)? {
        guard let byte = text.utf8.first, byte == 0x28 || byte == 0xEF || byte == 0xE4 || byte == 0xE5 else { return nil }
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        let bracketed = scalars[position] == "(" || scalars[position] == "（"
        if bracketed { position = scalars.index(after: position) }
        var values: [Int] = []
        while position < scalars.endIndex, values.count <= 3, let value = chineseDigit(scalars[position]) {
            values.append(value)
            position = scalars.index(after: position)
        }
        guard !values.isEmpty, values.count <= 3, let value = chineseValue(values), position < scalars.endIndex else { return nil }
        let end = scalars[position]
        guard bracketed ? end == "）" || end == ")" : end == "、" else { return nil }
        let after = Substring(scalars[scalars.index(after: position)...])
        return (value, after.drop(while: \.isWhitespace))
    }

    /// 一 … 九 → 1 … 9, 十 → 10; nil for any other scalar.
    private static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x4E00: 1
        case 0x4E8C: 2
        case 0x4E09: 3
        case 0x56DB: 4
        case 0x4E94: 5
        case 0x516D: 6
        case 0x4E03: 7
        case 0x516B: 8
        case 0x4E5D: 9
        case 0x5341: 10
        default: nil
        }
    }

    /// 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; nil for anything else.
    private static func chineseValue(_ values: [Int]) -> Int? {
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10 && values[1] < 10: return 10 + values[1]
        case 2 where values[0] < 10 && values[1] == 10: return values[0] * 10
        case 3 where values[0] < 10 && values[1] == 10 && values[2] < 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }

    /// True when `text` is a question label or a number and nothing after it ("Question:",
    /// "Q:", "3."): it labels what follows and asks nothing itself.
    public static func isPrefixOnly(_ text: String) -> Bool {
        strip(text).allSatisfy(\.isWhitespace)
    }

    /// True when `text` starts with an explicit question label (`Q:`, `Q.`, `Q1:`, `Question 3.`).
    public static func hasLabel(_ text: String) -> Bool {
        labels.value(for: text) { labelled(trimmedStart(text)) != nil }
    }

    /// True when `text` is a numbered question label and nothing else ("Question 1", "Q12",
    /// "Вопрос 3:", "问题 1"): a title whose question is written below it.
    public static func isBareLabel(_ text: String) -> Bool {
        // A label and a number are short and hold a digit: most titles fail on the bytes.
        let utf8 = text.utf8
        guard utf8.count <= 40, utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == 0xEF }) else { return false }
        let trimmed = trimmedStart(text)
        guard let initial = trimmed.first?.lowercased().first, labelInitials.contains(initial) else { return false }
        let word = trimmed.prefix(while: \.isLetter)
        let label = word.lowercased()
        // One letter other than Q is too little to tell ("P1" is a priority, "В 1" a place).
        guard label == "q" || label.count >= 2 && (label == "question" || ReadingVocabulary.questionLabels.contains(label)) else { return false }
        let rest = trimmed.dropFirst(word.count).drop(while: { $0 == " " || $0 == "#" || $0 == "№" })
        let digits = rest.prefix(while: isDigit)
        guard !digits.isEmpty else { return false }
        return rest.dropFirst(digits.count).allSatisfy { $0.isWhitespace || ".:：)".contains($0) }
    }

    /// The text after a question label: `Q:`, `Q1.`, `Question 17b.`, `(1) Q:`, and the labels
    /// of other languages in `Rules/reading/vocabulary.yml` (`问：`, `Вопрос 3:`, `Pregunta:`).
    private static func labelled(_ text: Substring) -> Substring? {
        var rest = text
        // "(1) Q: …": a number in brackets before the label.
        if rest.first == "(" || rest.first == "（" {
            let digits = rest.dropFirst().prefix(while: isDigit)
            let close = rest.dropFirst(1 + digits.count).first
            if !digits.isEmpty, close == ")" || close == "）" { rest = rest.dropFirst(2 + digits.count).drop(while: { $0 == " " }) }
        }
        // "14.Q: …", "13 (2). Q: …": the item's number before the label (on the bytes: this
        // runs on every numbered line).
        let utf8 = rest.utf8
        if let first = utf8.first, first >= 0x30 && first <= 0x39 {
            func isDigitByte(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            var at = utf8.firstIndex { !isDigitByte($0) } ?? utf8.endIndex
            while at < utf8.endIndex && utf8[at] == 0x20 { at = utf8.index(after: at) }
            if at < utf8.endIndex && utf8[at] == UInt8(ascii: "(") {
                let digits = utf8.index(after: at)
                let close = utf8[digits...].firstIndex { !isDigitByte($0) } ?? utf8.endIndex
                if close > digits, close < utf8.endIndex, utf8[close] == UInt8(ascii: ")") { at = utf8.index(after: close) }
            }
            if at < utf8.endIndex {
                let mark = rest[at...]
                if utf8[at] == UInt8(ascii: ".") || utf8[at] == UInt8(ascii: ")") {
                    rest = mark.dropFirst().drop(while: { $0 == " " || $0 == "\u{A0}" })
                } else if utf8[at] >= 0xE0, mark.hasPrefix("、") || mark.hasPrefix("．") {
                    rest = mark.dropFirst().drop(while: { $0 == " " || $0 == "\u{A0}" })
                }
            }
        }
        // Most text starts with no label: one look at the first letter settles it.
        guard let initial = rest.first?.lowercased().first, labelInitials.contains(initial) else { return nil }
        let word = leadingWord(rest)
        guard !word.isEmpty, word.count <= 12 else { return nil }
        let label = word.lowercased()
        // English labels take `.` too ("Q.", "Question 3."); a word of another language
        // only `:` or `)`, which a sentence does not put there — or `.` after a number
        // ("Pregunta 3.", "Вопрос 12."), which a sentence does not put there either.
        let english = label == "q" || label == "question" || label == "questions"
        guard english || ReadingVocabulary.questionLabels.contains(label) else { return nil }
        rest = rest.dropFirst(word.count).drop(while: { $0 == " " })
        let number = rest.prefix(while: isDigit)
        rest = rest.dropFirst(number.count)
        // "Question 1.1:", "Q2.3.1:": a number with its section's number before it.
        while rest.utf8.first == UInt8(ascii: "."), let next = rest.dropFirst().first, isDigit(next) {
            rest = rest.dropFirst().drop(while: isDigit)
        }
        if let letter = rest.first, letter.isLetter, letter.isLowercase, rest.dropFirst().first.map(isLabelEnd) == true {
            rest = rest.dropFirst()
        }
        // A label of a script written without spaces, numbered, then a space: "問題1 以下の
        // コードの実行結果は？", "问题3 什么是闭包" — the space marks it as a sentence would not.
        if !number.isEmpty, label.unicodeScalars.first.map({ $0.value >= 0x2E80 }) == true,
           rest.first == " " || rest.first == "\u{3000}", let next = rest.dropFirst().first, !next.isWhitespace {
            return rest.dropFirst()
        }
        rest = rest.drop(while: { $0 == " " })
        // "Question (SK):": who asked, or how hard, in brackets after the label.
        if rest.first == "(", let close = rest.prefix(16).firstIndex(of: ")") {
            rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
        }
        guard let end = rest.first, isLabelEnd(end), english || end != "." || !number.isEmpty else { return nil }
        let after = rest.dropFirst()
        // "Q.E.D." or "Q:foo" without a space is not a label.
        guard separatesLabel(end, from: after) else { return nil }
        return after
    }

    /// True when what follows a label's mark (`:`, `：`, `.`) is apart from it: nothing, a
    /// space, or — after a full-width colon, or a colon or full stop before a script written
    /// without spaces — anything ("问：什么", "Q:我完全", "A:完全可以", "Q.キースイッチが…").
    /// "Q:foo", "A:b" are no labels. A full stop before a capitalized word ("Q.Center
    /// wrapped…", a space forgotten) is apart too; "Q.E.D." is not.
    static func separatesLabel(_ mark: Character, from rest: Substring) -> Bool {
        guard let next = rest.first else { return true }
        if mark == ".", next.isUppercase, rest.dropFirst().first?.isLowercase == true { return true }
        return next.isWhitespace || mark == "：" || (mark == ":" || mark == ".") && (next.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false)
    }

    /// The letters `text` starts with: on the bytes while they are ASCII (most text a label
    /// is looked for in is), by `Character` past the first that is not.
    private static func leadingWord(_ text: Substring) -> Substring {
        let utf8 = text.utf8
        var end = utf8.startIndex
        while end < utf8.endIndex, case let byte = utf8[end], byte < 0x80 {
            guard byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A else { return text[..<end] }
            end = utf8.index(after: end)
        }
        return text.prefix(while: \.isLetter)
    }

    /// The first letters of the question labels.
    private static let labelInitials = Set((ReadingVocabulary.questionLabels.union(["q", "question"])).compactMap(\.first))

    /// A decimal digit as numbering writes it: ASCII or full-width (not "三" or "①").
    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("０"..."９").contains(character)
    }

    private static func numbered(_ text: Substring) -> Substring? {
        let digits = text.prefix(while: isDigit)
        if digits.isEmpty, let (_, after) = chineseNumber(text) { return after }
        guard !digits.isEmpty, digits.count <= 5 else { return nil }
        var rest = text.dropFirst(digits.count)
        // "43 . What is polymorphism?": a space before the mark, when a space follows it.
        if rest.utf8.starts(with: " . ".utf8) { rest = rest.dropFirst() }
        // "1 - ¿Qué es un programa?", "2 – …": a dash between spaces, then words (not "1 - 2").
        if rest.utf8.starts(with: " - ".utf8) || rest.starts(with: " – ") {
            let after = rest.dropFirst(2)
            guard let next = after.dropFirst().first, !isDigit(next), !next.isWhitespace else { return nil }
            return after
        }
        // "2- Kotlin'de null safety nasıl sağlanır?", "1-Kotlin nedir?": a dash right after
        // the number, then a space or a capitalized word (not "2-3", "3-D", "2-way").
        if rest.utf8.first == UInt8(ascii: "-") {
            let after = rest.dropFirst()
            guard let next = after.first else { return nil }
            if next == " ", let word = after.dropFirst().first, !isDigit(word), !word.isWhitespace, word != "-" { return after }
            let second = after.dropFirst().first
            guard next.isUppercase, let second, second.isLowercase else { return nil }
            return after
        }
        guard let end = rest.first, ".):、．）".contains(end) else { return nil }
        let after = rest.dropFirst()
        // "12. What", "12、什么", "12.`let`" — but not "1.5" or "12:30".
        guard let next = after.first, next.isWhitespace || ("、．）".contains(end) || (end == "." && !isDigit(next) && next != ".")) else { return nil }
        return after
    }

    private static func isLabelEnd(_ character: Character) -> Bool {
        character == ":" || character == "." || character == ")" || character == "："
    }
}
