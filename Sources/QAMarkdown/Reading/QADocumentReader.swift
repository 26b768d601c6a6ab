import Foundation

/// Reads a Markdown document as questions and answers, from cmark's tree.
///
/// Layouts recognized (each question records which, see `QuestionLayout`):
/// - question headings: a heading whose text starts with a `Q:`-style label or ends with a
///   question mark — and, where most headings of a level are questions, every heading of
///   that level that has a body (FAQs phrase some entries as statements);
/// - list items whose text is a question, or that hold a heading (`1. ### What is React?`),
///   the answer nested in the item;
/// - bold paragraphs (`**1. What is REST?**`), `Q1:` paragraphs answered by `A1:`
///   paragraphs, definition lists (`Question?` then `:   answer`), block quotes
///   (`> **Q:** … > **A:** …`);
/// - `<details><summary>Question</summary> answer </details>`; a `<details>` whose summary
///   says "Answer" holds the answer of the question before it, and what stands between
///   that question and its answer (code, options) is the question's prompt.
///
/// - numbered lines Markdown does not read as lists (`NumberedLines`), admonitions
///   (`Admonition`), tables of questions (`TableQuestions`); a paragraph that asks right
///   before an answer container.
///
/// Before that, Markdown an HTML block swallowed is split out (`SwallowedMarkdown`); a list
/// of in-page links is a table of contents (`TableOfContents`). Which headings are questions
/// is decided over the whole document (`HeadingLevels`); words are a tie-breaker, from
/// `Rules/reading/vocabulary.yml` (`ReadingVocabulary`). Every question records why it was
/// read (`QuestionEvidence`), and what was not read as one is listed (`QADocument.skipped`).
///
/// Sections are the headings one level above the question headings; a heading above the
/// section level is the title or a grouping. An answer runs to the next question or the
/// next heading of the same or a higher level, so sub-headings inside an answer stay in it.
public enum QADocumentReader {
    /// Parses `text` and recognizes its questions and answers. A document the parser could
    /// not finish in time, or nested deeper than the model keeps, says so (`readingLimit`).
    public static func read(_ text: String, path: String, structure: Structure = Structure()) -> QADocument {
        let blanked = FrontMatter.blankedOut(text)
        let parsed = MarkdownParser.parseBounded(Shortcodes.asHTML(blanked))
        // A lesson page (its front matter gives "objectives:" and "keypoints:") is taught in
        // sections, however they ask ("## What is an HPC system?"), unless `structure:` says
        // where its questions are.
        let sitePage = blanked != text
        let frontMatter = sitePage ? FrontMatter.fields(text) : []
        var structure = structure
        let lesson = structure.layouts == nil && structure.questionLevel == nil
            && ReadingVocabulary.declaresLesson(frontMatterKeys: FrontMatter.keys(in: frontMatter))
        if lesson { structure.layouts = QuestionLayout.allCases.filter { $0 != .heading && $0 != .topicHeading } }
        var document = read(blocks: parsed.root.children, path: path, structure: structure, pageTitle: FrontMatter.title(in: frontMatter))
        if lesson {
            let sections = parsed.root.children.filter { $0.headingLevel != nil && isQuestionTitle(InlineText.plain($0.inlines)) }
            document.skipped = (document.skipped + sections.map { QASkipped(line: $0.range.startLine, kind: .lessonSection) })
                .sorted { $0.line < $1.line }
        }
        document.readingLimit = parsed.limit
        document.isSitePage = sitePage
        return document
    }

    /// The questions a document asks elsewhere before a list half of whose items ask makes
    /// that list questions too.
    static let questionsElsewhere = 5

    /// Reads the blocks; a document that asks `questionsElsewhere` or more questions and
    /// holds lists half of whose items ask (short of the two thirds a list needs alone), or
    /// runs of numbered lines few of which ask, is read again with those as questions: in a
    /// document of questions, a list whose items ask as often as not is another list of them
    /// ("- Jak działa `jwt`", "- róznice między HTTP a HTTPS").
    private static func read(blocks: [MarkdownBlock], path: String, structure: Structure, pageTitle: String?) -> QADocument {
        var builder = Builder(blocks: blocks, structure: structure)
        builder.pageTitle = pageTitle
        let document = builder.build(path: path)
        guard builder.nearMisses > 0, document.questions.count >= questionsElsewhere else { return document }
        var again = Builder(blocks: blocks, structure: structure)
        again.pageTitle = pageTitle
        again.documentAsks = true
        return again.build(path: path)
    }

    /// A document that was not read (its file is larger than qalint reads).
    public static func unread(path: String, limit: ReadingLimit) -> QADocument {
        var document = QADocument(path: path, title: nil, sections: [], questions: [], headings: [])
        document.readingLimit = limit
        return document
    }

    /// Recognizes the questions and answers of an already parsed document.
    public static func read(_ root: MarkdownBlock, path: String, structure: Structure = Structure()) -> QADocument {
        read(blocks: root.children, path: path, structure: structure, pageTitle: nil)
    }

    /// What a configuration says of a document's layout, for documents the inference reads
    /// wrong (`structure:` in `.qalint.yml`).
    public struct Structure: Sendable, Hashable {
        /// Every heading of this level is a question.
        public var questionLevel: Int?
        /// Headings of this level are sections.
        public var sectionLevel: Int?
        /// The layouts questions may be read from (nil: all).
        public var layouts: [QuestionLayout]?

        public init(questionLevel: Int? = nil, sectionLevel: Int? = nil, layouts: [QuestionLayout]? = nil) {
            self.questionLevel = questionLevel
            self.sectionLevel = sectionLevel
            self.layouts = layouts
        }

        func allows(_ layout: QuestionLayout) -> Bool { layouts?.contains(layout) ?? true }
    }

    /// True when text reads as a question: a `Q:`-style label, or a question mark followed
    /// by nothing but decoration (`{#id}`, an emoji, `[Easy]`, `(e.g. …)`, closing markup).
    public static func isQuestion(_ text: String) -> Bool {
        questions.value(for: text) { QuestionText.asksQuestion(text, labelled: QuestionPrefix.hasLabel) }
    }

    private static let questions = TextMemory<Bool>(longest: TextMemory<Bool>.title)

    /// True when a title (a heading's or a list item's text) is a question: it asks, or it
    /// opens with a question and goes on with an instruction.
    /// What a title says of itself, remembered by its text: the reader asks it of the same
    /// headings many times in one document (each scope, each level), and a language server
    /// of the same document at every keystroke.
    private static let titles = TextMemory<Bool>()
    private static let readings = TextMemory<Bool>()

    static func isQuestionTitle(_ text: String) -> Bool {
        QADocumentReader.titles.value(for: text) {
            // Most titles have no question mark: one scan of the bytes settles them. A blank to
            // fill in ("入口文件是 `________`") asks too.
            guard QuestionText.lastQuestionMark(text) != nil else { return QuestionPrefix.hasLabel(text) || QuestionText.hasBlank(text) }
            return isQuestion(text) || QuestionText.opensWithQuestion(QuestionText.withoutAttributes(text))
        }
    }

    /// True when a title reads as a question by itself (`readsAsQuestion`) or asks in the
    /// middle of it ("能实时显示吗？这样就能…"): the test of a summary or a component title.
    static func asksSomewhere(_ text: String) -> Bool {
        readsAsQuestion(text) || QuestionText.asksInside(text)
    }

    /// True when a title reads as a question by itself, whatever stands beside it: it asks,
    /// is numbered, or opens with a question word.
    static func readsAsQuestion(_ text: String) -> Bool {
        QADocumentReader.readings.value(for: text) {
            isQuestionTitle(text) || QuestionPrefix.isNumbered(text) || ReadingVocabulary.opensAsQuestion(text)
                || QuestionPrefix.isBareLabel(text)
        }
    }

    /// True when a third or more of `headings` read as questions by themselves: what a label
    /// repeated under them (a `<details>` summary, an answer slot's line) needs before it
    /// makes them questions. Under an API guide's "### Send & receive JSON", "Same code with
    /// native fetch" is an example, not an answer.
    static func aThirdReadAsQuestions(_ headings: [Int], texts: [Int: String]) -> Bool {
        headings.filter { readsAsQuestion(texts[$0] ?? "") }.count * 3 >= headings.count
    }
}

/// An answer being collected: its text, range and label.
struct AnswerBuilder {
    var text = BlockText()
    var range: SourceRange?
    var hasMarker = false
    private var started = false

    mutating func add(_ block: MarkdownBlock) {
        var block = block
        if !started, case .paragraph = block.kind, let stripped = AnswerMarker.strip(block.inlines) {
            block.inlines = stripped
            hasMarker = true
        }
        if !BlockText.of([block]).isBlank || started { started = true }
        text.add(block)
        range = range?.union(block.range) ?? block.range
    }

    mutating func addHTML(_ html: String, range: SourceRange) {
        text.addHTML(html)
        self.range = self.range?.union(range) ?? range
        if !HTMLText.strip(html).text.allSatisfy(\.isWhitespace) { started = true }
    }

    func answer() -> QAAnswer {
        QAAnswer(range: range, hasMarker: hasMarker, text: text,
                 digest: TextNormalizer.digest(text.prose, text.code))
    }
}

/// A question whose answer is still being read.
struct OpenQuestion {
    var text: String
    var range: SourceRange
    var level: Int
    var layout: QuestionLayout
    var evidence: QuestionEvidence
    var prompt = BlockText()
    var answer = AnswerBuilder()
    /// An answer container has given the answer: what follows may be the next question.
    var containerAnswered = false

    init(text: String, range: SourceRange, level: Int, layout: QuestionLayout, evidence: QuestionEvidence? = nil) {
        self.text = text
        self.range = range
        self.level = level
        self.layout = layout
        self.evidence = evidence ?? Self.evidence(of: layout)
    }

    /// What a question of each layout is read from, where the layout says it all.
    static func evidence(of layout: QuestionLayout) -> QuestionEvidence {
        switch layout {
        case .heading: .questionMark
        case .listItem: .itemAsks
        case .boldParagraph: .boldParagraph
        case .details: .summary
        case .topicHeading: .topic
        case .blockquote: .quote
        case .labelledParagraph: .labelledParagraph
        case .definition: .definition
        case .paragraph: .numberedLines
        case .admonition: .admonition
        case .table: .table
        }
    }

    /// Everything read so far becomes the prompt: an explicit answer follows.
    mutating func answerFollows() {
        if !answer.text.isBlank {
            prompt = answer.text
            answer = AnswerBuilder()
        }
    }
}

private struct Builder {
    let blocks: [MarkdownBlock]
    let structure: QADocumentReader.Structure
    var title: String?
    var sections: [QASection] = []
    var questions: [QAQuestion] = []
    var headings: [QAHeading] = []
    /// The section new questions go into.
    var currentSection: Int?
    /// The question whose answer is being collected.
    var open: OpenQuestion?
    /// A topic heading was just read: the paragraph under it is its question.
    var awaitingTopicQuestion = false
    /// What could pass for a question and was not read as one.
    var skipped: [QASkipped] = []
    /// Equal questions read so far, for their identities' occurrence numbers.
    var occurrences = QuestionOccurrences()
    /// The `<details>` that start at each block index (found once, before the walk).
    var detailsAt: [Int: Details] = [:]
    /// The `<details>` inside each `<details>` (by the outer one's index).
    var nestedDetails: [Int: [Details]] = [:]
    /// Summaries that label answer containers in this document, in any language: the same
    /// text repeated under question after question.
    var containerLabels: Set<String> = []
    /// Labels of answer slots repeated under the questions (`AnswerSlot`).
    var slotLabels: Set<String> = []
    /// Paragraphs under an FAQ title that open with the entry in bold (`LeadIn`), and bold
    /// statements alone among bold questions.
    var leadIns: Set<Int> = []
    /// Bold statements alone among bold paragraphs that mostly ask (`LeadIn.statements`).
    var boldStatements: Set<Int> = []
    /// Paragraphs that open with a problem label, two or more in the document
    /// (`problemParagraphs`).
    var problemParagraphs: Set<Int> = []
    /// `<details>` that fold away lists of links to other pages: an index, not questions.
    var linkIndex: Set<Int> = []
    /// `<details>` that fold content away in a document whose `<details>` mostly do not ask
    /// ("Build from source" in a README): content, not questions.
    var folded: Set<Int> = []
    /// The questions (indices into `questions`) of each checklist a sentence introduced.
    var introducedLists: [Range<Int>] = []
    /// Each list read as questions: its first question's index, its items, and whether every
    /// item is one line and nothing more.
    var questionLists: [(first: Int, items: Int, bare: Bool)] = []
    /// Admonitions (`??? faq "…"`, `:::info …`), by the index of their first block, and
    /// whether each is a question.
    var admonitions: [Int: (admonition: Admonition, isQuestion: Bool)] = [:]
    /// Paragraphs of numbered lines that Markdown does not read as lists (`1.什么是…`).
    var numberedLines: [Int: NumberedLines.Paragraph] = [:]
    /// Those of them whose run mostly asks with a question mark (`NumberedLines.runs`).
    var askingRuns = Set<Int>()
    /// The title the front matter gives the page, if any: an FAQ title there ("title:
    /// Troubleshooting") makes the whole page an FAQ.
    var pageTitle: String?
    /// The index of the block being read.
    var index = 0
    /// Lists of one item, each right after a rule, where a third or more of them ask: the
    /// entries of a document that divides them with rules (`ruleEntries(_:)`).
    var ruleEntries: Set<Int> = []
    /// Numbered lists over lists of choices: a quiz's questions (`ChoiceLists.stems`).
    var choiceStems: Set<Int> = []
    /// Paragraphs holding a plain question of an FAQ, with the offset of its line
    /// (`PlainQuestions`).
    var plainQuestions: [Int: Int] = [:]
    /// Paragraphs set apart by spacing that title questions (`PlainQuestions.spaced`).
    var spacedQuestions = Set<Int>()
    /// Paragraphs that ask right before an answer slot's label, where no heading stands
    /// (`AnswerSlot.questionsBefore`).
    var promptedQuestions = Set<Int>()
    /// Paragraphs that open a part ending in an answer container (`ContainerParts`).
    var stemsOfContainers = Set<Int>()
    /// The topic heading open only labels the question in the paragraph under it
    /// (`HeadingLevels.labelsQuestionBelow`).
    var topicLabelsQuestion = false
    /// The FAQ-titled parts of the document (`HeadingFacts.faqScopes`).
    var faqScopes: [Range<Int>] = []
    /// Quotes that ask, each followed by its answer, where they are most of the document's
    /// quotes (`QuoteEntries`): the question of each, by block index.
    var quoteEntries: [Int: (text: String, line: Int)] = [:]
    /// The last list item read as a question was all bold (`ListItemQuestion.boldLine`).
    var lastItemWasBold = false
    /// The number of the last question read from an item of an ordered list.
    var lastItemNumber: Int?
    /// The document's definition lists define terms ("btoa()" then ":   Encodes…"): fewer
    /// than a third of their terms ask.
    var isGlossary = false
    /// The document writes its bold list questions with a question mark (five or more, and
    /// most of its bold items): a bold item that does not ask is advice or a step there.
    var boldItemsAsk = false
    /// The document asks its questions as headings (three or more): a list of bold titles
    /// that neither ask nor open as questions, outside their answers, is a section's points
    /// ("## Red Flags" over "1. **Não admite que não sabe**").
    var asksInHeadings = false
    /// The document labels its questions in paragraphs ("**Q: I can't see modded items**",
    /// three or more): a list of bold titles that neither ask nor open as questions is a
    /// section's steps there ("## Quick Fixes" over "1. **Check required mod versions**").
    /// (Counted where first needed: most documents have no list of bold titles.)
    var labelsParagraphQuestions: Bool {
        mutating get {
            if let known = labelsParagraphQuestionsFound { return known }
            let found = Self.labelledParagraphs(blocks) >= 3
            labelsParagraphQuestionsFound = found
            return found
        }
    }
    var labelsParagraphQuestionsFound: Bool?
    /// The document is a bank of heading questions most of which have no answer: five or
    /// more headings ask, and most of them stand right above another heading of their level
    /// or higher, or the end.
    var unansweredHeadings = false
    /// The document's lists are a reading list (`LinkIndex.readingList`): an item that is
    /// only a link is no question.
    var readingList = false
    /// The entries of a raw HTML accordion, by the index of the HTML block that holds them.
    var accordion: [Int: [HTMLAccordion.Entry]] = [:]
    /// Lists half of whose items ask, short of the two thirds a list needs by itself, and
    /// runs of numbered lines too few of which ask: questions where the document asks
    /// elsewhere.
    var nearMisses = 0
    /// The document asks enough questions elsewhere that such lists are questions too.
    var documentAsks = false
    /// The page's title names it a bank of questions without asking ("# Pytania
    /// rekrutacyjne", "title: 신입 개발자 예상 면접 질문"): the lists under its category
    /// headings are its questions (`underQuestionBankTitle`).
    var pageNamesQuestions = false
    /// The heading last above each block (by index), if any.
    var headingAbove: [Int?] = []
    /// The text of the heading last above the block being read, if any.
    var titleAbove: String? { headingAbove[index].map { InlineText.plain(blocks[$0].inlines) } }
    /// Reading the lists under the items of a list of question categories
    /// (`ListItemQuestion.holdsNestedQuestions`).
    var inQuestionCategory = false

    /// The passes that turn parsed blocks into the blocks a reader of the rendered page sees,
    /// in order: content that Markdown parsed as code or as one list item or one HTML block
    /// is read as what the page shows.
    static let passes: [@Sendable ([MarkdownBlock]) -> [MarkdownBlock]] = [
        CommentedLines.split, ContentTabs.unwrapped, HeadingItems.unwrapped, SwallowedMarkdown.split, UnspacedHeadings.split, LeadingMarkup.split, LabelledLines.split,
        Details.splitClosingOpeners, Details.joiningBareOpeners, Admonition.splitClosingComponents,
        Admonition.unwrappingCategories, Admonition.splitRunOnOpeners,
    ]

    init(blocks: [MarkdownBlock], structure: QADocumentReader.Structure) {
        self.blocks = Self.passes.reduce(blocks) { blocks, pass in pass(blocks) }
        self.structure = structure
    }

    /// A file's name as a title: "faq_keymap.md" → "faq keymap"; an index or README page
    /// takes its folder's name ("faq/index.de.md" → "faq").
    static func fileTitle(_ path: String) -> String {
        let parts = path.split(separator: "/")
        // The name without its extension and its language ("faq.es.md", "README.pt-BR.md"); full
        // stops inside it stay ("F.A.Q.md").
        guard var dotted = parts.last?.split(separator: "."), !dotted.isEmpty else { return "" }
        if dotted.count >= 2 { dotted.removeLast() }
        if dotted.count >= 2, let last = dotted.last, isLanguageTag(last) { dotted.removeLast() }
        var name = Substring(dotted.joined(separator: "."))
        if ["index", "_index", "readme"].contains(name.lowercased()), parts.count >= 2 { name = parts[parts.count - 2] }
        return name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }

    /// True for a language tag of a file name: two letters, and a region after a hyphen or
    /// an underscore ("es", "pt-BR", "zh_CN").
    private static func isLanguageTag(_ part: Substring) -> Bool {
        let pieces = part.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let language = pieces.first, pieces.count <= 2, language.count == 2, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return pieces.count == 1 || (2...4).contains(pieces[1].count) && pieces[1].allSatisfy { $0.isASCII && $0.isLetter }
    }

    mutating func build(path: String) -> QADocument {
        // Headings inside a <details> belong to it ("#### Answer: B" in a quiz answer). Only
        // the outermost are read: the walk goes past what they hold.
        var insideDetails = Set<Int>()
        var covered = 0
        let (ends, summaryCloses) = Details.ends(in: blocks)
        var outer: Int?
        var nestedCovered = 0
        for (start, end) in ends.sorted(by: { $0.key < $1.key }) {
            if start < covered, let outer {
                // Directly inside another <details> (deeper ones are inside these: reading
                // each would make unclosed nesting quadratic): a follow-up question, if that
                // one is a question.
                guard start >= nestedCovered, let nested = Details(blocks, at: start, end: end, summaryCloses: summaryCloses) else { continue }
                nestedDetails[outer, default: []].append(nested)
                nestedCovered = nested.end
                continue
            }
            guard let details = Details(blocks, at: start, end: end, summaryCloses: summaryCloses) else { continue }
            // `<details><summary>FAQs</summary>` folds a list of questions away: what it holds
            // is read as if it stood outside.
            if ReadingVocabulary.isFAQTitle(details.summary) { continue }
            detailsAt[start] = details
            insideDetails.formUnion(start..<details.end)
            covered = details.end
            outer = start
        }
        // Follow-ups folded inside the answer's list items ("- …" then, indented under it,
        // "<details><summary>꼬리질문 : …</summary>"), where they ask: questions of their own,
        // as those directly inside are.
        for (start, details) in detailsAt {
            let followUps = Self.followUpsInItems(blocks[(start + 1)..<details.end])
            guard !followUps.isEmpty else { continue }
            nestedDetails[start] = ((nestedDetails[start] ?? []) + followUps).sorted { $0.summaryRange.startLine < $1.summaryRange.startLine }
        }
        containerLabels = Details.containerLabels(detailsAt.values.map(\.summary))
        linkIndex = LinkIndex.entries(detailsAt.filter { !isContainer($0.value) })
        let headingTexts: [Int: String] = Dictionary(uniqueKeysWithValues: blocks.indices.compactMap { index in
            blocks[index].headingLevel == nil || insideDetails.contains(index)
                ? nil : (index, QuestionText.withoutAttributes(InlineText.plain(blocks[index].inlines)))
        })
        isGlossary = Self.isGlossary(blocks)
        if structure.allows(.details) { accordion = HTMLAccordion.entries(in: blocks) }
        if structure.allows(.listItem) {
            boldItemsAsk = ListItemQuestion.boldItemsAsk(blocks)
            readingList = LinkIndex.readingList(blocks)
            ruleEntries = Self.ruleEntries(blocks)
            choiceStems = ChoiceLists.stems(blocks)
            unansweredHeadings = Self.unansweredHeadings(blocks, texts: headingTexts)
        }
        if structure.allows(.blockquote) { quoteEntries = QuoteEntries.entries(blocks) }
        if structure.allows(.paragraph) {
            let runs = NumberedLines.runs(in: blocks, documentAsks: documentAsks)
            numberedLines = runs.paragraphs
            askingRuns = runs.asking
            nearMisses += runs.silentRuns
        }
        let slots = AnswerSlot.labels(blocks: blocks, headingTexts: headingTexts)
        slotLabels = Set(slots.keys)
        if structure.allows(.paragraph) { promptedQuestions = AnswerSlot.questionsBefore(labels: slotLabels, blocks: blocks) }
        // The page's title may say it is an FAQ: its front matter's, or — where the page has no
        // title of its own, neither there nor in a first heading at level 1 — its file name
        // ("faq.md", "docs/faq/index.md", "troubleshooting.md").
        let firstHeading = blocks.firstIndex { $0.headingLevel != nil }
        let untitled = pageTitle == nil && firstHeading.map { blocks[$0].headingLevel } != 1
        // (An untitled page's file name names it too: "면접질문.md", "interview-questions.md".)
        if let title = pageTitle ?? firstHeading.flatMap({ blocks[$0].headingLevel == 1 ? headingTexts[$0] : nil })
            ?? (untitled ? Self.fileTitle(path) : nil) {
            pageNamesQuestions = ReadingVocabulary.namesQuestions(title) && QuestionText.lastQuestionMark(title) == nil
                && !QADocumentReader.readsAsQuestion(title)
        }
        // (A titled page in a file named as a bank — "面试题.md" titled "每天看一次" — is one.)
        if !pageNamesQuestions, !untitled, ReadingVocabulary.namesQuestions(Self.fileTitle(path)) { pageNamesQuestions = true }
        var last: Int?
        headingAbove = blocks.indices.map { index in
            defer { if blocks[index].headingLevel != nil { last = index } }
            return last
        }
        let pageIsFAQ = pageTitle.map(ReadingVocabulary.titlesFAQPage) ?? (untitled && ReadingVocabulary.titlesFAQPage(Self.fileTitle(path)))
        let facts = HeadingFacts(blocks: blocks, texts: headingTexts, pageIsFAQ: pageIsFAQ)
        faqScopes = facts.faqScopes
        // Lists of links to other pages on a page that is no FAQ and names no questions are its
        // navigation, however their titles ask ("* [서버는 어떻게 열어야 하나요?](/tutorials/…)"
        // on a getting-started page): where each item is only a link, ten or more.
        if structure.allows(.listItem), !readingList, faqScopes.isEmpty, !pageNamesQuestions, facts.questionListScopes.isEmpty {
            readingList = LinkIndex.navigation(blocks)
        }
        // (So under a heading that names its part questions: "## SORULAR" over "Framework
        // nedir?" lines, each answered by the list under it.)
        if structure.allows(.paragraph), !faqScopes.isEmpty || !facts.questionListScopes.isEmpty {
            plainQuestions = PlainQuestions.find(blocks, scopes: faqScopes + facts.questionListScopes)
        }
        // Under an FAQ title a <details> is an entry whatever its summary says ("Мого
        // улюбленого інсталятора тут немає."), not content folded away — unless the summary
        // organizes ("Table of contents").
        // Nor one that folds a list of questions away ("<summary>운영체제</summary>" over them).
        folded = Details.foldedContent(detailsAt.filter {
            !isContainer($0.value) && !linkIndex.contains($0.key) && !Self.isCategory($0.value, nested: nestedDetails[$0.key] ?? [])
                && !(facts.inFAQ($0.key) && !ReadingVocabulary.isOrganizingTitle($0.value.summary))
                && !Self.foldsQuestionList(blocks[($0.key + 1)..<$0.value.end])
        })
        let found = Admonition.all(in: blocks)
        if !found.isEmpty {
            // (An admonition among the prose of an FAQ's section is a callout of an answer.)
            let kinds = structure.allows(.admonition) ? Admonition.questionKinds(found, faqScope: {
                facts.inFAQ($0) && !Admonition.standsAmongProse($0, blocks: blocks, admonitions: found)
            }) : []
            // Where most titled components do not ask, those of an FAQ are its entries whatever
            // their titles say ("<Accordion title=\"Keine Antworten\">" on a troubleshooting
            // page); where most ask, one that does not is something else ("Required reading").
            let components = found.values.filter { $0.isComponent && !$0.title.isEmpty }
            let statements = components.filter { !QADocumentReader.asksSomewhere($0.title) }.count * 2 > components.count
            admonitions = Dictionary(uniqueKeysWithValues: found.map { index, admonition in
                let asks = admonition.isComponent
                    ? structure.allows(.admonition) && (QADocumentReader.asksSomewhere(admonition.title) || statements && facts.inFAQ(index))
                    : kinds.contains(admonition.kind)
                return (index, (admonition, asks && !admonition.title.isEmpty))
            })
        }
        let levels = HeadingLevels(blocks: blocks, texts: headingTexts, structure: structure,
                                   answered: answeredHeadings(headingTexts, repeated: facts.repeated).union(slots.values.joined()), facts: facts,
                                   otherQuestions: Set(admonitions.filter(\.value.isQuestion).keys).union(numberedLines.keys))
        asksInHeadings = levels.questionCount >= 3
        if structure.allows(.paragraph), structure.allows(.details), !detailsAt.isEmpty {
            stemsOfContainers = ContainerParts.stems(blocks: blocks, details: detailsAt) {
                levels.evidence($0, text: headingTexts[$0] ?? "") != nil || levels.isTopic($0)
            }
        }
        if structure.allows(.paragraph), plainQuestions.isEmpty, !asksInHeadings, pageNamesQuestions || !faqScopes.isEmpty {
            spacedQuestions = PlainQuestions.spaced(blocks)
        }
        if structure.allows(.labelledParagraph) { problemParagraphs = Self.problemParagraphs(blocks) }
        if structure.allows(.boldParagraph) {
            let isQuestion = { (index: Int) in headingTexts[index].map { levels.evidence(index, text: $0) != nil || levels.isTopic(index) } ?? true }
            leadIns = LeadIn.entries(blocks: blocks, scopes: facts.faqScopes, isQuestion: isQuestion)
            boldStatements = LeadIn.statements(blocks: blocks, isQuestion: isQuestion)
            leadIns.formUnion(boldStatements)
        }
        // Sections: the deepest heading level above the question headings that the document
        // uses (`## Topic` over `#### 12. Question`); without question headings (questions
        // in lists or <details>), the top level that has several headings.
        let usedLevels = Dictionary(headingTexts.keys.compactMap { blocks[$0].headingLevel }.map { ($0, 1) }, uniquingKeysWith: +)
        let sectionLevel = structure.sectionLevel
            ?? levels.questionLevel.map { level in usedLevels.keys.filter { $0 < level }.max() ?? level - 1 }
            ?? usedLevels.filter { $0.value >= 2 }.keys.min() ?? 0

        index = 0
        while index < blocks.count {
            let block = blocks[index]
            defer { index += 1 }
            if let level = block.headingLevel, let text = headingTexts[index] {
                if levels.isTopic(index) {
                    closeQuestion()
                    open = OpenQuestion(text: text, range: block.range, level: level, layout: .topicHeading)
                    awaitingTopicQuestion = true
                    topicLabelsQuestion = HeadingLevels.labelsQuestionBelow(text, repeated: facts.repeated.contains(index))
                    continue
                }
                heading(block, level: level, text: text, evidence: levels.evidence(index, text: text), sectionLevel: sectionLevel,
                        answerPart: levels.isAnswerPart(index))
                // A question under a bare label ("## Вопрос 1") is the paragraph below it.
                if open?.range == block.range, QuestionPrefix.isBareLabel(text) {
                    awaitingTopicQuestion = true
                    topicLabelsQuestion = true
                }
                if levels.isSectionTitle(index) { skipped.append(QASkipped(line: block.range.startLine, kind: .sectionTitle)) }
                continue
            }
            // Under a topic heading, the first paragraph is the question itself — its text,
            // under a bare label ("## Question 1").
            if awaitingTopicQuestion, case .paragraph = block.kind {
                awaitingTopicQuestion = false
                if open != nil, topicLabelsQuestion {
                    let (line, rest) = block.inlines.splitAtFirstBreak()
                    open?.text = InlineText.plain(line)
                    if !rest.isEmpty { open?.prompt.add(block.replacingInlines(rest)) }
                } else {
                    open?.prompt.add(block)
                }
                continue
            }
            awaitingTopicQuestion = false
            if structure.allows(.details), let details = detailsAt[index] {
                let nested = nestedDetails[index] ?? []
                let start = index
                index = details.end - 1
                if linkIndex.contains(start) {
                    skipped.append(QASkipped(line: details.summaryRange.startLine, kind: .linkIndex))
                } else if folded.contains(start) {
                    skipped.append(QASkipped(line: details.summaryRange.startLine, kind: .foldedContent))
                    content(Array(blocks[start..<details.end]))
                } else if isContainer(details) || answersOpenHeading(details) {
                    answerContainer(details)
                } else if !QADocumentReader.asksSomewhere(details.summary) || ReadingVocabulary.namesQuestions(details.summary),
                          Self.foldsQuestionList(blocks[(start + 1)..<details.end]) {
                    // "<summary>Fragen, die du stellen solltest ?</summary>" over a list of
                    // questions (a summary that does not ask, or names questions): their
                    // category; the list is read as the document's own. (A question over a
                    // checklist that asks is answered by it.)
                    closeQuestion()
                    skipped.append(QASkipped(line: details.summaryRange.startLine, kind: .category))
                    index = start
                } else if Self.isCategory(details, nested: nested) {
                    // "<details><summary>자기소개/지원동기</summary>" over <details> that ask:
                    // a category of the questions folded inside it.
                    closeQuestion()
                    skipped.append(QASkipped(line: details.summaryRange.startLine, kind: .category))
                    for question in nested where !isContainer(question) { detailsQuestion(question, nested: []) }
                } else {
                    detailsQuestion(details, nested: nested)
                }
                continue
            }
            if let (admonition, isQuestion) = admonitions[index] {
                let start = index
                index = admonition.end - 1
                if isQuestion {
                    // "::: warning 问题 1" then "::: tip 回答 1": the next admonition answers.
                    let answer = admonitions[admonition.end].map(\.admonition).flatMap { $0.isAnswer ? $0 : nil }
                    if let answer {
                        skipped.append(QASkipped(line: answer.line, kind: .answerContainer))
                        index = answer.end - 1
                    }
                    admonitionQuestion(admonition, answer: answer)
                } else {
                    if !admonition.title.isEmpty { skipped.append(QASkipped(line: admonition.line, kind: .note)) }
                    content(Array(blocks[start..<admonition.end]))
                }
                continue
            }
            if let entries = accordion[index] {
                readRows(entries.map { ($0.line, $0.question, $0.answer) }, layout: .details, evidence: .accordionToggle)
                continue
            }
            // A line that asks right before an answer slot's label is a question written
            // without its heading, wherever it stands; the label is not its answer.
            if promptedQuestions.contains(index) {
                readPlainQuestion(block, line: 0, evidence: .beforePrompt)
                if index + 1 < blocks.count, let (label, rest) = AnswerSlot.split(blocks[index + 1]), slotLabels.contains(label) {
                    index += 1
                    skipped.append(QASkipped(line: blocks[index].range.startLine, kind: .slotLabel))
                    if let rest { open?.answer.add(rest) }
                }
                continue
            }
            // Inside the answer of a question heading, everything belongs to the answer (until
            // an answer container has given it).
            if let question = open, question.layout == .heading || question.layout == .topicHeading, !question.containerAnswered,
               let numbered = resumedNumbering(question) {
                readNumbered(numbered)
                continue
            }
            if let question = open, question.layout == .heading || question.layout == .topicHeading, !question.containerAnswered,
               !startsQuestionList(block) {
                // An answer slot's label ("> The answer goes here") is not the answer.
                if question.answer.text.isBlank, !slotLabels.isEmpty, let (label, rest) = AnswerSlot.split(block), slotLabels.contains(label) {
                    skipped.append(QASkipped(line: block.range.startLine, kind: .slotLabel))
                    if let rest { open?.answer.add(rest) }
                    continue
                }
                open?.answer.add(block)
                continue
            }
            if readsAsQuestions(block) { continue }
            if open != nil {
                open?.answer.add(block)
            } else if let section = currentSection, !BlockText.of([block]).isBlank {
                sections[section].hasOtherContent = true
            }
        }
        closeQuestion()
        finishSection(currentSection)
        dropQuestionsInProse()
        if title == nil, levels.questionLevel == nil, let first = headings.first { title = first.text }
        var document = QADocument(path: path, title: title, sections: sections, questions: questions, headings: headings,
                                  markdownBlocks: blocks, comments: HTMLComments.collect(in: blocks))
        document.skipped = skipped
        return document
    }

    /// Headings that one answer follows — an answer container, or a paragraph labelled as an
    /// answer (`**Réponse :** …`, `答：…`): the question it answers, whatever the heading
    /// says. A heading followed by several answers is a section, not a question; an answer
    /// after a question of another layout (a `Q:` paragraph) is that question's.
    /// A heading whose text is `repeated` ("题目要点", "Example") is a label inside the
    /// answer, not the question.
    func answeredHeadings(_ headingTexts: [Int: String], repeated: Set<Int>) -> Set<Int> {
        var answers: [Int: Int] = [:]
        // Headings answered by a summary that is a label only by repetition, by that label.
        var byLabel: [String: [Int]] = [:]
        var lastHeading: Int?
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if let text = headingTexts[index] {
                // A label repeated over each question ("### 题目") starts the question written
                // under it: what answers it is not the heading above's.
                if !repeated.contains(index) { lastHeading = index } else if HeadingLevels.labelsQuestionBelow(text, repeated: true) { lastHeading = nil }
            }
            if let details = detailsAt[index] {
                if details.isToggle {
                    // Folds something away: says nothing of the heading.
                } else if isContainer(details) {
                    if let heading = lastHeading {
                        if details.isAnswer {
                            answers[heading, default: 0] += 1
                        } else {
                            byLabel[TextNormalizer.words(details.summary), default: []].append(heading)
                        }
                    }
                } else {
                    lastHeading = nil
                }
                index = details.end
                continue
            }
            if let heading = lastHeading, case .paragraph = block.kind {
                if AnswerMarker.strip(block.inlines) != nil || AnswerMarker.stripNumbered(block.inlines) != nil {
                    answers[heading, default: 0] += 1
                } else if numberedLines[index] != nil || asksFirst(block) || ParagraphQuestion(block, definitions: !isGlossary) != nil
                            || LeadIn.opensWithBoldLabel(block) {
                    // (After another part labelled in bold, "**Nagłówki:**", an answer label is
                    // one part of a reference entry — "**Odpowiedź:**", the response — not the
                    // heading's answer.)
                    lastHeading = nil
                }
            }
            // A list of items that ask or are answered ("1. Czy migrate…?↵Odp: Tak"): a label
            // after it answers its last item, not the heading.
            if lastHeading != nil, case .list = block.kind, block.children.contains(where: ListItemQuestion.asksOrIsAnswered) {
                lastHeading = nil
            }
            index += 1
        }
        // A summary repeated under headings answers them ("Resposta" under "###### 1. Qual…")
        // where a third of them read as questions by themselves.
        for headings in byLabel.values where QADocumentReader.aThirdReadAsQuestions(headings, texts: headingTexts) {
            for heading in headings { answers[heading, default: 0] += 1 }
        }
        return Set(answers.filter { $0.value == 1 }.keys)
    }

    /// True when a paragraph's first line asks or is numbered: the question an answer
    /// container right after it answers.
    func asksFirst(_ paragraph: MarkdownBlock) -> Bool {
        let first = paragraph.inlines.splitAtFirstBreak().line
        // A question is a line, not a page: a first line of thousands of bytes asks nothing.
        guard first.reduce(0, { length, inline in
            if case .text(let text) = inline { return length + text.utf8.count }
            return length
        }) <= Self.longestQuestion else { return false }
        let line = InlineText.plain(first)
        return QADocumentReader.isQuestion(line) || QuestionPrefix.isNumbered(line)
    }

    /// The longest first line (in bytes of text) that is read as a question.
    static let longestQuestion = 600

    /// True when an answer container follows the block at `index`.
    func containerFollows(_ index: Int) -> Bool {
        detailsAt[index + 1].map(isContainer) ?? false
    }

    /// True when a `<details>` that does not ask stands right under a question heading with
    /// nothing written yet: it holds that question's answer, whatever its summary says
    /// ("토글", "Show").
    func answersOpenHeading(_ details: Details) -> Bool {
        guard let question = open, question.layout == .heading, !question.containerAnswered,
              question.answer.text.isBlank else { return false }
        return !QADocumentReader.isQuestion(details.summary)
    }

    func isContainer(_ details: Details) -> Bool {
        details.isAnswer || details.isToggle || containerLabels.contains(TextNormalizer.words(details.summary))
    }

    // MARK: Headings

    /// `answerPart`: the heading is a part of the answer above it, even at its question's
    /// level (`HeadingLevels.isAnswerPart`).
    mutating func heading(_ block: MarkdownBlock, level: Int, text: String, evidence: QuestionEvidence?, sectionLevel: Int,
                          answerPart: Bool = false) {
        if let evidence {
            closeQuestion()
            open = OpenQuestion(text: text, range: block.range, level: level, layout: .heading, evidence: evidence)
            return
        }
        if let question = open, question.layout == .heading || question.layout == .topicHeading,
           level > question.level || answerPart && level == question.level {
            open?.answer.add(block)  // a sub-heading inside the answer
            skipped.append(QASkipped(line: block.range.startLine, kind: .subHeading))
            return
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

    // MARK: Details

    /// A `<details>` that asks in its summary, and the follow-up questions inside it (each a
    /// `<details>` whose summary is not a label: "꼬리질문1: …").
    mutating func detailsQuestion(_ details: Details, nested: [Details]) {
        closeQuestion()
        var question = OpenQuestion(text: details.summary, range: details.summaryRange, level: 0, layout: .details)
        question.prompt = details.summaryExtra
        question.answer = details.answer
        open = question
        closeQuestion()
        for followUp in nested where !isContainer(followUp) {
            var question = OpenQuestion(text: followUp.summary, range: followUp.summaryRange, level: 0, layout: .details, evidence: .followUp)
            question.prompt = followUp.summaryExtra
            question.answer = followUp.answer
            open = question
            closeQuestion()
        }
    }

    /// True when five or more headings ask and most of them stand right above another heading
    /// of their level or higher, or the end: a bank of questions without answers. (A
    /// sub-heading right under one is part of its answer: "#### ❌ Respuesta Mala:".)
    static func unansweredHeadings(_ blocks: [MarkdownBlock], texts: [Int: String]) -> Bool {
        let asking = texts.filter { QADocumentReader.isQuestionTitle($0.value) }.keys
        guard asking.count >= 5 else { return false }
        let bare = asking.filter { index in
            guard index + 1 < blocks.count else { return true }
            guard let next = blocks[index + 1].headingLevel, let level = blocks[index].headingLevel else { return false }
            return next <= level
        }
        return bare.count * 2 > asking.count
    }

    /// True when the blocks inside a `<details>` hold a list of three or more items, two
    /// thirds of which ask, or a list of categories over such lists (`holdsNestedQuestions`):
    /// a list of questions folded away, not one question's answer.
    static func foldsQuestionList(_ inside: ArraySlice<MarkdownBlock>) -> Bool {
        inside.contains { block in
            guard case .list = block.kind else { return false }
            let asking = block.children.filter(ListItemQuestion.asks).count
            return asking >= 3 && asking * 3 >= block.children.count * 2 || ListItemQuestion.holdsNestedQuestions(block)
        }
    }

    /// True when a `<details>` that does not ask folds away two or more that do: a category.
    static func isCategory(_ details: Details, nested: [Details]) -> Bool {
        nested.count >= 2 && !QADocumentReader.asksSomewhere(details.summary)
            && nested.filter { QADocumentReader.asksSomewhere($0.summary) }.count >= 2
    }

    /// A `<details>` whose summary says "Answer": the answer of the open question.
    mutating func answerContainer(_ details: Details) {
        skipped.append(QASkipped(line: details.summaryRange.startLine, kind: .answerContainer))
        guard open != nil else { return }
        open?.answerFollows()
        open?.containerAnswered = true
        open?.answer.text.add(details.answer.text)
        let range = details.answer.range ?? details.range
        let existing = open?.answer.range
        open?.answer.range = existing?.union(range) ?? range
    }

    // MARK: Admonitions

    mutating func admonitionQuestion(_ admonition: Admonition, answer: Admonition? = nil) {
        closeQuestion()
        let range = SourceRange.line(admonition.line)
        var question = OpenQuestion(text: admonition.title, range: range, level: 0, layout: .admonition)
        var body = admonition.body[...]
        // Under a bare label ("::: warning 问题 1"), the body's first paragraph is the question.
        if QuestionPrefix.isBareLabel(admonition.title), let first = body.first, case .paragraph = first.kind {
            question.text = InlineText.plain(first.inlines.splitAtFirstBreak().line)
            body = body.dropFirst()
        }
        for block in body { question.answer.text.add(block) }
        question.answer.range = admonition.bodyRange
        if let answer {
            question.answerFollows()
            for block in answer.body { question.answer.text.add(block) }
            question.answer.range = answer.bodyRange ?? question.answer.range
        }
        open = question
        closeQuestion()
    }

    /// Blocks that are no question: the open question's answer, or content of the section.
    mutating func content(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            if open != nil {
                open?.answer.add(block)
            } else if let section = currentSection, !BlockText.of([block]).isBlank {
                sections[section].hasOtherContent = true
            }
        }
    }

    // MARK: Other layouts

    /// Starts the questions a block holds, if it is one of the paragraph, list or quote
    /// layouts. False when the block is not a question.
    mutating func readsAsQuestions(_ block: MarkdownBlock) -> Bool {
        switch block.kind {
        case .list(let ordered, let start):
            guard structure.allows(.listItem) else { return false }
            if TableOfContents.isTableOfContents(block) {
                skipped.append(QASkipped(line: block.range.startLine, kind: .tableOfContents))
                return false
            }
            // A checklist that a sentence of an answer introduces ("In the file:" then "- Is
            // `draft` set to `true`?") is part of that answer.
            // Not a list that goes on with the numbering of the last numbered question ("1.
            // What is a function?", "  Your answer:", "2. What is…?" set outside the item): the
            // next question, whatever the line before it says (`continuesNumbering`).
            let introduced = introducesChecklist(block) && !continuesNumbering(block)
            if introduced && open != nil { return false }
            // Under "## References" ("## Referencias", "## Further reading"), a list names pages
            // elsewhere, one of whose titles may ask ("- [How to make nix build display all
            // commands?](…)"), unless every item asks.
            if let title = titleAbove, ReadingVocabulary.titlesReferences(title),
               !block.children.allSatisfy(ListItemQuestion.asks) { return false }
            if continuesNumberedTitles(block) { return false }
            // A task set as a bullet, opening a part that ends in an answer container
            // (`ContainerParts`), whatever it says.
            if stemsOfContainers.contains(index), let item = block.children.first {
                closeQuestion()
                open = ListItemQuestion(item: item, ordered: ordered, requireQuestion: false)?.open
                open?.evidence = .answered
                return true
            }
            // A list of categories, each over a list of questions of its own: those lists.
            // A quiz's question over its choices, whatever it says.
            if choiceStems.contains(index) {
                for item in block.children {
                    closeQuestion()
                    open = ListItemQuestion(item: item, ordered: ordered, requireQuestion: false)?.open
                    open?.evidence = .choiceStem
                }
                return true
            }
            // An FAQ's entries written as bold leads or "symptom: fix" lines, each followed by its
            // answer (`leadEntries`) — not a list a sentence introduces ("**Causes and fixes**:"
            // over "- **Model inference too slow**: …").
            if open == nil, faqScopes.contains(where: { $0.contains(index) }), !followsIntroduction(),
               let entries = leadEntries(block, ordered: ordered) {
                for entry in entries {
                    closeQuestion()
                    open = entry
                }
                return true
            }
            if !introduced, ListItemQuestion.holdsNestedQuestions(block) {
                closeQuestion()
                let outer = inQuestionCategory
                inQuestionCategory = true
                defer { inQuestionCategory = outer }
                for item in block.children {
                    skipped.append(QASkipped(line: item.range.startLine, kind: .category))
                    for child in item.children.dropFirst() where !readsAsQuestions(child) {
                        if open != nil { open?.answer.add(child) }
                    }
                    closeQuestion()
                }
                return true
            }
            // "- Answer (SK): …" items answer the item before them.
            let answers = block.children.filter(Self.isAnswerItem).count
            var read = block.children.compactMap { item in
                Self.isAnswerItem(item) || readingList && LinkIndex.isLinkOnly(item) ? nil : ListItemQuestion(item: item, ordered: ordered)
            }
            if boldItemsAsk { read.removeAll { $0.open.evidence == .boldTitle } }
            if read.contains(where: { $0.open.evidence == .boldTitle }) && (asksInHeadings || labelsParagraphQuestions) {
                read.removeAll { $0.open.evidence == .boldTitle && !ReadingVocabulary.opensAsQuestion($0.open.text) }
            }
            let items = read.count
            // Two bold titles and nothing that asks ("1. **Klonowanie repozytorium**" over its
            // commands) are steps, where the document asks nothing elsewhere — not under an
            // FAQ title ("# FAQ" over "1. **Come chiedo aiuto.**").
            if block.children.count < 3, !read.isEmpty, !documentAsks, !faqScopes.contains(where: { $0.contains(index) }),
               read.allSatisfy({ $0.open.evidence == .boldTitle }) { return false }
            // Items that open with a question word ("- Что такое GIL") or set a task ("1. HTTP와
            // HTTPS의 차이에 대해 설명하세요") ask too, where with those that ask they make two
            // thirds of a list of three or more (two items say too little).
            let count = block.children.count - answers
            // A checklist ("Bevor du Hilfe suchst, prüfe:" over "- [ ] 7-Zip installiert?"):
            // checks to tick, not entries ("- [ ] 打包异常？→ 重新安装" answers itself).
            if count >= 2, block.children.allSatisfy(ListItemQuestion.isCheck) { return false }
            // Questions written as bold items, each list holding one with its answer quoted
            // under it: a bold item after them is one more, whatever it says ("* **My embeds
            // don't work.**").
            let boldRun = open?.layout == .listItem && lastItemWasBold && count > 0
                && block.children.allSatisfy { ListItemQuestion.boldLine(of: $0) != nil }
            if !(items * 2 >= count && items > 0) && !boldRun && !ruleEntries.contains(index) && !continuesNumbering(block) {
                // (A prompt over sub-questions counts too: "1. Consider the matrix $$…$$" over
                // "- What does it remind you of?")
                let worded = count >= 2 || inQuestionCategory
                    ? block.children.filter { ListItemQuestion.opensAsQuestion($0) || ListItemQuestion.asksBelow($0) }.count : 0
                // (Under a category of questions, a list all of whose items ask or set a task
                // is its questions, one item or two: "- 프로세스 동기화" over "- Race Condition에
                // 대해서 설명해주세요".)
                if !(count >= 3 && (items + worded) * 3 >= count * 2 && worded >= 2) && !(inQuestionCategory && items + worded >= count) {
                    // Half of them, or any under a heading that titles them as questions ("##
                    // Scenario-Based Questions"), in a document that asks elsewhere
                    // (`QADocumentReader.read`); not a task list ("- [ ] 쿠키와 세션 차이"),
                    // which lists what to do.
                    // (One worded item alone is a step: "2. **Создайте директорию** расширения:".)
                    // Or a list under a category of a page titled as a bank of questions,
                    // one of its items asking ("# Pytania rekrutacyjne", "### Core Javy", then
                    // "- Garbage Collectors" among "- Co to jest JVM?"), that no sentence
                    // introduces ("You will be able to:" then "- Explain concepts…").
                    let banked = items + worded >= 1 && !introduced && !followsIntroduction() && underQuestionBankTitle()
                    guard count >= 2, (items + worded) * 2 >= count && items + worded >= 2 || banked || titledAsQuestions(),
                          !block.children.allSatisfy(ListItemQuestion.isTask),
                          // Links to the document's own headings, nested or badged: a contents.
                          block.children.filter({ LinkIndex.onlyLinks($0) == true }).count * 2 < count else { return false }
                    nearMisses += 1
                    // (Right after a question, such a list is its answer: "**页面可见性可以有哪些
                    // 用途？**" then "- 通过 visibilityState 的值检测页面当前是否可见".)
                    guard documentAsks || banked, open.map({ !$0.answer.text.isBlank }) ?? true else { return false }
                }
            }
            // A list of mostly questions is a list of questions: its other items too. The last
            // one stays open: blocks after the list that are not indented enough to belong
            // to it ("10. **Q**" then three-space paragraphs) are its answer.
            closeQuestion()
            let first = questions.count
            // Where the questions are labelled ("- Question: …"), an item without a label that
            // does not ask belongs to the one before it ("- Choices: 2, 0, 3, 5" set one
            // level too far out).
            let labelled = read.filter { QuestionPrefix.hasLabel($0.open.text) }.count
            let byLabel = labelled >= 3 && labelled * 3 >= items * 2
            var previousNumber: Int?
            for (offset, item) in block.children.enumerated() {
                // (`asks` holds for a labelled item too.)
                // An item numbered lower than the question before it in the same list, that
                // does not ask, is that answer's own list set too far out ("473. ### What are
                // the array mutation methods?", then "1. Mutating methods: …"), as cmark keeps
                // one list across numbers.
                let restarts = ordered && item.itemNumber.map { number in previousNumber.map { number < $0 } ?? false } ?? false
                if open != nil, Self.isAnswerItem(item) || byLabel && !ListItemQuestion.asks(item)
                    || restarts && !ListItemQuestion.asks(item) {
                    for child in item.children { open?.answer.add(child) }
                    continue
                }
                previousNumber = item.itemNumber ?? previousNumber
                // An item over questions of its own is their title.
                if ListItemQuestion.titlesNestedQuestions(item) {
                    closeQuestion()
                    skipped.append(QASkipped(line: item.range.startLine, kind: .category))
                    for child in ListItemQuestion.unwrapped(item).children.dropFirst() { _ = readsAsQuestions(child) }
                    continue
                }
                guard let question = ListItemQuestion(item: item, ordered: ordered, requireQuestion: false) else { continue }
                closeQuestion()
                open = question.open
                // (Its own number: cmark reads "1.", "2.", "13." as one list.)
                if ordered { lastItemNumber = item.itemNumber ?? start + offset }
                lastItemWasBold = ListItemQuestion.boldLine(of: item) != nil
            }
            if introduced {
                closeQuestion()
                introducedLists.append(first..<questions.count)
            }
            // (Whether its items are bare matters only while it is the document's one list.)
            questionLists.append((first: first, items: block.children.count,
                                  bare: questionLists.isEmpty && block.children.count <= Self.longestRhetoricalList && block.children.allSatisfy {
                                      $0.children.count == 1 && !$0.children[0].inlines.contains { $0.isBreak }
                                  }))
            return true
        case .paragraph:
            // A quiz's question over its lettered choices, whatever it says.
            if choiceStems.contains(index) {
                closeQuestion()
                let range = SourceRange.line(block.range.startLine)
                open = OpenQuestion(text: InlineText.plain(block.inlines).trimmedWhitespace, range: range, level: 0,
                                    layout: .paragraph, evidence: .choiceStem)
                return true
            }
            if let numbered = numberedLines[index] {
                readNumbered(numbered)
                return true
            }
            if let offset = plainQuestions[index] {
                readPlainQuestion(block, line: offset)
                return true
            }
            if spacedQuestions.contains(index) {
                readPlainQuestion(block, line: 0, evidence: .spacedLine)
                return true
            }
            if open == nil, pageNamesQuestions, structure.allows(.paragraph),
               let lines = Self.questionLines(block, banked: underQuestionBankTitle()) {
                for (offset, text) in lines {
                    closeQuestion()
                    let line = block.range.startLine + offset
                    open = OpenQuestion(text: text, range: SourceRange.line(line),
                                        level: 0, layout: .paragraph, evidence: .listOfQuestions)
                }
                closeQuestion()
                return true
            }
            // A paragraph that asks, right before an answer container: the question it answers;
            // or one that opens a part ending in one, like three or more (`ContainerParts`).
            if structure.allows(.paragraph), containerFollows(index) && asksFirst(block) || stemsOfContainers.contains(index) {
                closeQuestion()
                let (line, rest) = block.inlines.splitAtFirstBreak()
                let range = SourceRange.line(block.range.startLine)
                open = OpenQuestion(text: InlineText.plain(line), range: range, level: 0, layout: .paragraph, evidence: .answered)
                if !rest.isEmpty { open?.prompt.add(block.replacingInlines(rest)) }
                return true
            }
            if structure.allows(.table), let rows = TableQuestions.rows(of: block) {
                readRows(rows.map { ($0.line, $0.question, $0.answer) }, layout: .table)
                return true
            }
            if leadIns.contains(index), let (text, rest) = LeadIn.split(block) {
                closeQuestion()
                let range = SourceRange.line(block.range.startLine)
                open = OpenQuestion(text: text, range: range, level: 0, layout: .boldParagraph,
                                    evidence: QADocumentReader.isQuestion(text) ? .boldParagraph
                                        : boldStatements.contains(index) ? .boldSibling : .faqEntry)
                if !rest.isEmpty { open?.answer.add(block.replacingInlines(rest)) }
                return true
            }
            // A definition list with a blank line between term and definition (PHP Markdown
            // Extra, MkDocs `def_list`): "What is it?" then ":   An installer."
            if structure.allows(.definition), !isGlossary, index + 1 < blocks.count, let definition = Self.definition(blocks[index + 1]),
               block.inlines.count <= 8, !block.inlines.contains(where: { $0.isBreak }),
               case let term = InlineText.plain(block.inlines), !term.isEmpty, term.utf8.count <= Self.longestQuestion {
                closeQuestion()
                let range = SourceRange.line(block.range.startLine)
                open = OpenQuestion(text: term, range: range, level: 0, layout: .definition)
                open?.answer.add(blocks[index + 1].replacingInlines(definition))
                index += 1
                return true
            }
            // A troubleshooting entry written as a paragraph that opens with a problem label
            // ("**Issue**: libGL error" then "**Solution**: …"), outside a heading's answer.
            if problemParagraphs.contains(index), open == nil || open?.evidence == .problemEntry && open?.layout == .labelledParagraph {
                closeQuestion()
                var (line, rest) = block.inlines.splitAtFirstBreak()
                var start = block.range.startLine
                // A label alone ("**❌ Problema:**") names the problem in the paragraph under it
                // (not in its answer's label: "**Solution:** …").
                if rest.isEmpty, InlineText.plain(line).endsWithColon, index + 1 < blocks.count,
                   case .paragraph = blocks[index + 1].kind, labelledAnswer(blocks[index + 1]) == nil {
                    index += 1
                    (line, rest) = blocks[index].inlines.splitAtFirstBreak()
                    start = blocks[index].range.startLine
                }
                open = OpenQuestion(text: InlineText.plain(line).trimmedWhitespace, range: SourceRange.line(start),
                                    level: 0, layout: .labelledParagraph, evidence: .problemEntry)
                if !rest.isEmpty {
                    let answer = labelledAnswer(blocks[index].replacingInlines(rest)) ?? blocks[index].replacingInlines(rest)
                    open?.answer.add(answer)
                }
                return true
            }
            if open?.layout == .labelledParagraph, let answer = labelledAnswer(block) {
                open?.answer.add(answer)
                return true
            }
            guard let question = ParagraphQuestion(block, definitions: !isGlossary), structure.allows(question.open.layout) else { return false }
            closeQuestion()
            open = question.open
            if question.closesAtOnce { closeQuestion() }
            return true
        case .blockQuote, .htmlBlock:
            guard structure.allows(.blockquote) else { return false }
            if let question = QuoteQuestion(block) {
                closeQuestion()
                open = question.open
                closeQuestion()
                return true
            }
            // A quote that asks, its answer in the blocks after it.
            guard let entry = quoteEntries[index] else { return false }
            closeQuestion()
            let range = SourceRange.line(entry.line)
            open = OpenQuestion(text: entry.text, range: range, level: 0, layout: .blockquote, evidence: .quotedQuestion)
            return true
        default:
            return false
        }
    }

    /// The entries of an FAQ's list written as bold leads ("- **Port 3000 terpakai**: ubah …",
    /// `ListItemQuestion.boldLeadEntries`) or as "symptom: fix" lines ("- Helm release failed:
    /// check the pod logs.", `ListItemQuestion.colonLeadEntries`) — the latter not under a
    /// title that organizes the page ("## Pontos principais" over "- Implantação com Docker:
    /// use a página Docker"); nil for any other list.
    func leadEntries(_ list: MarkdownBlock, ordered: Bool) -> [OpenQuestion]? {
        if ListItemQuestion.boldLeadEntries(list) {
            return list.children.compactMap { item in
                var entry = ListItemQuestion(item: item, ordered: ordered, requireQuestion: false, boldLead: true)?.open
                entry?.evidence = .boldLeadItem
                return entry
            }
        }
        if let title = titleAbove, ReadingVocabulary.isOrganizingTitle(title) { return nil }
        return ListItemQuestion.colonLeadEntries(list)
    }

    /// The paragraphs whose first line opens with a problem label and a colon ("**Issue**:
    /// libGL error", "Ошибка: …"), where two or more do — as for headings.
    static func problemParagraphs(_ blocks: [MarkdownBlock]) -> Set<Int> {
        var found = Set<Int>()
        for (index, block) in blocks.enumerated() {
            guard case .paragraph = block.kind else { continue }
            // (The label and its colon stand in the first two inlines: "**Issue**" then ": …".)
            let opening: String
            switch block.inlines.first {
            case .text(let text)?: opening = text
            case .strong(let children)?:
                guard block.inlines.count > 1, case .text(let after) = block.inlines[1] else {
                    opening = InlineText.plain(children)
                    break
                }
                opening = InlineText.plain(children) + after
            default: continue
            }
            if ReadingVocabulary.opensWithProblemLabel(opening) { found.insert(index) }
        }
        return found.count >= 2 ? found : []
    }

    /// The lines of a paragraph written as a list without markers, three or more, two thirds
    /// of them asking or setting a task ("## Agile" over "Que entiendes por metodologías agiles?↵Que tecnicas de
    /// metodologia agil conoces?↵…"), each with its offset from the paragraph's first line;
    /// nil for any other paragraph. (Read only outside answers, on a page titled as a bank
    /// of questions.) `banked`: the paragraph stands under a category of that bank
    /// (`underQuestionBankTitle`), where lines broken by hand may name topics instead.
    static func questionLines(_ paragraph: MarkdownBlock, banked: Bool = false) -> [(offset: Int, text: String)]? {
        guard paragraph.inlines.count >= 5, paragraph.inlines.contains(where: \.isBreak) else { return nil }
        let lines = paragraph.inlines.split(omittingEmptySubsequences: false, whereSeparator: \.isBreak).enumerated()
            .map { (offset: $0.offset, text: InlineText.plain(Array($0.element)).trimmedWhitespace) }
        guard lines.count >= NumberedLines.minimumRun,
              lines.allSatisfy({ !$0.text.isEmpty && $0.text.utf8.count <= QuestionText.longestTitle }) else { return nil }
        // (Tasks ask too: "手写promise", "说说你对事件循环的理解" among "…有哪些区别？".)
        let asking = lines.filter { QADocumentReader.isQuestionTitle($0.text) || ReadingVocabulary.opensAsQuestion($0.text) }.count
        if asking * 3 >= lines.count * 2 { return lines }
        // Under a category of the bank, topics written one per line, each line broken by hand
        // ("### 네트워크" over "HTTP 프로토콜이란␣␣↵GET과 POST 차이␣␣↵OSI 7계층"): none
        // ends a sentence or introduces what follows.
        guard banked, !paragraph.inlines.contains(.softBreak) else { return nil }
        return lines.contains(where: { $0.text.endsStatement }) ? nil : lines
    }

    /// The question on line `line` of a paragraph (`PlainQuestions`, read from `evidence`): the lines before it end
    /// the open answer (or are the section's content), the lines after it start its own.
    mutating func readPlainQuestion(_ paragraph: MarkdownBlock, line: Int, evidence: QuestionEvidence = .plainLine) {
        var offset = 0
        var pieces = paragraph.cutBeforeLines { _ in
            offset += 1
            return offset == line || offset == line + 1
        }[...]
        if line > 0, let before = pieces.popFirst() { content([before]) }
        guard let question = pieces.popFirst() else { return }
        closeQuestion()
        open = OpenQuestion(text: InlineText.plain(question.inlines).trimmedWhitespace, range: .line(question.range.startLine),
                            level: 0, layout: .paragraph, evidence: evidence)
        if let after = pieces.popFirst() { open?.answer.add(after) }
    }

    /// The numbered lines of the paragraph being read as questions, the last one open with
    /// what follows them as its answer.
    mutating func readNumbered(_ numbered: NumberedLines.Paragraph) {
        for line in numbered.lines {
            closeQuestion()
            let range = SourceRange.line(line.line)
            open = OpenQuestion(text: line.text, range: range, level: 0, layout: .paragraph)
        }
        if !numbered.rest.isEmpty { open?.answer.add(blocks[index].replacingInlines(numbered.rest)) }
    }

    /// The numbered lines of the paragraph being read when, inside the answer of the heading
    /// question `question`, they resume the document's numbered questions: a run of numbered
    /// lines (`numberedLines`) two thirds of which ask ("175 . What is BlockingQueue in
    /// Java?" after "#### 117. …" and its answer), or one numbered line that asks and whose
    /// number stands between the open heading's and the next one's ("##### 26.抽象类与接口？",
    /// "27.string与stringbuffer的区别？", "##### 28.…"). An answer's numbered steps do not ask.
    func resumedNumbering(_ question: OpenQuestion) -> NumberedLines.Paragraph? {
        if let numbered = numberedLines[index] { return askingRuns.contains(index) ? numbered : nil }
        // (The paragraph's first: most paragraphs do not open with a digit.)
        guard case .paragraph = blocks[index].kind, let numbered = NumberedLines.paragraph(blocks[index]), numbered.lines.count == 1,
              case let line = numbered.lines[0], QuestionPrefix.number(question.text) == line.number - 1, QADocumentReader.isQuestionTitle(line.text),
              let next = blocks[(index + 1)...].first(where: { $0.headingLevel != nil }), next.headingLevel == question.level,
              QuestionPrefix.number(InlineText.plain(next.inlines)) == line.number + 1 else { return nil }
        return numbered
    }

    /// Questions read from the lines of one block, each with its answer as text (a table's
    /// rows, an HTML accordion's toggles).
    mutating func readRows(_ rows: [(line: Int, question: String, answer: String)], layout: QuestionLayout,
                           evidence: QuestionEvidence? = nil) {
        for row in rows {
            closeQuestion()
            let range = SourceRange.line(row.line)
            open = OpenQuestion(text: row.question, range: range, level: 0, layout: layout, evidence: evidence)
            open?.answer.add(MarkdownBlock(kind: .paragraph, range: range, inlines: [.text(row.answer)]))
        }
        closeQuestion()
    }

    /// True when a list item starts with an answer label ("- Answer (SK): …", "- **A:** …").
    static func isAnswerItem(_ item: MarkdownBlock) -> Bool {
        guard let first = item.children.first, case .paragraph = first.kind else { return false }
        return AnswerMarker.strip(first.inlines) != nil
    }

    /// True when the heading right above the block at `index` (rules and lines of symbols
    /// between aside) titles it as questions without asking itself, and its items are not
    /// links alone.
    func titledAsQuestions() -> Bool {
        var above = index - 1
        while above >= 0 {
            let block = blocks[above]
            if block.headingLevel != nil {
                let title = InlineText.plain(block.inlines)
                // A heading that asks is answered by its list ("## Still have questions?").
                return ReadingVocabulary.titlesQuestionList(title) && !QADocumentReader.readsAsQuestion(title)
                    && QuestionText.lastQuestionMark(title) == nil
                    && !blocks[index].children.contains { LinkIndex.onlyLinks($0) == true }
            }
            switch block.kind {
            case .thematicBreak: above -= 1
            case .paragraph where !InlineText.plain(block.inlines).unicodeScalars.contains(where: \.properties.isAlphabetic): above -= 1
            default: return false
            }
        }
        return false
    }

    /// The outermost `<details>` inside the items of the lists in `blocks` whose summary asks
    /// or is labelled as a question.
    static func followUpsInItems(_ blocks: ArraySlice<MarkdownBlock>) -> [Details] {
        var result: [Details] = []
        for list in blocks {
            guard case .list = list.kind else { continue }
            for item in list.children where item.children.contains(where: Details.opens) {
                let (ends, summaryCloses) = Details.ends(in: item.children)
                var covered = 0
                for (start, end) in ends.sorted(by: { $0.key < $1.key }) where start >= covered {
                    guard let details = Details(item.children, at: start, end: end, summaryCloses: summaryCloses) else { continue }
                    covered = details.end
                    if QADocumentReader.asksSomewhere(details.summary) || QuestionPrefix.hasLabel(details.summary) { result.append(details) }
                }
            }
        }
        return result
    }

    /// True when the page names itself a bank of questions (`pageNamesQuestions`) and the
    /// heading right above the block at `index` is one of its categories: below the page's
    /// title, neither asking nor organizing ("References"). Not where the page asks in
    /// another form (headings, bold items with a question mark): a list that does not is
    /// advice there ("## 面接対策" over "1. **失敗談も準備**").
    func underQuestionBankTitle() -> Bool {
        guard pageNamesQuestions, !boldItemsAsk, !asksInHeadings, let above = headingAbove[index] else { return false }
        let title = InlineText.plain(blocks[above].inlines)
        return (blocks[above].headingLevel ?? 1) > 1 && QuestionText.lastQuestionMark(title) == nil
            && !QADocumentReader.readsAsQuestion(title) && !ReadingVocabulary.isOrganizingTitle(title)
    }

    /// The fewest questions of a list that ends the answer it stands in.
    static let longestListInAnswer = 5

    /// True when `block` is a list of `longestListInAnswer` or more items, two thirds of them
    /// asking (three or more with a question mark), that no sentence introduces: under a
    /// heading question's answer it starts the next questions ("##### ¿Qué es un hashtable?",
    /// its answer, then "* ¿Cuál es la diferencia entre…?" and twenty more) — an answer does
    /// not go on with a list of questions of its own unless it says so ("Check the
    /// following:").
    /// In a bank of unanswered heading questions (`unansweredHeadings`), a list whose every
    /// item asks or sets a task, one or more with a question mark, is more questions, not an
    /// answer, wherever it stands ("#### ¿Qué es flexbox?" then "- ¿Qué es un preprocesador
    /// CSS?").
    func startsQuestionList(_ block: MarkdownBlock) -> Bool {
        guard case .list = block.kind, structure.allows(.listItem) else { return false }
        if unansweredHeadings, !introducesChecklist(block), block.children.contains(where: ListItemQuestion.asks),
           block.children.allSatisfy({ ListItemQuestion.asks($0) || ListItemQuestion.opensAsQuestion($0) }) { return true }
        guard block.children.count >= Self.longestListInAnswer, !introducesChecklist(block) else { return false }
        let asking = block.children.filter(ListItemQuestion.asks).count
        // (Tasks and questions worded without a mark count with three or more that ask:
        // "* Explique cómo funciona `this`." among "* ¿Cómo realiza pruebas?")
        let worded = asking >= 3 ? block.children.filter(ListItemQuestion.opensAsQuestion).count : 0
        return asking + worded >= Self.longestListInAnswer && (asking + worded) * 3 >= block.children.count * 2
    }

    /// How many top-level paragraphs open with a question label ("**Q:** …", "Q1. …",
    /// "Вопрос 3: …").
    static func labelledParagraphs(_ blocks: [MarkdownBlock]) -> Int {
        blocks.filter { block in
            guard case .paragraph = block.kind, let first = block.inlines.first else { return false }
            switch first {
            case .text, .strong, .emphasis: break
            default: return false
            }
            // (A label stands in the first two inlines: "**Q:**" then " How …", or "Q: How …".)
            return QuestionPrefix.hasLabel(InlineText.plain(Array(block.inlines.prefix(2).prefix { !$0.isBreak })))
        }.count
    }

    /// True when the list at `index` is a checklist that a sentence introduces: the block
    /// before it is a paragraph ending in ':' and no item holds more than its line.
    func introducesChecklist(_ list: MarkdownBlock) -> Bool {
        list.children.allSatisfy({ $0.children.count == 1 }) && followsIntroduction()
    }

    /// True when `list` is an ordered list numbered one after the last question read from an
    /// ordered list's item: the questions' numbering goes on ("2. … 설명해주세요.", a
    /// follow-up bullet, "3. …"), whatever its first item says ("12. Event loop" after "11.
    /// Closure là gì?"); the list does not belong to the answer between them.
    func continuesNumbering(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: true, let start) = list.kind, let number = lastItemNumber else { return false }
        return start == number + 1
    }

    /// True when `list` is one numbered bold item that goes on with a run of numbered bold
    /// titles that do not ask, each a list of its own above its text ("1. **Définir un
    /// problème relié**", "2. **Description**", then "3. **Est-ce que cela a été testé ?**"): a
    /// part of those steps, titled as they are, as a question mark among section titles titles
    /// a section. Not under an FAQ title, whose entries may state.
    func continuesNumberedTitles(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: true, var number) = list.kind, number > Self.numberedTitlesBefore, list.children.count == 1,
              ListItemQuestion.boldLine(of: list.children[0]) != nil, !faqScopes.contains(where: { $0.contains(index) }) else { return false }
        var above = index - 1
        while above >= 0, number > 1, blocks[above].headingLevel == nil {
            if case .list(ordered: true, let start) = blocks[above].kind {
                guard start == number - 1, blocks[above].children.count == 1, let title = ListItemQuestion.boldLine(of: blocks[above].children[0]),
                      !QADocumentReader.readsAsQuestion(title) else { return false }
                number = start
            }
            above -= 1
        }
        return number == 1
    }

    /// The numbered titles that must stand before one that asks for it to be one of them.
    static let numberedTitlesBefore = 2

    /// True when the block before this one is a paragraph that ends with a colon ("Causes
    /// and fixes:"): it introduces what follows.
    func followsIntroduction() -> Bool {
        guard index > 0, case .paragraph = blocks[index - 1].kind else { return false }
        // A footnote mark may follow the colon ("about characters:¹", "as follows:*").
        let text = InlineText.plain(blocks[index - 1].inlines).trimmedWhitespace.unicodeScalars
            .reversed().drop { $0 == "*" || $0 == "†" || $0 == "‡" || !$0.isASCII && $0.properties.numericType != nil }
        return text.first == ":" || text.first == "："
    }

    /// The lists of one item that stand right after a rule (`***`, `---`), where there are
    /// three or more that ask and they are a third of them or more: "***" then "* Кратко о
    /// TDD:" then its answer, entry after entry — the items are the entries, asked or
    /// named.
    static func ruleEntries(_ blocks: [MarkdownBlock]) -> Set<Int> {
        var entries: [Int] = []
        var asking = 0
        for index in blocks.indices.dropFirst() {
            guard case .thematicBreak = blocks[index - 1].kind, case .list = blocks[index].kind,
                  blocks[index].children.count == 1, let item = blocks[index].children.first else { continue }
            entries.append(index)
            if ListItemQuestion(item: item, ordered: false) != nil || ListItemQuestion.opensAsQuestion(item) { asking += 1 }
        }
        return asking >= 3 && asking * 3 >= entries.count ? Set(entries) : []
    }

    /// True when fewer than a third of the terms of the document's definition lists ask: a
    /// glossary, not questions.
    static func isGlossary(_ blocks: [MarkdownBlock]) -> Bool {
        var terms = 0, asking = 0
        for (index, block) in blocks.enumerated() {
            guard case .paragraph = block.kind else { continue }
            // "Term" then ":   definition", in two paragraphs or in one.
            let lineEnd = block.inlines.firstIndex { $0.isBreak }
            let inOne = lineEnd.map { ParagraphQuestion.definitionFollows(block.inlines[($0 + 1)...]) } ?? false
            guard inOne || index + 1 < blocks.count && definition(blocks[index + 1]) != nil else { continue }
            terms += 1
            let term = InlineText.plain(inOne ? Array(block.inlines[..<lineEnd!]) : block.inlines)
            if QADocumentReader.isQuestionTitle(term) || ReadingVocabulary.opensAsQuestion(term) || QuestionText.asksInside(term) { asking += 1 }
        }
        return terms > 0 && asking * 3 < terms
    }

    /// The inlines of a definition paragraph (`:   text`), its colons dropped; nil for any
    /// other block.
    static func definition(_ block: MarkdownBlock) -> [MarkdownInline]? {
        guard case .paragraph = block.kind, case .text(let first)? = block.inlines.first, first.hasPrefix(":"),
              first.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true else { return nil }
        return block.inlines.droppingDefinitionColons()
    }

    /// An `A1:` paragraph, as the answer block (label stripped by the answer builder).
    func labelledAnswer(_ block: MarkdownBlock) -> MarkdownBlock? {
        if let stripped = AnswerMarker.stripNumbered(block.inlines) { return block.replacingInlines(stripped) }
        return AnswerMarker.strip(block.inlines) != nil ? block : nil
    }

    /// Where a document's only questions are one checklist that a sentence introduces and
    /// nothing answers ("It tells you about a character:" then "- Is it assigned?"), they
    /// are what the text is about, not questions it answers.
    mutating func dropQuestionsInProse() {
        let introducedAlone = introducedLists.count == 1 && introducedLists.first == questions.indices
            && questions.allSatisfy { $0.answer.isEmpty }
        guard introducedAlone || isRhetoricalList() else { return }
        skipped += questions.map { QASkipped(line: $0.range.startLine, kind: .listInProse) }
        questions.removeAll()
        for index in sections.indices { sections[index].questionIndices = 0..<0 }
    }

    /// True when a document's only questions are one short list of three or more bare items
    /// that the paragraph after it answers all at once: a README's "## Motivation" asking
    /// "Why should only `<a>` make requests?" and three more, then "By removing these
    /// constraints…" — rhetorical questions, not an FAQ. A list of questions with nothing
    /// after it is a list of questions.
    func isRhetoricalList() -> Bool {
        guard questionLists.count == 1, let list = questionLists.first, list.first == 0, list.bare,
              list.items == questions.count, (3...Self.longestRhetoricalList).contains(questions.count),
              questions.dropLast().allSatisfy({ $0.answer.isEmpty }), questions.last?.answer.isEmpty == false else { return false }
        return true
    }

    /// The most questions one rhetorical list asks.
    static let longestRhetoricalList = 6

    // MARK: Bookkeeping

    mutating func closeQuestion() {
        guard let question = open else { return }
        open = nil
        let display = QuestionPrefix.strip(question.text)
        questions.append(QAQuestion(
            text: display,
            identity: occurrences.identity(question: display, prompt: question.prompt),
            range: question.range,
            level: question.level,
            sectionIndex: currentSection,
            layout: question.layout,
            evidence: question.evidence,
            context: headings.last?.text ?? "",
            prompt: question.prompt,
            answer: question.answer.answer(),
            headingText: question.layout == .heading || question.level > 0 ? question.text : nil))
    }

    mutating func finishSection(_ index: Int?) {
        guard let index else { return }
        sections[index].questionIndices = sections[index].questionIndices.lowerBound..<questions.count
    }
}

extension MarkdownBlock {
    func replacingInlines(_ inlines: [MarkdownInline]) -> MarkdownBlock {
        var copy = self
        copy.inlines = inlines
        return copy
    }
}
