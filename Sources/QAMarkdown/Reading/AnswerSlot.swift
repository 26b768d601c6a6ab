/// The label of an answer slot that a template repeats right under every question — "> The
/// answer goes here", "Your answer:", "Réponse ici" — in any language: a short opening line
/// (six words at most) right under three or more headings, where a third of those headings
/// or more read as questions by themselves (or the label says "answer" in a word of the
/// vocabulary) and at least one slot was filled in (text after the label). The headings it stands under are questions; the label is not part of their
/// answers, so a slot left as the template made it is empty, and a filled one is answered.
/// A line pasted alone under every question, never filled in, is no label but the
/// placeholder itself, and stays in the answer.
enum AnswerSlot {
    static let minimumRepeats = 3
    static let longestLabel = 6

    /// The normalized labels of `blocks`, with the headings each stands under.
    static func labels(blocks: [MarkdownBlock], headingTexts: [Int: String]) -> [String: [Int]] {
        // First the opening text as it stands, found cheaply; only what repeats is read.
        var openings: [String: Int] = [:]
        for heading in headingTexts.keys where heading + 1 < blocks.count {
            if let text = openingText(blocks[heading + 1]) { openings[text, default: 0] += 1 }
        }
        guard openings.values.contains(where: { $0 >= minimumRepeats }) else { return [:] }
        var under: [String: [Int]] = [:]
        var filled = Set<String>()
        for heading in headingTexts.keys where heading + 1 < blocks.count {
            guard let text = openingText(blocks[heading + 1]), (openings[text] ?? 0) >= minimumRepeats else { continue }
            guard let (label, rest) = split(blocks[heading + 1]) else { continue }
            under[label, default: []].append(heading)
            let next = heading + 2 < blocks.count ? blocks[heading + 2] : nil
            if rest != nil || next.map({ $0.headingLevel == nil && !BlockText.of([$0]).isBlank }) == true { filled.insert(label) }
        }
        return under.filter { label, headings in
            guard headings.count >= minimumRepeats, filled.contains(label) else { return false }
            return QADocumentReader.aThirdReadAsQuestions(headings, texts: headingTexts) || namesAnAnswer(label)
        }
    }

    /// The paragraphs that ask right before a slot's label (`labels`, as `labels(blocks:…)`
    /// finds them) where no heading stands: questions of the page written without their
    /// heading ("What is ghost text in GitHub Copilot?" over "Select only one answer.", as "##
    /// How do you access the inline chat?" stands over it), by block index.
    static func questionsBefore(labels: Set<String>, blocks: [MarkdownBlock]) -> Set<Int> {
        guard !labels.isEmpty else { return [] }
        var result = Set<Int>()
        for index in blocks.indices.dropFirst() {
            guard case .paragraph = blocks[index].kind, case .paragraph = blocks[index - 1].kind,
                  !blocks[index - 1].inlines.contains(where: \.isBreak),
                  let (label, _) = split(blocks[index]), labels.contains(label),
                  QADocumentReader.isQuestion(InlineText.plain(blocks[index - 1].inlines).trimmedWhitespace) else { continue }
            result.insert(index - 1)
        }
        return result
    }

    /// True when a label says "answer" in words of the vocabulary ("The answer goes here",
    /// "Deine Antwort"), letters alone ("A", "R") aside.
    private static func namesAnAnswer(_ label: String) -> Bool {
        label.split(separator: " ").contains { word in
            (word.count > 1 || word.unicodeScalars.first.map { $0.value >= 0x2E80 } == true) && ReadingVocabulary.answerLabels.contains(String(word))
        }
    }

    /// The first text of a paragraph or of a quote's first paragraph, when it is short.
    private static func openingText(_ block: MarkdownBlock) -> String? {
        var paragraph = block
        if case .blockQuote = block.kind, let first = block.children.first { paragraph = first }
        guard case .paragraph = paragraph.kind, case .text(let text)? = paragraph.inlines.first, text.utf8.count <= 80 else { return nil }
        return text
    }

    /// A paragraph's or quote's opening line as a label (normalized), and the block without
    /// it (nil when nothing else is in it); nil when the line is long, asks or is empty.
    static func split(_ block: MarkdownBlock) -> (label: String, rest: MarkdownBlock?)? {
        switch block.kind {
        case .paragraph:
            // An answer label ("**A:**") is the answer builder's to strip and to count.
            guard AnswerMarker.strip(block.inlines) == nil else { return nil }
            let (line, rest) = block.inlines.splitAtFirstBreak()
            let text = InlineText.plain(line).trimmedWhitespace
            // (A table's header row is no label: its rows are the content.)
            guard !text.isEmpty, !text.contains("|"), TextNormalizer.wordCount(text) <= longestLabel,
                  !QADocumentReader.isQuestion(text) else { return nil }
            let words = TextNormalizer.words(text)
            guard !words.isEmpty else { return nil }
            return (words, rest.isEmpty ? nil : block.replacingInlines(rest))
        case .blockQuote:
            guard let first = block.children.first, let (label, rest) = split(first) else { return nil }
            var quote = block
            quote.children = (rest.map { [$0] } ?? []) + block.children.dropFirst()
            return (label, quote.children.isEmpty ? nil : quote)
        default:
            return nil
        }
    }
}
