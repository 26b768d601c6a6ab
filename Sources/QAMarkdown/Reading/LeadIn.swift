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
        guard !text.hasSuffix(":"), !text.hasSuffix("："), QuestionText.asksInWords(Substring(text)) else { return nil }
        // "**Noch Fragen? Stelle sie in Discussions.**" invites questions at the end of an FAQ.
        if let mark = text.firstIndex(where: { $0 == "?" || $0 == "？" }), QuestionText.invitesQuestions(text[..<mark]) { return nil }
        return (text, Array(paragraph.inlines.dropFirst().drop { $0 == .softBreak || $0 == .lineBreak }))
    }

    /// The paragraphs (block indices) that are FAQ entries: in each FAQ scope, cut at its
    /// headings into runs, those that open with a bold sentence where there are at least
    /// three in a run and they are a third of its paragraphs or more (an entry bold alone on
    /// its line has its answer in the paragraphs after it) — except under a heading
    /// that is a question (`isQuestion`), whose answer they are part of ("**Step 1.** …").
    static func entries(blocks: [MarkdownBlock], scopes: [Range<Int>], isQuestion: (Int) -> Bool) -> Set<Int> {
        var entries = Set<Int>()
        for scope in scopes {
            var run: [Int] = []
            func finish() {
                defer { run = [] }
                let paragraphs = run.filter { if case .paragraph = blocks[$0].kind { return true }; return false }
                let leadIns = paragraphs.filter { split(blocks[$0]) != nil }
                guard leadIns.count >= minimumEntries, leadIns.count * 3 >= paragraphs.count else { return }
                entries.formUnion(leadIns)
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
        }
        return entries
    }
}
