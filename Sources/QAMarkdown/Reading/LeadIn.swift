/// `**Das Tk-Fenster ist weiß und leer.** Das mitgelieferte …`: under an FAQ title, entries
/// written as paragraphs that open with a bold sentence, the answer going on after it in the
/// same paragraph or in the blocks below. The bold sentence is the entry, whether it asks or
/// states.
enum LeadIn {
    /// How many lead-in paragraphs an FAQ needs before they read as its entries.
    static let minimumEntries = 3

    /// The bold sentence that opens `paragraph`, and what follows it in the paragraph (the
    /// answer may go on there, or in the blocks after); nil for a bold label ("**Note:**") or
    /// a single word ("**Example**").
    static func split(_ paragraph: MarkdownBlock) -> (text: String, rest: [MarkdownInline])? {
        guard case .paragraph = paragraph.kind, case .strong(let children)? = paragraph.inlines.first else { return nil }
        let text = InlineText.plain(children).trimmedWhitespace
        guard !opensWithBoldLabel(paragraph), QuestionText.asksInWords(Substring(text)) else { return nil }
        // "**[⬆ Back to Top](#table-of-contents)**": a link alone is navigation.
        if children.count == 1, case .link = children[0] { return nil }
        // "**Noch Fragen? Stelle sie in Discussions.**" invites questions at the end of an FAQ.
        if QuestionText.isInvitation(text) { return nil }
        return (text, Array(paragraph.inlines.dropFirst().drop { $0.isBreak }))
    }

    /// True when a paragraph opens with a bold label: a colon ends the bold text
    /// (`**Nagłówki:**`) or follows it (`**重试策略**：`).
    static func opensWithBoldLabel(_ paragraph: MarkdownBlock) -> Bool {
        guard case .strong(let children)? = paragraph.inlines.first else { return false }
        if InlineText.plain(children).endsWithColon { return true }
        guard case .text(let after)? = paragraph.inlines.dropFirst().first else { return false }
        let rest = after.drop(while: { $0 == " " })
        return rest.hasPrefix(":") || rest.hasPrefix("：")
    }

    /// The paragraphs (block indices) that are FAQ entries: in each FAQ scope, cut at its
    /// headings into runs, those that open with a bold sentence where they are a third of their
    /// run's paragraphs or more and there are at least three in such runs of the scope (an
    /// entry bold alone on its line has its answer in the paragraphs after it) — except under
    /// a heading that is a question (`isQuestion`), whose answer they are part of ("**Step 1.**
    /// …").
    static func entries(blocks: [MarkdownBlock], scopes: [Range<Int>], isQuestion: (Int) -> Bool) -> Set<Int> {
        var entries = Set<Int>()
        for scope in scopes {
            var run: [Int] = []
            // Runs whose lead-ins make a third of their paragraphs; they are entries where three
            // or more stand in the scope's runs together ("## Procesy" over two, "## Kroje" over
            // two, beside "## Lua" over eight).
            var runs: [[Int]] = []
            func finish() {
                defer { run = [] }
                let paragraphs = run.filter { if case .paragraph = blocks[$0].kind { return !labelsContents($0, blocks) }; return false }
                let leadIns = withoutNumberedParts(paragraphs.compactMap { index in split(blocks[index]).map { (index, $0.text) } })
                guard !leadIns.isEmpty, leadIns.count * 3 >= paragraphs.count else { return }
                runs.append(leadIns)
            }
            var underQuestion = false
            for index in scope.dropFirst() {
                if blocks[index].headingLevel != nil {
                    finish()
                    underQuestion = isQuestion(index)
                } else if !underQuestion {
                    run.append(index)
                }
            }
            finish()
            if runs.joined().count >= minimumEntries { entries.formUnion(runs.joined()) }
        }
        return entries
    }

    /// Bold paragraphs alone on their line ("**语义化**", "**实现不使用 border 画出1px高的线**") in a
    /// document whose bold paragraphs alone mostly ask (two thirds of them, three or more):
    /// entries phrased as statements, where something follows them — not before the first
    /// bold question (the page's introduction), nor under a heading that is a question
    /// (`isQuestion`), whose answer they are part of.
    static func statements(blocks: [MarkdownBlock], isQuestion: (Int) -> Bool) -> Set<Int> {
        var statements: [Int] = []
        var asking = 0
        // The heading above, asked whether it is a question only under it stands a bold one.
        var heading: Int?
        var underQuestion: Bool?
        for (index, block) in blocks.enumerated() {
            if block.headingLevel != nil {
                heading = index
                underQuestion = nil
                continue
            }
            guard let text = boldAlone(block) else { continue }
            if underQuestion == nil { underQuestion = heading.map(isQuestion) ?? false }
            guard underQuestion == false else { continue }
            if QADocumentReader.isQuestion(text) {
                asking += 1
            } else if asking > 0, index + 1 < blocks.count, blocks[index + 1].headingLevel == nil, !labelsContents(index, blocks), split(block) != nil,
                      !ReadingVocabulary.isOrganizingTitle(text) {
                statements.append(index)
            }
        }
        guard asking >= minimumEntries, asking * 3 >= (asking + statements.count) * 2 else { return [] }
        return Set(statements)
    }

    /// The lead-ins (block index and bold text) but those labelled alike but for a number
    /// ("**Example 1: this in a Global Context**", "**Example 2: …**"): the numbered parts of an
    /// answer — unless the label is a question's or a problem's ("**Q1: …**", "**Sorun 2: …**").
    private static func withoutNumberedParts(_ leadIns: [(index: Int, text: String)]) -> [Int] {
        let labels = leadIns.map { leadIn -> String? in
            guard let colon = leadIn.text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let words = TextNormalizer.words(String(leadIn.text[..<colon]))
            let label = ReadingVocabulary.withoutTrailingNumber(words)
            guard label != words, !label.isEmpty, !QuestionPrefix.hasLabel(leadIn.text),
                  !ReadingVocabulary.opensWithProblemLabel(leadIn.text) else { return nil }
            return label
        }
        var counts: [String: Int] = [:]
        for case let label? in labels { counts[label, default: 0] += 1 }
        return zip(leadIns, labels).filter { leadIn, label in label.map { counts[$0]! < 2 } ?? true }.map(\.0.index)
    }

    /// True when the paragraph at `index` stands over a table of contents ("**Allgemein**" over
    /// links to the headings of its part): the label of a group of links, not an entry.
    private static func labelsContents(_ index: Int, _ blocks: [MarkdownBlock]) -> Bool {
        index + 1 < blocks.count && TableOfContents.isTableOfContents(blocks[index + 1])
    }

    /// The text of a paragraph of one line that is all bold (`ListItemQuestion.boldLine`).
    private static func boldAlone(_ paragraph: MarkdownBlock) -> String? {
        guard case .paragraph = paragraph.kind else { return nil }
        let (line, rest) = paragraph.inlines.splitAtFirstBreak()
        return rest.isEmpty ? ListItemQuestion.boldLine(line) : nil
    }
}
