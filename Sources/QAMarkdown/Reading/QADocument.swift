/// A Markdown document read as questions and answers.
public struct QADocument: Sendable {
    /// The path as the user gave it (relative to the current directory).
    public var path: String
    /// The document's title heading (a heading above the section level), if any.
    public var title: String?
    public var sections: [QASection]
    public var questions: [QAQuestion]
    /// Every heading that is neither a question nor inside an answer, in order: sections,
    /// the title and grouping headings. Rules that look for a named part read these.
    public var headings: [QAHeading]
    /// The document's top-level blocks.
    public var markdownBlocks: [MarkdownBlock]
    /// HTML comments outside code, with their lines (suppression comments live there).
    public var comments: [HTMLComment]
    /// Where reading stopped short, if it did (`reading-limit` reports it).
    public var readingLimit: ReadingLimit?
    /// What could pass for a question and was not read as one, and why.
    public var skipped: [QASkipped] = []
    /// The file opens with front matter: a page of a documentation site, whose headings'
    /// anchors may be the site's slugs (`Anchors.separatorSlug`) rather than GitHub's.
    public var isSitePage = false

    /// A list of questions without answers (nine in ten of three or more are unanswered;
    /// the others usually run over several paragraphs): a question bank, or questions whose
    /// answers live elsewhere.
    public var isQuestionsOnly: Bool {
        questions.count >= 3 && questions.filter(\.answer.isEmpty).count * 10 >= questions.count * 9
    }

    public init(path: String, title: String?, sections: [QASection], questions: [QAQuestion], headings: [QAHeading],
                markdownBlocks: [MarkdownBlock] = [], comments: [HTMLComment] = []) {
        self.path = path
        self.title = title
        self.sections = sections
        self.questions = questions
        self.headings = headings
        self.markdownBlocks = markdownBlocks
        self.comments = comments
    }

    /// Where a finding about the whole document stands: the first line of its content
    /// (front matter is not content), or line 1 of an empty document.
    public var start: SourceRange {
        let line = markdownBlocks.first?.range.startLine ?? 1
        return SourceRange.line(line)
    }

    /// The top-level blocks with their text, for rules that read the whole document
    /// (computed on demand: most rules never need it).
    public var blocks: [QABlock] {
        markdownBlocks.map { QABlock(range: $0.range, text: BlockText.of([$0])) }
    }
}

/// A top-level block and what it says.
public struct QABlock: Sendable, Hashable {
    public var range: SourceRange
    public var text: BlockText
}

/// `<!-- text -->` in a document, outside code.
public struct HTMLComment: Sendable, Hashable {
    /// The text between `<!--` and `-->`, trimmed.
    public var text: String
    public var line: Int
}

/// A heading that structures the document (not a question).
public struct QAHeading: Sendable, Hashable {
    public var text: String
    public var level: Int
    public var range: SourceRange
}

/// A section: a heading one level above the question headings, and the questions under it.
public struct QASection: Sendable, Hashable {
    public var title: String
    public var level: Int
    public var range: SourceRange
    /// Indices into `QADocument.questions`.
    public var questionIndices: Range<Int>
    /// True when something other than questions stands under the heading: prose, lists,
    /// sub-headings (content in a layout that is not read as questions).
    public var hasOtherContent: Bool = false
}

/// One question and its answer.
public struct QAQuestion: Sendable, Hashable {
    /// The question as a reader sees it, without its `Q:` label: "What is REST?".
    public var text: String
    /// Which question this is (its normalized text, prompt and occurrence), computed once here.
    public var identity: QuestionIdentity
    /// Where the question stands (its heading, item, paragraph or summary).
    public var range: SourceRange
    /// Heading level of the question (0 for questions that are not headings).
    public var level: Int
    /// Index into `QADocument.sections`, nil when the question stands before any section.
    public var sectionIndex: Int?
    /// Which layout the question was read from, for `qalint inspect`.
    public var layout: QuestionLayout
    /// Why it was read as a question, for `qalint inspect`.
    public var evidence: QuestionEvidence
    /// The nearest heading above the question that is not a question: what a short
    /// question ("What is a document?") is asked about.
    public var context: String
    /// What stands between the question and its answer — the code of "What's the
    /// output?", the options of a quiz — and is part of what the question asks.
    public var prompt: BlockText
    public var answer: QAAnswer

    /// The full text of the heading a heading question was read from (label included).
    public var headingText: String?
}

/// The layouts questions are read from.
public enum QuestionLayout: String, Sendable, Hashable, CaseIterable, Codable {
    /// `## Q: What is REST?`, or a heading at the level most questions use.
    case heading
    /// `1. What is REST?` or `- ### What is REST?`: a list item, the answer nested in it.
    case listItem = "list-item"
    /// `**1. What is REST?**` alone in a paragraph, the answer in the blocks after it.
    case boldParagraph = "bold-paragraph"
    /// `<details><summary>What is REST?</summary> … </details>`.
    case details
    /// `#### Topic` with the question in the paragraph under it (question lists that title
    /// each question by its topic).
    case topicHeading = "topic-heading"
    /// `> **Q:** What is REST?` … `> **A:** …` in a block quote.
    case blockquote
    /// `Q1: What is REST?` paragraphs, answered by `A1: …` paragraphs.
    case labelledParagraph = "labelled-paragraph"
    /// A `Question?` line followed by `:   answer` lines (definition lists).
    case definition
    /// A plain paragraph line: `What is REST?` alone, or one of a run of numbered lines
    /// (`1.什么是 REST`, `2.…`) that Markdown does not read as a list.
    case paragraph
    /// The title of an admonition or callout (`??? question "What is REST?"`, `:::info What is
    /// REST?`), the answer in its body.
    case admonition
    /// A table row: the question in the first column, the answer in the others.
    case table
}

/// The blocks under a question, up to the next question or a heading of the same or a
/// higher level.
public struct QAAnswer: Sendable, Hashable {
    /// Range of the answer's blocks; nil when the question is followed by nothing at all.
    public var range: SourceRange?
    /// True when the answer opens with an `A:`/`**A:**`/`Answer:` label.
    public var hasMarker: Bool
    /// What the answer says (the label removed).
    public var text: BlockText
    /// A hash of what the answer says: equal digests, the same answer (`--changed-questions`
    /// tells an edited answer by it).
    public var digest: UInt64

    /// True when the answer has no content: nothing, only a label, blank HTML or
    /// navigation links.
    public var isEmpty: Bool { text.isBlank }
}

/// Why the reader took a question for one: what `qalint inspect` explains, so that a user
/// whose document is misread sees the cause (and can set `structure:`).
public enum QuestionEvidence: UInt8, Sendable, Hashable, CaseIterable {
    case label, questionMark, numbered, answered, sibling, faqEntry, configured, topic
    case itemAsks, listOfQuestions, itemAnswered, boldTitle, boldParagraph, summary
    case quote, labelledParagraph, definition, numberedLines, admonition, table, followUp, questionWords
    case problemEntry, quotedQuestion, boldSibling, accordionToggle, boldLeadItem, choiceStem, plainLine, spacedLine
    case beforePrompt

    public var explanation: String {
        switch self {
        case .label: "starts with a question label"
        case .questionMark: "asks: ends with a question mark"
        case .numbered: "numbered, like three or more headings of its level"
        case .answered: "an answer follows it (an answer <details> or an A: label)"
        case .sibling: "most headings beside it ask: an entry phrased as a statement"
        case .faqEntry: "an entry under an FAQ title"
        case .configured: "structure: question-level in the configuration"
        case .topic: "a topic heading: the paragraph under it asks"
        case .itemAsks: "a list item that asks"
        case .listOfQuestions: "an item of a list of mostly questions"
        case .itemAnswered: "a list item followed by an answer label"
        case .boldTitle: "a bold title in a numbered list"
        case .boldParagraph: "a bold paragraph alone that asks or is numbered"
        case .summary: "the summary of a <details> that holds its answer"
        case .quote: "a quote that starts with a question label"
        case .labelledParagraph: "a paragraph that starts with a question label"
        case .definition: "a line followed by ':' definition lines"
        case .numberedLines: "one of three or more numbered lines counting up"
        case .admonition: "the title of an admonition of a kind that holds questions here, or of a component (<Accordion title=…>) that asks"
        case .table: "a row of a table of questions (its first column heads or asks them)"
        case .followUp: "a <details> inside a question's answer: a follow-up question"
        case .questionWords: "opens with a question word, like most headings beside it"
        case .boldSibling: "most bold paragraphs alone ask: an entry phrased as a statement"
        case .quotedQuestion: "one of three or more quotes that ask, each followed by its answer"
        case .accordionToggle: "the toggle of an HTML accordion panel (data-toggle=\"collapse\", aria-expanded): the panel is its answer"
        case .boldLeadItem: "an FAQ's item that opens in bold, its answer after it"
        case .choiceStem: "a numbered item or a paragraph over a list of choices, like three or more in the document (a quiz)"
        case .plainLine: "a line that asks under an FAQ title with no headings, like three or more others, each followed by its answer"
        case .spacedLine: "a line set apart by more blank lines above it than below, like three or more others, a third of them asking: the author's way of titling questions"
        case .beforePrompt: "a line that asks right before the label repeated under the page's questions (\"Select only one answer.\"): one of them, without its heading"
        case .problemEntry: "opens with a problem label (\"Error: …\", a bold item or one of two or more headings): a troubleshooting entry"
        }
    }
}

/// Something that could pass for a question and was not read as one, and why: what
/// `qalint inspect` lists under "skipped".
public struct QASkipped: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case tableOfContents, answerContainer, subHeading, sectionTitle, note, linkIndex, listInProse, foldedContent, slotLabel
        case category, lessonSection
    }

    public var line: Int
    public var kind: Kind

    public var name: String {
        switch kind {
        case .tableOfContents: "table of contents"
        case .answerContainer: "answer container"
        case .subHeading: "sub-heading"
        case .sectionTitle: "section title"
        case .note: "admonition"
        case .linkIndex: "folded index"
        case .listInProse: "list in prose"
        case .foldedContent: "folded content"
        case .slotLabel: "answer slot label"
        case .category: "category"
        case .lessonSection: "lesson section"
        }
    }

    public var explanation: String {
        switch kind {
        case .tableOfContents: "a list of links to this document's own headings"
        case .answerContainer: "a <details> or admonition titled as a label (repeated under the questions, or an answer label such as \"回答 1\"): the answer of the question before it"
        case .subHeading: "a heading inside an answer"
        case .sectionTitle: "asks, but most headings beside it do not: it titles a section"
        case .note: "an admonition of a kind that does not hold questions here"
        case .linkIndex: "a <details> that holds only links to other pages, like the ones beside it"
        case .listInProse: "questions in prose: introduced by a sentence ending in ':' and answered by nothing, or a short list the paragraph after it answers at once (rhetorical)"
        case .foldedContent: "a <details> that does not ask, where most <details> of the document do not: content folded away"
        case .slotLabel: "a line repeated right under the questions, the label of their answer slot: not part of the answer"
        case .category: "does not ask and holds questions of its own (a <details> or list item over more of them): their category"
        case .lessonSection: "a section of a lesson page (its front matter gives objectives, key points or teaching time): taught, not answered"
        }
    }

    public init(line: Int, kind: Kind) {
        self.line = line
        self.kind = kind
    }
}
