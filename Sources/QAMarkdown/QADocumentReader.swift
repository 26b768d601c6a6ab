/// Reads a Markdown document as questions and answers.
///
/// The layout recognized: question headings (a heading whose text starts with a `Q:`-style
/// label or ends with a question mark); sections are the headings one level above the most
/// common question level; a heading above the section level is the title or a grouping;
/// an answer is every block after its question up to the next question or the next
/// heading of the same or a higher level, so sub-headings inside an answer stay in it.
public enum QADocumentReader {
    /// Parses `text` and recognizes its questions and answers.
    public static func read(_ text: String, path: String) -> QADocument {
        read(MarkdownParser.parse(FrontMatter.blankedOut(text)), path: path)
    }

    /// Recognizes the questions and answers of an already parsed document.
    public static func read(_ root: MarkdownBlock, path: String) -> QADocument {
        var builder = Builder(blocks: root.children)
        return builder.build(path: path)
    }

    /// True when heading text reads as a question.
    public static func isQuestion(_ headingText: String) -> Bool {
        if QuestionPrefix.hasLabel(headingText) { return true }
        let closers: Set<Character> = [")", "]", "\"", "'", "”", "’", "*", "_", "`", " ", "\t"]
        let last = headingText.reversed().first(where: { !closers.contains($0) })
        return last == "?" || last == "？"
    }
}

private struct Builder {
    let blocks: [MarkdownBlock]
    var title: String?
    var sections: [QASection] = []
    var questions: [QAQuestion] = []
    var headings: [QAHeading] = []
    /// The section new questions go into.
    var currentSection: Int?
    /// The question whose answer is being collected.
    var open: (heading: MarkdownBlock, text: String, answer: [MarkdownBlock])?

    init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    mutating func build(path: String) -> QADocument {
        let headingTexts: [Int: String] = Dictionary(uniqueKeysWithValues: blocks.indices.compactMap { index in
            blocks[index].headingLevel == nil ? nil : (index, InlineText.plain(blocks[index].inlines))
        })
        let questionLevels = headingTexts.compactMap { index, text in
            QADocumentReader.isQuestion(text) ? blocks[index].headingLevel : nil
        }
        let questionLevel = Self.mostCommon(questionLevels)
        let sectionLevel = questionLevel.map { $0 - 1 } ?? 0

        for (index, block) in blocks.enumerated() {
            guard let level = block.headingLevel, let text = headingTexts[index] else {
                if open != nil {
                    open?.answer.append(block)
                } else if let section = currentSection, !BlockText.of([block]).isBlank {
                    sections[section].hasOtherContent = true
                }
                continue
            }
            if QADocumentReader.isQuestion(text) {
                closeQuestion()
                open = (block, text, [])
                continue
            }
            if let question = open, let questionLevel = question.heading.headingLevel, level > questionLevel {
                open?.answer.append(block)  // a sub-heading inside the answer
                continue
            }
            closeQuestion()
            headings.append(QAHeading(text: text, level: level, range: block.range))
            if level == sectionLevel {
                finishSection(currentSection)
                sections.append(QASection(title: text, level: level, range: block.range,
                                          questionIndices: questions.count..<questions.count))
                currentSection = sections.count - 1
            } else if level > sectionLevel, let section = currentSection {
                sections[section].hasOtherContent = true
            } else if level < sectionLevel {
                finishSection(currentSection)
                currentSection = nil
                if title == nil && sections.isEmpty && questions.isEmpty { title = text }
            }
        }
        closeQuestion()
        finishSection(currentSection)
        if title == nil, questionLevel == nil, let first = headings.first { title = first.text }
        return QADocument(path: path, title: title, sections: sections, questions: questions, headings: headings,
                          markdownBlocks: blocks,
                          comments: HTMLComments.collect(in: blocks))
    }

    /// Adds the open question, with the blocks collected as its answer.
    mutating func closeQuestion() {
        guard let (heading, text, answer) = open else { return }
        open = nil
        var answerBlocks = answer
        var hasMarker = false
        if let first = answerBlocks.first, case .paragraph = first.kind, let stripped = AnswerMarker.strip(first.inlines) {
            answerBlocks[0].inlines = stripped
            hasMarker = true
        }
        let range = answerBlocks.map(\.range).reduce(nil as SourceRange?) { $0?.union($1) ?? $1 }
        let display = QuestionPrefix.strip(text)
        questions.append(QAQuestion(
            text: display,
            key: TextNormalizer.words(display),
            range: heading.range,
            level: heading.headingLevel ?? 1,
            sectionIndex: currentSection,
            answer: QAAnswer(range: range, hasMarker: hasMarker, text: BlockText.of(answerBlocks))))
    }

    mutating func finishSection(_ index: Int?) {
        guard let index else { return }
        sections[index].questionIndices = sections[index].questionIndices.lowerBound..<questions.count
    }

    /// The most frequent value; ties go to the smaller one (the outer heading level).
    static func mostCommon(_ values: [Int]) -> Int? {
        let counts = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        return counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
    }
}
