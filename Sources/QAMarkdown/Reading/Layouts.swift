import Foundation

/// The question layouts other than headings, each read from cmark's blocks.

/// `<details><summary>Question</summary> answer </details>`, possibly spread over several
/// blocks (cmark ends an HTML block at a blank line, so Markdown inside `<details>` stands
/// in blocks of its own).
struct Details {
    /// Index after the block that closes the `<details>`.
    let end: Int
    let summary: String
    let summaryRange: SourceRange
    /// Blocks inside a summary that spans several (code or a list shown with the question).
    let summaryExtra: BlockText
    let answer: AnswerBuilder
    let range: SourceRange
    /// The summary says "Answer": the `<details>` holds the answer of the question before it.
    let isAnswer: Bool
    /// The summary only folds something away ("Click to expand"): not a question, and no
    /// sign of an answer either.
    let isToggle: Bool
    /// It holds links and nothing else of words (see `LinkIndex`).
    let holdsOnlyLinks: Bool

    /// Where each `<details>` of the top-level blocks closes: the index after the block that
    /// closes it (nested ones counted), or the end of the document. One pass: a
    /// `<details>` opened at `s` closes at the first block `i ≥ s` where the running count
    /// of opened minus closed tags falls back to what it was before `s`; pending openers wait
    /// on a stack whose levels only grow. (Scanning ahead from every opener took quadratic
    /// time on unclosed ones: 4,000 took 102 s.)
    static func ends(in blocks: [MarkdownBlock]) -> (ends: [Int: Int], summaryCloses: [Int]) {
        var ends: [Int: Int] = [:]
        var pending: [(start: Int, level: Int)] = []
        var level = 0
        var closes: [Bool] = []
        for index in blocks.indices {
            if opens(blocks[index]) { pending.append((index, level)) }
            // Only the blocks an open <details> may hold are read for tags: before the
            // first one, or between two, the count does not matter.
            guard !pending.isEmpty else {
                closes.append(false)
                continue
            }
            let html = html(of: blocks[index]).lowercased()
            closes.append(html.contains("</summary>"))
            level += html.occurrences(of: "<details") - html.occurrences(of: "</details>")
            while let last = pending.last, level <= last.level {
                ends[last.start] = index + 1
                pending.removeLast()
            }
        }
        for opener in pending { ends[opener.start] = blocks.count }
        // For each block, the first block from it on that closes a summary.
        var summaryCloses = [Int](repeating: blocks.count, count: blocks.count + 1)
        for index in blocks.indices.reversed() { summaryCloses[index] = closes[index] ? index : summaryCloses[index + 1] }
        return (ends, summaryCloses)
    }

    /// HTML blocks that close one `<details>` and open the next on the same line
    /// (`</details> <details>` then `<summary>…`), as two blocks: the close, then the opener.
    static func splitClosingOpeners(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        guard blocks.contains(where: Self.closesThenOpens) else { return blocks }
        var result: [MarkdownBlock] = []
        for block in blocks {
            guard closesThenOpens(block), case .htmlBlock(let html) = block.kind,
                  let open = html.range(of: "<details", options: .caseInsensitive) else {
                result.append(block)
                continue
            }
            var close = block, opener = block
            close.kind = .htmlBlock(String(html[..<open.lowerBound]))
            opener.kind = .htmlBlock(String(html[open.lowerBound...]))
            result += [close, opener]
        }
        return result
    }

    /// A `<details>` alone in its HTML block, a blank line, then the block of its
    /// `<summary>`: one opener, as a person reading the page sees it.
    static func joiningBareOpeners(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            if case .htmlBlock(let summary) = block.kind, summary.drop(while: \.isWhitespace).lowercased().hasPrefix("<summary"),
               let last = result.last, case .htmlBlock(let opener) = last.kind,
               opener.drop(while: \.isWhitespace).lowercased().hasPrefix("<details"),
               opener.range(of: "<summary", options: .caseInsensitive) == nil,
               opener.range(of: "</details", options: .caseInsensitive) == nil {
                var joined = last
                joined.kind = .htmlBlock(opener + "\n" + summary)
                joined.range = last.range.union(block.range)
                result[result.count - 1] = joined
                continue
            }
            result.append(block)
        }
        return result
    }

    private static func closesThenOpens(_ block: MarkdownBlock) -> Bool {
        guard case .htmlBlock(let html) = block.kind else { return false }
        // On the bytes: every closing </details> block passes here.
        let bytes = Array(html.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A })
        let close = Array("</details>".utf8), open = Array("<details".utf8)
        guard bytes.count > close.count + open.count, bytes.starts(with: close) else { return false }
        return bytes[close.count...].indices.contains { bytes[$0...].starts(with: open) }
    }

    /// An HTML block that opens a `<details>` with a `<summary>`.
    static func opens(_ block: MarkdownBlock) -> Bool {
        guard case .htmlBlock(let html) = block.kind else { return false }
        return html.drop(while: \.isWhitespace).lowercased().hasPrefix("<details") && html.range(of: "<summary", options: .caseInsensitive) != nil
    }

    /// How many blocks a summary may span: a question shown with some code or a list, not a
    /// chapter (an unclosed `<summary>` would otherwise make every reading of it linear).
    static let maximumSummaryBlocks = 64

    /// The `<details>` opened at `start` and closed before `end`; `summaryCloses` from
    /// `Details.ends` says where its summary ends.
    init?(_ blocks: [MarkdownBlock], at start: Int, end: Int, summaryCloses: [Int]) {
        guard case .htmlBlock(let first) = blocks[start].kind,
              first.drop(while: \.isWhitespace).lowercased().hasPrefix("<details"),
              let summaryStart = first.range(of: "<summary", options: .caseInsensitive),
              summaryCloses[start] - start <= Self.maximumSummaryBlocks || summaryCloses[start] >= end else { return nil }
        let firstLine = blocks[start].range.startLine + first[..<summaryStart.lowerBound].filter { $0 == "\n" }.count
        let afterTag = first[summaryStart.upperBound...].drop(while: { $0 != ">" }).dropFirst()
        var summaryHTML = ""
        var extra = BlockText()
        var answer = AnswerBuilder()
        // Whether the body holds only links, judged part by part until one holds prose.
        var links = false, prose = false
        func noteLinks(_ part: @autoclosure () -> Bool?) {
            guard !prose else { return }
            switch part() {
            case true?: links = true
            case false?: prose = true
            case nil: break
            }
        }
        var inSummary = true
        if let close = afterTag.range(of: "</summary>", options: .caseInsensitive) {
            summaryHTML = String(afterTag[..<close.lowerBound])
            inSummary = false
            let html = Self.beforeClosing(String(afterTag[close.upperBound...]))
            answer.addHTML(html, range: blocks[start].range)
            noteLinks(LinkIndex.onlyLinks(html: html))
        } else {
            summaryHTML = String(afterTag)
        }
        var summaryText = HTMLText.strip(summaryHTML).text
        var summaryLine = firstLine
        // A bare label ("<summary>Question 1</summary>") folds away a question written as the
        // first paragraph inside: that paragraph is the summary.
        var awaitsQuestion = !inSummary && QuestionPrefix.isBareLabel(summaryText)
        // Images in the summary are part of what is asked (two "What is wrong with this
        // design?" items show different diagrams).
        for source in Self.imageSources(summaryHTML) { extra.code += source + "\n" }
        // Whether `extra` holds content, kept as blocks are added: asking `extra.isBlank`
        // scans all of it, which a summary of thousands of blank blocks made quadratic.
        var extraIsBlank = extra.isBlank
        for index in (start + 1)..<max(end, start + 1) {
            let block = blocks[index]
            if inSummary {
                let html = Self.html(of: block)
                if let close = html.range(of: "</summary>", options: .caseInsensitive) {
                    inSummary = false
                    switch block.kind {
                    case .htmlBlock:
                        summaryText += " " + HTMLText.strip(String(html[..<close.lowerBound])).text
                        let rest = Self.beforeClosing(String(html[close.upperBound...]))
                        answer.addHTML(rest, range: block.range)
                        noteLinks(LinkIndex.onlyLinks(html: rest))
                    case .list:
                        // The summary ends inside a list: its items up to the closing tag are
                        // shown with the question, the items after it answer.
                        let split = block.children.firstIndex { Self.html(of: $0).lowercased().contains("</summary>") } ?? block.children.count - 1
                        var shown = block, rest = block
                        shown.children = Array(block.children[...split])
                        rest.children = Array(block.children[(split + 1)...])
                        extra.add(shown)
                        extraIsBlank = extraIsBlank && BlockText.of([shown]).isBlank
                        if !rest.children.isEmpty {
                            answer.add(rest)
                            noteLinks(LinkIndex.onlyLinks(rest))
                        }
                    default:
                        summaryText += " " + InlineText.plain(block.inlines)
                    }
                } else if case .paragraph = block.kind, extraIsBlank {
                    summaryText += " " + InlineText.plain(block.inlines)
                } else {
                    extra.add(block)
                    extraIsBlank = extraIsBlank && BlockText.of([block]).isBlank
                }
                continue
            }
            if awaitsQuestion, case .paragraph = block.kind {
                awaitsQuestion = false
                let (line, rest) = block.inlines.splitAtFirstBreak()
                summaryText = InlineText.plain(line)
                summaryLine = block.range.startLine
                if !rest.isEmpty { extra.add(block.replacingInlines(rest)) }
                continue
            }
            if case .htmlBlock(let html) = block.kind, index == end - 1 {
                answer.addHTML(Self.beforeClosing(html), range: block.range)
                noteLinks(LinkIndex.onlyLinks(html: Self.beforeClosing(html)))
            } else {
                answer.add(block)
                noteLinks(LinkIndex.onlyLinks(block))
            }
        }
        let summary = TextNormalizer.compactSpaces(summaryText)
        guard !summary.isEmpty else { return nil }
        self.end = end
        self.summary = summary
        summaryRange = SourceRange.line(summaryLine)
        summaryExtra = extra
        self.answer = answer
        range = blocks[start].range.union(blocks[end - 1].range)
        let words = TextNormalizer.words(summary)
        isAnswer = ReadingVocabulary.answerLabels.contains(words) || words.hasPrefix("answer ") || words.hasPrefix("solution ")
        isToggle = ReadingVocabulary.toggleLabels.contains(words)
        holdsOnlyLinks = links && !prose
    }

    /// How many `<details>` must share a summary for it to be a label rather than a question.
    static let minimumLabelRepeats = 3

    /// Summaries that label containers rather than ask: the same words under at least three
    /// `<details>` and under at least a third of them, not themselves a question ("What's
    /// the output?" above different code is a question each time).
    static func containerLabels(_ summaries: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        for summary in summaries where !QADocumentReader.isQuestion(summary) {
            counts[TextNormalizer.words(summary), default: 0] += 1
        }
        return Set(counts.filter { !$0.key.isEmpty && $0.value >= minimumLabelRepeats && $0.value * 3 >= summaries.count }.keys)
    }

    /// The `<details>` (by block index) that fold content away rather than ask: where fewer
    /// than half of a document's `<details>` ask (a question mark, a question word, a number
    /// or a label), those that do not ("Windows: installer vs portable", "Build from
    /// source"). Where most ask, the others are questions phrased as topics.
    static func foldedContent(_ details: [Int: Details]) -> Set<Int> {
        let silent = details.filter { !QADocumentReader.readsAsQuestion($0.value.summary) && !QuestionText.asksInside($0.value.summary) }
        guard !silent.isEmpty, (details.count - silent.count) * 2 < details.count else { return [] }
        return Set(silent.keys)
    }

    /// The HTML of a block: an HTML block's literal, a paragraph's inline HTML, and that of
    /// the blocks a list or quote holds (a closing tag can hide in a list item).
    private static func html(of block: MarkdownBlock) -> String {
        switch block.kind {
        case .htmlBlock(let html): return html
        case .codeBlock: return ""
        case .paragraph, .heading:
            return block.inlines.compactMap { inline -> String? in
                if case .html(let html) = inline { return html }
                return nil
            }.joined()
        default:
            return block.children.map(html(of:)).joined()
        }
    }

    /// The `src` of every `<img>` in `html`.
    private static func imageSources(_ html: String) -> [String] {
        var sources: [String] = []
        var rest = Substring(html)
        while let tag = rest.range(of: "<img", options: .caseInsensitive) {
            rest = rest[tag.upperBound...]
            guard let src = rest.range(of: "src=", options: .caseInsensitive) else { break }
            let value = rest[src.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
            sources.append(String(value.prefix(while: { $0 != "\"" && $0 != "'" && $0 != ">" && $0 != " " })))
        }
        return sources
    }

    /// The part of `html` before `</details>`.
    private static func beforeClosing(_ html: String) -> String {
        html.range(of: "</details>", options: .caseInsensitive).map { String(html[..<$0.lowerBound]) } ?? html
    }
}

/// A list item that is a question: its first paragraph reads as a question, or it holds
/// a heading (`1. ### What are closures`); the rest of the item is the answer.
struct ListItemQuestion {
    let open: OpenQuestion

    /// `requireQuestion: false` takes any item with text (in a list of questions); `boldLead`
    /// reads an item's bold lead as its question and what follows it as the answer
    /// (`boldLeadEntries`).
    init?(item: MarkdownBlock, ordered: Bool, requireQuestion: Bool = true, boldLead: Bool = false) {
        guard case .item = item.kind else { return nil }
        let item = Self.unwrapped(item)
        guard let first = item.children.first else { return nil }
        var question: OpenQuestion
        switch first.kind {
        case .heading(let level):
            let text = InlineText.plain(first.inlines)
            // "1. ### What are closures" asks in words; "* #### JavaScript benchmark" titles a
            // part.
            let asks = QADocumentReader.isQuestionTitle(text)
            guard asks || !requireQuestion || ReadingVocabulary.opensAsQuestion(text) else { return nil }
            question = OpenQuestion(text: text, range: item.range, level: level, layout: .listItem,
                                    evidence: asks ? .itemAsks : .listOfQuestions)
        case .paragraph:
            var (line, rest) = Self.questionLine(first)
            // "- **Why localStorage?** Key stays in browser.": the bold question, then its
            // answer on the same line.
            if case .strong(let bold)? = line.first, line.count > 1, boldLead || QADocumentReader.isQuestion(InlineText.plain(bold)),
               !InlineText.plain(Array(line.dropFirst())).trimmedWhitespace.isEmpty {
                rest = Self.droppingLeadSeparator(Array(line.dropFirst())) + (rest.isEmpty ? [] : [.softBreak] + rest)
                line = [line[0]]
            }
            let text = InlineText.plain(line)
            // A question, or a title in bold in a numbered list ("1. **Explain what X is.**"),
            // but not a bold label ("- **Syntax:**").
            let bold = ordered && line.count == 1 && !text.endsWithColon && { if case .strong = line[0] { return true }; return false }()
            // An answer label under the item ("2. Convert input to int.↵**Answer:** …") makes
            // it a question, however it is worded.
            let answered = Self.isAnswered(item, rest: rest)
            let asks = QADocumentReader.isQuestionTitle(text)
            // A troubleshooting entry: "- ⚠️ **Ошибка: Команда запускается, но результат «не тот»**".
            let problem = !asks && Self.boldLine(line) != nil && ReadingVocabulary.opensWithProblemLabel(text)
            guard asks || bold || answered || problem || !requireQuestion else { return nil }
            let evidence: QuestionEvidence = asks ? .itemAsks : bold ? .boldTitle : answered ? .itemAnswered
                : problem ? .problemEntry : .listOfQuestions
            question = OpenQuestion(text: text, range: item.range, level: 0, layout: .listItem, evidence: evidence)
            if !rest.isEmpty { question.answer.add(first.replacingInlines(rest)) }
        default:
            return nil
        }
        guard !question.text.isEmpty else { return nil }
        for child in item.children.dropFirst() { question.answer.add(child) }
        question.range.endLine = question.range.startLine
        open = question
    }

    /// The line of a paragraph that an item's question stands on, and the rest: its first
    /// line, a link to its answer moved to the rest (`movingAnswerLink`), a question wrapped
    /// over the next lines joined (`joinWrappedQuestion`).
    static func questionLine(_ paragraph: MarkdownBlock) -> (line: [MarkdownInline], rest: [MarkdownInline]) {
        var (line, rest) = paragraph.inlines.splitAtFirstBreak()
        movingAnswerLink(&line, &rest)
        joinWrappedQuestion(&line, &rest)
        return (line, rest)
    }

    /// A question followed by a link to its answer on the same line ("Generic là gì? [Trả
    /// lời](https://…)", "What is a closure? [Answer](closures.md)"): the link — its text an
    /// answer label — is moved from the line to the answer.
    static func movingAnswerLink(_ line: inout [MarkdownInline], _ rest: inout [MarkdownInline]) {
        guard let last = line.lastIndex(where: { if case .text(let text) = $0 { return !text.trimmedWhitespace.isEmpty }; return true }),
              case .link(_, let label) = line[last],
              ReadingVocabulary.answerLabels.contains(TextNormalizer.words(InlineText.plain(label))),
              line[..<last].contains(where: { if case .text(let text) = $0 { return text.contains(where: \.isLetter) }; return false }) else { return }
        rest = [line[last]] + (rest.isEmpty ? [] : [.softBreak] + rest)
        line = Array(line[..<last])
    }

    /// The lines of a question wrapped in the source ("* For a given LPAR name, does there
    /// need to be …↵  the same name?"): where the first line does not ask and one of the next
    /// three ends the question, those lines are the question's line.
    static func joinWrappedQuestion(_ line: inout [MarkdownInline], _ rest: inout [MarkdownInline]) {
        guard !rest.isEmpty, !QADocumentReader.isQuestionTitle(InlineText.plain(line)) else { return }
        var joined = line
        var remaining = rest[...]
        for _ in 0..<3 {
            let end = remaining.firstIndex { $0.isBreak } ?? remaining.endIndex
            // (Only a soft break wraps: a hard one ends a line on purpose.)
            guard end == remaining.endIndex || remaining[end] == .softBreak else { return }
            joined += [.text(" ")] + remaining[..<end]
            remaining = end == remaining.endIndex ? [] : remaining[(end + 1)...]
            let text = InlineText.plain(joined)
            guard text.utf8.count <= QuestionText.longestTitle else { return }
            if QADocumentReader.isQuestion(text) {
                line = joined
                rest = Array(remaining)
                return
            }
            if remaining.isEmpty { return }
        }
    }

    /// The text of a first line that is all bold, emoji and line breaks aside ("⚠️ **Error:
    /// …**<br/>"); nil otherwise.
    static func boldLine(_ line: [MarkdownInline]) -> String? {
        var bold: String?
        for inline in line {
            switch inline {
            case .strong:
                guard bold == nil else { return nil }
                bold = InlineText.plain([inline])
            case .html, .lineBreak, .softBreak:
                continue
            case .text(let text):
                guard text.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && $0.properties.numericType == nil }) else { return nil }
            default:
                return nil
            }
        }
        return bold
    }

    /// `item`, or the item of the list of one it starts with: "- 01. What is inheritance?"
    /// reads in Markdown as a list numbered 01 inside the item; the question is its item.
    static func unwrapped(_ item: MarkdownBlock) -> MarkdownBlock {
        guard let first = item.children.first, case .list = first.kind, first.children.count == 1,
              let inner = first.children.first, !inner.children.isEmpty else { return item }
        var item = item
        item.children = inner.children + item.children.dropFirst()
        return item
    }

    /// True when a list is an FAQ's entries written as bold leads, each followed by its
    /// answer on its line or under it ("- **Port 3000 terpakai**: ubah `server.port`…", "-
    /// **途中で API キーを変更したい**" over the answer): two or more items of a bulleted list,
    /// every one so. A numbered list of bold leads is steps or principles ("1. **Neu starten**
    /// - Oft hilft ein Neustart"), and a bold label ("**查看文档**：") introduces its point.
    /// (Only where the list stands under an FAQ title and outside any answer.)
    static func boldLeadEntries(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: false, _) = list.kind, list.children.count >= 2 else { return false }
        return list.children.allSatisfy { item in
            let item = unwrapped(item)
            guard let first = item.children.first, case .paragraph = first.kind else { return false }
            let (line, rest) = first.inlines.splitAtFirstBreak()
            // (A phrase, not a key: "- **Email**: suporte@…" lists contacts.)
            guard case .strong(let bold)? = line.first, case let lead = InlineText.plain(bold), !lead.endsWithColon,
                  lead.split(whereSeparator: \.isWhitespace).count >= 2 || lead.unicodeScalars.contains(where: { $0.value >= 0x2E80 })
            else { return false }
            // The answer after a separator (": …", " — …"), or under the lead: not the rest of a
            // sentence the bold opens ("**COOP/COEP ヘッダは不要**です。").
            let tail = InlineText.plain(Array(line.dropFirst())).trimmedWhitespace
            guard tail.isEmpty || tail.first.map(":：—–-".contains) == true else { return false }
            let after = InlineText.plain(droppingLeadSeparator(Array(line.dropFirst()))).trimmedWhitespace
            return !after.isEmpty || !rest.isEmpty || item.children.count > 1
        }
    }

    /// The entries of an FAQ's list written as "symptom: fix" lines ("- Helm release failed:
    /// check `kubectl describe` events and pod logs."): three or more items of a bulleted
    /// list, every one a phrase of two to twelve words (or written without spaces), a colon,
    /// and what to do in three words or more; nil for any other list. Not keys and values
    /// ("- Email: help@…", "- RAM: 4 GB"). Or "symptom → fix" lines, an arrow between
    /// ("- 很多功能**集体失效** --> 先把模块后台清掉"), where the symptom may be one word, an
    /// error's name with a colon of its own. (Only where the list stands under an FAQ title
    /// and outside any answer, as `boldLeadEntries`.)
    static func colonLeadEntries(_ list: MarkdownBlock) -> [OpenQuestion]? {
        guard case .list(ordered: false, _) = list.kind, list.children.count >= 3 else { return nil }
        var entries: [OpenQuestion] = []
        for item in list.children {
            let item = unwrapped(item)
            guard let first = item.children.first, case .paragraph = first.kind else { return nil }
            if let entry = arrowEntry(item, first: first) {
                entries.append(entry)
                continue
            }
            guard case .text(let text)? = first.inlines.first,
                  let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let lead = text[..<colon].trimmedWhitespace
            let words = lead.split(whereSeparator: \.isWhitespace).count
            guard (2...12).contains(words) || words == 1 && lead.unicodeScalars.contains(where: { $0.value >= 0x2E80 }),
                  !lead.contains("://") else { return nil }
            let answer = [MarkdownInline.text(String(text[text.index(after: colon)...]))] + first.inlines.dropFirst()
            let after = InlineText.plain(answer.splitAtFirstBreak().line)
            guard TextNormalizer.wordCount(after) >= 3 || after.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return nil }
            var entry = OpenQuestion(text: lead, range: SourceRange.line(item.range.startLine), level: 0, layout: .listItem, evidence: .faqEntry)
            entry.answer.add(first.replacingInlines(answer))
            for child in item.children.dropFirst() { entry.answer.add(child) }
            entries.append(entry)
        }
        return entries
    }

    /// The arrows written between a symptom and its fix, spaced on both sides.
    private static let arrows = [" --> ", " -> ", " → ", " ⇒ ", " => ", " ➜ ", " ➔ "]

    /// An item written "symptom → fix" on its first line: the symptom, one to twelve words,
    /// and what to do in three words or more (or written without spaces), as an entry.
    private static func arrowEntry(_ item: MarkdownBlock, first: MarkdownBlock) -> OpenQuestion? {
        let (line, _) = first.inlines.splitAtFirstBreak()
        let plain = InlineText.plain(line)
        guard plain.contains(where: { $0 == ">" || $0 == "→" || $0 == "⇒" || $0 == "➜" || $0 == "➔" }),
              let arrow = arrows.compactMap({ plain.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let lead = plain[..<arrow.lowerBound].trimmedWhitespace
        let after = plain[arrow.upperBound...].trimmedWhitespace
        guard (1...12).contains(lead.split(whereSeparator: \.isWhitespace).count), !lead.contains("://"),
              TextNormalizer.wordCount(after) >= 3 || after.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return nil }
        var entry = OpenQuestion(text: lead, range: SourceRange.line(item.range.startLine), level: 0, layout: .listItem, evidence: .faqEntry)
        entry.answer.add(first.replacingInlines([.text(after)] + first.inlines.dropFirst(line.count)))
        for child in item.children.dropFirst() { entry.answer.add(child) }
        return entry
    }

    /// The inlines after a bold lead without the separator before its answer (`:`, `—`, `–`, `-`).
    static func droppingLeadSeparator(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        guard case .text(let text)? = inlines.first else { return inlines }
        let trimmed = text.drop { $0 == " " || $0 == ":" || $0 == "：" || $0 == "—" || $0 == "–" || $0 == "-" }
        return trimmed.isEmpty ? Array(inlines.dropFirst()) : [.text(String(trimmed))] + inlines.dropFirst()
    }

    /// True when a list is one of categories, each a line over a list of questions of its
    /// own ("- (from: toptal.com)" then "   - Why would you use an empty struct{}?"): half of
    /// its items or more do not ask and hold lists ("- **Вопросы:**" over its questions, then
    /// "- **Совет:** …"), and two thirds of those lists' items, three or more, ask or set a
    /// task ("- Реализуй алгоритм сортировки.").
    static func holdsNestedQuestions(_ list: MarkdownBlock) -> Bool {
        guard case .list = list.kind else { return false }
        // (Most lists have no item over a list of its own: settled without reading a word.)
        let holding = list.children.filter { $0.children.dropFirst().contains { if case .list = $0.kind { return true }; return false } }
        guard holding.count * 2 >= list.children.count else { return false }
        var categories = 0, nested = 0, asking = 0
        // (Not an entry of a table of contents, "- [DOCTYPE 🔥](#doctype)" over the questions
        // its section answers.)
        for item in holding where !asks(item) && !linksInPage(item) {
            let lists = item.children.dropFirst().filter { if case .list = $0.kind { return true }; return false }
            categories += 1
            for inner in lists {
                nested += inner.children.count
                asking += inner.children.filter { asks($0) || opensAsQuestion($0) }.count
            }
        }
        return categories * 2 >= list.children.count && asking >= 3 && asking * 3 >= nested * 2
    }

    /// True when a list item's first paragraph is only links and one of them points into
    /// the page (`[DOCTYPE](#doctype)`).
    private static func linksInPage(_ item: MarkdownBlock) -> Bool {
        guard LinkIndex.isLinkOnly(item), let first = item.children.first else { return false }
        return first.inlines.contains { if case .link(let url, _) = $0 { return url.hasPrefix("#") }; return false }
    }

    /// True when a list item is a task list's (`- [ ] …`, `- [x] …`).
    static func isTask(_ item: MarkdownBlock) -> Bool {
        guard let first = item.children.first, case .paragraph = first.kind, case .text(let text)? = first.inlines.first else { return false }
        let bytes = text.utf8
        return bytes.starts(with: "[ ] ".utf8) || bytes.starts(with: "[x] ".utf8) || bytes.starts(with: "[X] ".utf8)
    }

    /// True when a list item is a task that only asks, nothing beside or under it ("- [ ]
    /// SD-Karte richtig eingelegt und erkannt?"): a check to tick, which wants no answer.
    static func isCheck(_ item: MarkdownBlock) -> Bool {
        guard isTask(item), item.children.count == 1, let first = item.children.first else { return false }
        return InlineText.plain(first.inlines).unicodeScalars.last.map(QuestionText.isQuestionMark) ?? false
    }

    /// True when a list item's first line opens with a question word and does not ask
    /// otherwise.
    static func opensAsQuestion(_ item: MarkdownBlock) -> Bool {
        guard let first = unwrapped(item).children.first, case .paragraph = first.kind else { return false }
        let line = first.inlines.splitAtFirstBreak().line
        let text = InlineText.plain(line)
        guard !QADocumentReader.isQuestionTitle(text) else { return false }
        // A bold label and nothing more ("- **Come funziona:**") introduces what follows.
        if text.endsWithColon, boldLine(line) != nil { return false }
        if ReadingVocabulary.opensAsQuestion(text) { return true }
        // "**Throttle/Debounce:** Напишите реализацию…": a bold topic label, then the task —
        // perhaps after a sentence that sets the scene ("**Lost Work:** A developer says they've
        // lost commits. Describe two ways to recover them.").
        guard case .strong(let label)? = line.first, InlineText.plain(label).endsWithColon else { return false }
        let task = InlineText.plain(Array(line.dropFirst()))
        return QADocumentReader.isQuestionTitle(task) || ReadingVocabulary.opensAsQuestion(task)
            || QuestionText.setsTaskAfterScene(task)
    }

    /// True when a document's bold list items ask with a question mark ("- **どう活かしたい
    /// ですか？**"): five or more do, and they are two thirds of its bold items or more. Its
    /// bold items that do not ask ("1. **具体的な数値を示す**") are advice, not questions.
    static func boldItemsAsk(_ blocks: [MarkdownBlock]) -> Bool {
        var asking = 0, silent = 0
        for block in blocks {
            guard case .list = block.kind else { continue }
            for item in block.children {
                guard let bold = boldLine(of: item) else { continue }
                if QADocumentReader.isQuestion(bold) { asking += 1 } else { silent += 1 }
            }
        }
        return asking >= 5 && asking >= silent * 2
    }

    /// True when an item of a list of questions titles the questions nested under it
    /// ("* **Branching**" over "* How do you list all branches?", "* How do you create
    /// one?"): a bold label that neither asks nor sets a task, holding only lists, and every
    /// nested item (two or more) asks. A sentence over sub-questions is a prompt, asked in
    /// parts (`asksBelow`).
    static func titlesNestedQuestions(_ item: MarkdownBlock) -> Bool {
        let item = unwrapped(item)
        let lists = item.children.dropFirst().filter { if case .list = $0.kind { return true }; return false }
        guard !lists.isEmpty, lists.count == item.children.count - 1, boldLine(of: item) != nil, !asks(item),
              !opensAsQuestion(item) else { return false }
        let nested = lists.flatMap(\.children)
        return nested.count >= 2 && nested.allSatisfy(asks)
    }

    /// True when an item that is neither a bold label nor a link holds a list with an item
    /// that asks: a prompt asked in parts ("1. Consider the matrix $$…$$" over "- What does it remind you
    /// of?").
    static func asksBelow(_ item: MarkdownBlock) -> Bool {
        let item = unwrapped(item)
        // (A link over links is a table of contents: "- [DOCTYPE](#doctype)" over "- [SVG란?](#svg란)".)
        guard boldLine(of: item) == nil, !LinkIndex.isLinkOnly(item) else { return false }
        return item.children.dropFirst().contains { child in
            if case .list = child.kind { return child.children.contains(where: asks) }
            return false
        }
    }

    /// True when an answer label stands under an item's first line, in its first paragraph
    /// (`rest`: what follows that line) or the paragraph after.
    static func isAnswered(_ item: MarkdownBlock, rest: [MarkdownInline]) -> Bool {
        AnswerMarker.strip(rest.drop(while: { $0.isBreak }).map { $0 }) != nil
            || item.children.dropFirst().first.map { child in
                switch child.kind {
                case .paragraph: return AnswerMarker.strip(child.inlines) != nil
                // "1. **Grok Pattern Matching Failures**:" over "- **Symptom**: …" and
                // "- **Solution**: …": a nested item that opens with an answer label.
                case .list: return child.children.contains { nested in
                    guard let first = nested.children.first, case .paragraph = first.kind else { return false }
                    return AnswerMarker.strip(first.inlines) != nil
                }
                default: return false
                }
            } == true
    }

    /// True when an item asks or is answered by a label (`asks`, `isAnswered`): cheaper than
    /// reading it.
    static func asksOrIsAnswered(_ item: MarkdownBlock) -> Bool {
        let item = unwrapped(item)
        guard let first = item.children.first, case .paragraph = first.kind else { return false }
        let (line, rest) = questionLine(first)
        return QADocumentReader.isQuestionTitle(InlineText.plain(line)) || isAnswered(item, rest: rest)
    }

    /// True when an item's question line asks (`questionLine`, `isQuestionTitle`).
    static func asks(_ item: MarkdownBlock) -> Bool {
        guard let first = unwrapped(item).children.first, case .paragraph = first.kind else { return false }
        return QADocumentReader.isQuestionTitle(InlineText.plain(questionLine(first).line))
    }

    /// The bold line of an item's first paragraph (`boldLine`).
    static func boldLine(of item: MarkdownBlock) -> String? {
        guard let first = unwrapped(item).children.first, case .paragraph = first.kind else { return nil }
        return boldLine(first.inlines.splitAtFirstBreak().line)
    }
}

/// A paragraph that starts a question: `**1. What is REST?**` alone, `Q1: What is REST?`
/// (its answer may follow on the next line, after `A1:`), or a definition-list question
/// (`Question?` then `:   answer` lines).
struct ParagraphQuestion {
    let open: OpenQuestion
    /// Nothing after the paragraph belongs to the question.
    let closesAtOnce: Bool

    /// True when the lines after a paragraph's first start a definition (`:   …`); only the
    /// first inline is looked at: this runs on every paragraph, and answers are long.
    static func definitionFollows<Inlines: Collection<MarkdownInline>>(_ rest: Inlines) -> Bool {
        guard case .text(let next)? = rest.first else { return false }
        return next.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":")
    }

    /// `definitions`: whether definition-list terms are questions (not in a glossary).
    init?(_ paragraph: MarkdownBlock, definitions: Bool = true) {
        let (line, rest) = paragraph.inlines.splitAtFirstBreak()
        let range = SourceRange(startLine: paragraph.range.startLine, startColumn: paragraph.range.startColumn,
                                endLine: paragraph.range.startLine, endColumn: paragraph.range.startColumn)
        // Definition list: the lines after the first start with ":" (only the first inline
        // is looked at: this runs on every paragraph, and answers are long).
        if Self.definitionFollows(rest) {
            guard definitions else { return nil }
            var question = OpenQuestion(text: InlineText.plain(line), range: range, level: 0, layout: .definition)
            guard !question.text.isEmpty else { return nil }
            question.answer.add(paragraph.replacingInlines(rest.droppingDefinitionColons()))
            open = question
            closesAtOnce = false
            return
        }
        // `**What is REST?**` alone (numbering inside or before the bold text allowed).
        let meaningful = line.filter { inline in
            if case .text(let text) = inline { return !text.allSatisfy(\.isWhitespace) && QuestionPrefix.strip(text).isEmpty == false }
            return true
        }
        if meaningful.count == 1, case .strong(let children) = meaningful[0] {
            let text = InlineText.plain(children)
            // A question, or a numbered item ("**3. Name three Linux commands**"); the answer
            // may start on the next line of the same paragraph.
            // Not a numbered step's label ("**1. İnternet Bağlantısını Kontrol Et:**").
            guard QADocumentReader.isQuestion(text) || QuestionPrefix.strip(text) != text && !text.endsWithColon else { return nil }
            // "**Question:**" alone labels what follows; it asks nothing.
            guard !rest.isEmpty || !QuestionPrefix.isPrefixOnly(text) else { return nil }
            var question = OpenQuestion(text: text, range: range, level: 0, layout: .boldParagraph)
            if !rest.isEmpty { question.answer.add(paragraph.replacingInlines(rest)) }
            open = question
            closesAtOnce = false
            return
        }
        // `Q1: What is REST?` or `**Q:** What is REST?`, answer perhaps on the next line.
        let plain = InlineText.plain(line)
        guard QuestionPrefix.hasLabel(plain) else { return nil }
        // "Questions:" alone over a list titles it; it asks nothing.
        guard !rest.isEmpty || !QuestionPrefix.isPrefixOnly(plain) else { return nil }
        var question = OpenQuestion(text: plain, range: range, level: 0, layout: .labelledParagraph)
        if !rest.isEmpty { question.answer.add(paragraph.replacingInlines(rest)) }
        open = question
        closesAtOnce = false
    }
}

/// `> **Q:** What is REST?` `>` `> **A:** …`: a block quote holding one question and answer.
struct QuoteQuestion {
    let open: OpenQuestion

    init?(_ quote: MarkdownBlock) {
        guard case .blockQuote = quote.kind, let first = quote.children.first, case .paragraph = first.kind else { return nil }
        let (line, rest) = first.inlines.splitAtFirstBreak()
        let text = InlineText.plain(line)
        guard QuestionPrefix.hasLabel(text) else { return nil }
        var question = OpenQuestion(text: text, range: first.range, level: 0, layout: .blockquote)
        question.range.endLine = question.range.startLine
        if !rest.isEmpty { question.answer.add(first.replacingInlines(rest)) }
        for child in quote.children.dropFirst() { question.answer.add(child) }
        open = question
    }
}

extension Array where Element == MarkdownInline {
    /// The inlines of the first line, and those after the first line break.
    func splitAtFirstBreak() -> (line: [MarkdownInline], rest: [MarkdownInline]) {
        guard let index = firstIndex(where: { $0.isBreak }) else { return (self, []) }
        return (Array(self[..<index]), Array(self[(index + 1)...]))
    }

    /// Definition lines without their leading `:`.
    func droppingDefinitionColons() -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var atLineStart = true
        for inline in self {
            if atLineStart, case .text(let text) = inline, text.hasPrefix(":") {
                result.append(.text(String(text.dropFirst())))
            } else {
                result.append(inline)
            }
            atLineStart = inline.isBreak
        }
        return result
    }
}

extension StringProtocol {
    /// True when the text, spaces aside, ends with a colon of either width (":" or "："): a
    /// label that introduces what follows.
    var endsWithColon: Bool {
        guard let last = last(where: { !$0.isWhitespace }) else { return false }
        return last == ":" || last == "："
    }

    /// True when the text, spaces aside, ends a sentence or introduces what follows (".",
    /// "。", ":", "!"…): prose, not a topic or a question.
    var endsStatement: Bool {
        guard let last = last(where: { !$0.isWhitespace }) else { return false }
        return ".。:：!！;；".contains(last)
    }

    /// How many times `needle` occurs (without overlaps).
    func occurrences(of needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let found = rest.range(of: needle) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}

/// Lines that start with a number but that Markdown does not read as list items — `1.什么是
/// REST` (no space after the dot), `1、…`, `` `1) Tell me about yourself.` `` — each a
/// question when they count up in sequence, at least `minimumRun` of them. A paragraph may
/// hold several such lines (joined by hard breaks), and after them the answer of the last.
enum NumberedLines {
    struct Line {
        let text: String
        let number: Int
        let line: Int
        /// The word before the number in a bold lead ("**Ex 3.**"): one run keeps one.
        var label: String? = nil
    }

    /// The numbered lines a paragraph starts with, and what follows them.
    struct Paragraph {
        let lines: [Line]
        let rest: [MarkdownInline]
    }

    static let minimumRun = 3

    /// The top-level paragraphs that belong to a run, by block index; those of runs two
    /// thirds of whose lines end in a question mark (`asking`: inside a heading question's
    /// answer they resume the questions, `QADocumentReader` `resumedNumbering`); and how many
    /// runs were left out because too few of their lines ask. Numbered steps ("1．ターミナルを開き、
    /// コマンドを実行します") are instructions: a third of the lines must ask or open with a
    /// question word — unless `documentAsks` (it asks elsewhere: a numbered knowledge
    /// checklist among questions is more of them).
    static func runs(in blocks: [MarkdownBlock], documentAsks: Bool) -> (paragraphs: [Int: Paragraph], asking: Set<Int>, silentRuns: Int) {
        var result: [Int: Paragraph] = [:]
        var askingRuns = Set<Int>()
        var silentRuns = 0
        var run: [(index: Int, paragraph: Paragraph)] = []
        func finish() {
            if run.reduce(0, { $0 + $1.paragraph.lines.count }) >= minimumRun {
                let lines = run.flatMap(\.paragraph.lines)
                var marked = 0, asking = 0
                for line in lines {
                    if QADocumentReader.isQuestionTitle(line.text) {
                        marked += 1
                        asking += 1
                    } else if ReadingVocabulary.opensAsQuestion(line.text) || QuestionText.asksInside(line.text) {
                        asking += 1
                    }
                }
                if asking * 3 < lines.count { silentRuns += 1 }
                if asking * 3 >= lines.count || documentAsks {
                    for part in run { result[part.index] = part.paragraph }
                    if marked * 3 >= lines.count * 2 { askingRuns.formUnion(run.map(\.index)) }
                }
            }
            run = []
        }
        for index in blocks.indices {
            guard case .paragraph = blocks[index].kind, let paragraph = paragraph(blocks[index]) else { continue }
            if let last = run.last?.paragraph.lines.last,
               paragraph.lines[0].number != last.number + 1 || paragraph.lines[0].label != last.label { finish() }
            run.append((index, paragraph))
            // An answer closes a run of question lines that stand in one paragraph.
            if !paragraph.rest.isEmpty && paragraph.lines.count > 1 { finish() }
        }
        finish()
        return (result, askingRuns, silentRuns)
    }

    /// The numbered lines, counting up by one, that `paragraph` starts with; nil when its
    /// first line is not numbered plain text or code (`**1. What?**` is a bold paragraph).
    /// A number in bold before the text is numbering too (`**1)** Considere o código…`,
    /// `**2.** What is REST?`), and so is a word and a number (`**Ex 3.** 다음의 데이터를…`),
    /// the word the same through the run.
    static func paragraph(_ paragraph: MarkdownBlock) -> Paragraph? {
        let leading: String
        switch paragraph.inlines.first {
        case .text(let text)?, .code(let text)?: leading = text
        case .strong(let bold)? where paragraph.inlines.count > 1:
            leading = InlineText.plain(bold)
            if !HeadingLevels.isBareNumber(leading) { return labelled(paragraph, bold: leading) }
        default: return nil
        }
        guard leading.unicodeScalars.first(where: { $0 != " " }).map({ $0.properties.numericType != nil }) == true else { return nil }
        var lines: [Line] = []
        var start = 0
        var offset = 0
        let inlines = paragraph.inlines
        while start < inlines.count {
            let end = inlines[start...].firstIndex { $0.isBreak } ?? inlines.count
            let text = InlineText.plain(Array(inlines[start..<end]))
            guard let number = QuestionPrefix.number(text), lines.last.map({ $0.number + 1 == number }) ?? true else { break }
            lines.append(Line(text: text, number: number, line: paragraph.range.startLine + offset))
            start = end + 1
            offset += 1
        }
        guard !lines.isEmpty else { return nil }
        return Paragraph(lines: lines, rest: start < inlines.count ? Array(inlines[start...]) : [])
    }

    /// `**Ex 3.** text`, `**Задача 2:** text`: one word of letters, a number and a mark in
    /// bold, then the text on the line; its number and the text, the word as the label.
    private static func labelled(_ paragraph: MarkdownBlock, bold: String) -> Paragraph? {
        // Most bold leads end in no number ("**Q: What is REST?**"): one look at the last bytes.
        let tail = bold.utf8.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ")") }
        guard let last = tail.first, last >= 0x30 && last <= 0x39 else { return nil }
        let parts = bold.trimmedWhitespace.split(separator: " ")
        // (The number: ASCII digits, then one mark — "3.", "3:", "3)".)
        let digits = parts.count == 2 ? parts[1].utf8.prefix { $0 >= 0x30 && $0 <= 0x39 } : []
        guard parts.count == 2, parts[0].count <= 12, parts[0].allSatisfy(\.isLetter), !digits.isEmpty, digits.count <= 5,
              parts[1].utf8.count == digits.count + 1, let number = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        let inlines = paragraph.inlines.dropFirst()
        let end = inlines.firstIndex { $0.isBreak } ?? inlines.endIndex
        let text = InlineText.plain(Array(inlines[..<end])).trimmedWhitespace
        guard !text.isEmpty else { return nil }
        let line = Line(text: "\(number). " + text, number: number, line: paragraph.range.startLine, label: parts[0].lowercased())
        return Paragraph(lines: [line], rest: end < inlines.endIndex ? Array(inlines[inlines.index(after: end)...]) : [])
    }

}

/// A pipe table of questions and answers — one row per question, the question in the first
/// column and the answer in the others — when its first column is headed as questions or
/// problems (`| Question | Answer |`, `| 问题 | 解决方法 |`) or mostly asks. (cmark without the
/// table extension reads a table as one paragraph.)
enum TableQuestions {
    struct Row {
        let question: String
        let answer: String
        let line: Int
    }

    /// The rows of a table paragraph that holds questions (in any column), nil for any other
    /// paragraph.
    static func rows(of paragraph: MarkdownBlock) -> [Row]? {
        // (GFM needs no pipe at the start of a row: "Index | Question | …" over "--|---|…". The
        // line after the first, a row of separators, is looked at before the first is scanned:
        // this runs on every paragraph.)
        guard case .text(let first)? = paragraph.inlines.first,
              let lineBreak = paragraph.inlines.firstIndex(where: \.isBreak), lineBreak + 1 < paragraph.inlines.count,
              case .text(let second) = paragraph.inlines[lineBreak + 1],
              let lead = second.utf8.first(where: { $0 != UInt8(ascii: " ") }),
              lead == UInt8(ascii: "|") || lead == UInt8(ascii: "-") || lead == UInt8(ascii: ":"),
              first.utf8.contains(UInt8(ascii: "|")) else { return nil }
        let lines = paragraph.inlines.split(omittingEmptySubsequences: false, whereSeparator: { $0.isBreak })
        guard lines.count >= 3 else { return nil }
        let cells = lines.map { cellsOf(InlineText.plain(Array($0))) }
        guard cells[0].count >= 2, cells[1].allSatisfy(isSeparator) else { return nil }
        let body = cells.enumerated().dropFirst(2).filter { !$0.element.isEmpty }
        let headers = cells[0].map(TextNormalizer.words)
        // The question column: headed as questions or problems ("| No | 頻出度 | 質問 |", one of
        // alternatives: "| Mensaje / síntoma |"), or the first whose cells mostly ask.
        // Or the first column, where a later one is headed as the cause of a problem ("| LED
        // 状态 | 可能原因 | 推荐操作 |").
        let headed = cells[0].firstIndex { header in
            header.split(separator: "/").contains { part in
                let words = TextNormalizer.words(String(part))
                return ReadingVocabulary.questionLabels.contains(words) || ReadingVocabulary.problemLabels.contains(words)
            }
        } ?? (!ReadingVocabulary.labelsACause(cells[0][0]) && cells[0].dropFirst().contains(where: ReadingVocabulary.labelsACause) ? 0 : nil)
        // Code never asks: "`sdk.payments.list(filter?)`" is a signature with an optional
        // parameter.
        let prose = lines.map { cellsOf(InlineText.prose(Array($0))) }
        func asks(_ column: Int) -> Bool {
            body.filter { column < prose[$0.offset].count && QADocumentReader.isQuestion(prose[$0.offset][column]) }.count * 2 > body.count
        }
        guard let column = headed ?? cells[0].indices.first(where: asks) else { return nil }
        // Cells that only name questions ("| Q1 | step1_2 … |", a quiz's review table) ask
        // none of them.
        let named = body.filter { column < $0.element.count && QuestionPrefix.isBareLabel($0.element[column]) }.count
        guard named * 2 < body.count else { return nil }
        // A table of links to this document's headings is its table of contents.
        let inPageLinks = paragraph.inlines.filter { if case .link(let url, _) = $0 { return url.hasPrefix("#") }; return false }.count
        guard inPageLinks * 2 < body.count else { return nil }
        // The answer: the column headed as answers; without one, the columns after a first
        // question column, and nothing where the questions stand after a number and a rating
        // (a list of questions).
        let answerColumn = headers.firstIndex { ReadingVocabulary.answerLabels.contains($0) }
        // A row that only names a part of the table ("| **Philosophy & Design** | |": bold, asking
        // nothing, no other cell filled), among rows that do more, is a category, no question.
        func isCategory(_ offset: Int, _ row: [String]) -> Bool {
            guard row.indices.allSatisfy({ $0 == column || row[$0].isEmpty }), !QADocumentReader.isQuestion(row[column]) else { return false }
            return lines[offset].contains { if case .strong(let bold) = $0 { return InlineText.plain(bold).trimmedWhitespace == row[column] }; return false }
        }
        let categories = Set(body.filter { column < $0.element.count && isCategory($0.offset, $0.element) }.map(\.offset))
        let skipped = categories.count * 2 < body.count ? categories : []
        var rows: [Row] = []
        for (offset, row) in body where column < row.count && !skipped.contains(offset) {
            let answer = answerColumn.map { $0 < row.count ? row[$0] : "" }
                ?? (column == 0 ? row.dropFirst().joined(separator: " ") : row[(column + 1)...].joined(separator: " "))
            // A row with its question's cell empty goes on with the row above ("| | Two bots
            // share the token | Reset it |": a second cause of the same symptom).
            if row[column].isEmpty {
                if let last = rows.popLast() { rows.append(Row(question: last.question, answer: last.answer + " " + answer, line: last.line)) }
                continue
            }
            rows.append(Row(question: row[column], answer: answer, line: paragraph.range.startLine + offset))
        }
        return rows
    }

    /// The cells of a `| a | b |` line, trimmed (a `\|` stays in its cell).
    private static func cellsOf(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.trimmedWhitespace {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\"
        }
        cells.append(current)
        if cells.first?.trimmedWhitespace.isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmedWhitespace.isEmpty == true { cells.removeLast() }
        return cells.map(\.trimmedWhitespace)
    }

    private static func isSeparator(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
    }
}

/// A table of contents in any language: a list whose every item is only a link to an
/// anchor of the same document (`- [What is REST?](#what-is-rest)`), its nested lists alike.
enum TableOfContents {
    static func isTableOfContents(_ list: MarkdownBlock) -> Bool {
        var pages = Set<String>()
        return isTableOfContents(list, pages: &pages) && pages.count <= 1
    }

    /// `pages`: the pages the links point into (`https://…/wiki/FAQ#anchor` is an anchor of
    /// the page `https://…/wiki/FAQ`, as a wiki writes its own table of contents); one page
    /// at most, or the list is an index of other pages.
    /// (An item may say a little more after its link — the error it is about, "[Why do I
    /// get the 'Invalid Partition' error?](#…):" over `` `sbatch: error: …` `` — where two
    /// thirds of them are only their link.)
    private static func isTableOfContents(_ list: MarkdownBlock, pages: inout Set<String>) -> Bool {
        guard case .list = list.kind, !list.children.isEmpty else { return false }
        var onlyLinks = 0
        for item in list.children {
            guard case .item = item.kind, let first = item.children.first, case .paragraph = first.kind else { return false }
            if isOnlyAnInPageLink(first.inlines, pages: &pages) {
                onlyLinks += 1
            } else if !opensWithAnInPageLink(first.inlines, pages: &pages) {
                return false
            }
            for child in item.children.dropFirst() where !isTableOfContents(child, pages: &pages) { return false }
        }
        return onlyLinks * 3 >= list.children.count * 2
    }

    /// A link target in the page: `#anchor`, an anchor of a page (recorded in `pages`), or
    /// empty — `[Q23: What is a transformer?]()` points at the page itself.
    private static func isInPage(_ url: String, pages: inout Set<String>) -> Bool {
        guard let hash = url.firstIndex(of: "#") else { return url.isEmpty }
        if hash != url.startIndex { pages.insert(String(url[..<hash]).removingPercentEncoding ?? String(url[..<hash])) }
        return true
    }

    /// A link to `#anchor` (or to an anchor of one page) first, numbering aside.
    private static func opensWithAnInPageLink(_ inlines: [MarkdownInline], pages: inout Set<String>) -> Bool {
        for inline in inlines {
            switch inline {
            case .link(let url, _):
                return isInPage(url, pages: &pages)
            case .text(let text) where text.allSatisfy({ !$0.isLetter }):
                continue
            default:
                return false
            }
        }
        return false
    }

    /// A kramdown attribute list on a line of its own (`{: class="liste"}`, `{#id}`): markup,
    /// not words.
    private static func isAttributeList(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}"), let marker = trimmed.dropFirst().first else { return false }
        return marker == ":" || marker == "#" || marker == "."
    }

    /// One link to `#anchor` (or to an anchor of one page), with nothing but spacing,
    /// numbering, punctuation or an attribute list beside it.
    private static func isOnlyAnInPageLink(_ inlines: [MarkdownInline], pages: inout Set<String>) -> Bool {
        var links = 0
        // Inside an HTML element after the link (`<span class="beginner">Beginner</span>`):
        // a badge, not words of the entry.
        var inElement = 0
        for inline in inlines {
            switch inline {
            case .link(let url, _):
                guard isInPage(url, pages: &pages) else { return false }
                links += 1
            case .text(let text):
                guard inElement > 0 || text.allSatisfy({ !$0.isLetter }) || isAttributeList(text) else { return false }
            case .html(let html):
                guard links > 0 else { return false }
                if html.hasPrefix("</") { inElement = max(0, inElement - 1) } else if !html.hasSuffix("/>") { inElement += 1 }
            case .softBreak, .lineBreak:
                continue
            case .strong(let children), .emphasis(let children):
                guard isOnlyAnInPageLink(children, pages: &pages) else { return false }
                links += 1
            default:
                return false
            }
        }
        return links == 1
    }
}
