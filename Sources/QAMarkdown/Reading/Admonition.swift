/// An admonition or callout: `!!! note "Title"` / `??? faq "Title"` with an indented body
/// (MkDocs, Python-Markdown), or `:::info Title` … `:::` (Docusaurus, VitePress). In a FAQ its
/// title is the question and its body the answer.
struct Admonition {
    /// The kind written after the marker (`faq`, `question`, `info`), lower-cased.
    let kind: String
    /// The title; empty when the admonition has none.
    let title: String
    /// The line of the marker.
    let line: Int
    /// The index after the last block of the admonition.
    let end: Int
    /// The body's blocks (an indented body read as Markdown of its own).
    let body: [MarkdownBlock]
    /// Where the body stands.
    let bodyRange: SourceRange?
    /// An MDX component with a `title` attribute: a question when its own title asks.
    let isComponent: Bool

    /// Every admonition among the top-level blocks, by the index of its first block.
    static func all(in blocks: [MarkdownBlock]) -> [Int: Admonition] {
        var result: [Int: Admonition] = [:]
        var index = 0
        while index < blocks.count {
            if let admonition = Admonition(blocks, at: index) {
                result[index] = admonition
                index = admonition.end
            } else {
                index += 1
            }
        }
        return result
    }

    /// Its kind is named for questions (`question`, `faq`).
    var isNamedForQuestions: Bool { ReadingVocabulary.questionLabels.contains(kind) || ReadingVocabulary.faqTitles.contains(kind) }

    /// `??? "Getting Started"` over indented `??? question "…"` admonitions: a category that
    /// folds questions away (two or more titled, or one named for questions), not a
    /// question — unless it is named for questions itself (`??? faq "…"` over two `???+ tip`
    /// admonitions of its answer). Its body's blocks take its place (its marker line goes), so that the
    /// admonitions inside read as the document's own.
    static func unwrappingCategories(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var index = 0
        while index < blocks.count {
            guard case .paragraph = blocks[index].kind, case .text(let text)? = blocks[index].inlines.first,
                  text.hasPrefix("!!!") || text.hasPrefix("???"),
                  let category = Admonition(blocks, at: index), category.end > index + 1,
                  !blocks[index].inlines.contains(where: { $0.isBreak }),
                  !QADocumentReader.readsAsQuestion(category.title),
                  case let inner = all(in: category.body).values.filter({ !$0.title.isEmpty }),
                  inner.contains(where: { $0.isNamedForQuestions }) || inner.count >= 2 && !category.isNamedForQuestions else {
                result.append(blocks[index])
                index += 1
                continue
            }
            for block in blocks[(index + 1)..<category.end] {
                guard case .codeBlock(_, let literal) = block.kind else { continue }
                result.append(contentsOf: MarkdownParser.parse(literal).children.map { $0.shifted(by: block.range.startLine - 1) })
            }
            index = category.end
        }
        return result
    }

    /// `??? question "…"` on a later line of a paragraph (after the last line of the previous
    /// admonition's body, with no blank line between): Python-Markdown opens an admonition at
    /// any line of a block, so the paragraph is cut there and each admonition reads alone.
    static func splitRunOnOpeners(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            guard case .paragraph = block.kind, block.inlines.contains(where: { $0 == .softBreak }) else {
                result.append(block)
                continue
            }
            result += block.cutBeforeLines { line in
                guard case .text(let text)? = line.first, text.utf8.starts(with: "!!!".utf8) || text.utf8.starts(with: "???".utf8) else { return false }
                return indentedOpener(InlineText.plain(Array(line)).trimmedWhitespace) != nil
            }
        }
        return result
    }

    init?(_ blocks: [MarkdownBlock], at start: Int) {
        if case .htmlBlock(let html) = blocks[start].kind {
            guard let component = Self.component(blocks, at: start, html: html) else { return nil }
            self = component
            return
        }
        guard case .paragraph = blocks[start].kind, case .text(let text)? = blocks[start].inlines.first,
              text.hasPrefix("!!!") || text.hasPrefix("???") || text.hasPrefix(":::") else { return nil }
        let paragraph = blocks[start]
        let (first, rest) = paragraph.inlines.splitAtFirstBreak()
        let opener = InlineText.plain(first).trimmedWhitespace
        var body: [MarkdownBlock] = []
        if !rest.isEmpty { body.append(paragraph.replacingInlines(rest)) }
        if let (kind, title) = Self.indentedOpener(opener) {
            // The body: indented lines, which Markdown reads as a code block after a blank line.
            var end = start + 1
            while end < blocks.count, case .codeBlock(let info, let literal) = blocks[end].kind, info.isEmpty {
                body.append(contentsOf: MarkdownParser.parse(literal).children)
                end += 1
            }
            let bodyRange = end > start + 1 ? blocks[start + 1].range.union(blocks[end - 1].range) : (rest.isEmpty ? nil : paragraph.range)
            self.init(kind: kind, title: title, line: paragraph.range.startLine, end: end, body: body, bodyRange: bodyRange)
        } else if let (kind, title) = Self.fencedOpener(opener) {
            // The body runs to a paragraph whose last line is `:::`.
            var end = start
            var closed = Self.closes(paragraph)
            if closed, var last = body.popLast() {
                last.inlines = Self.droppingLastLine(last.inlines)
                if !last.inlines.isEmpty { body.append(last) }
            }
            while !closed, end + 1 < blocks.count {
                end += 1
                var block = blocks[end]
                if case .heading = block.kind { end -= 1; break }
                closed = Self.closes(block)
                guard case .paragraph = block.kind else {
                    body.append(block)
                    continue
                }
                if closed { block.inlines = Self.droppingLastLine(block.inlines) }
                if !closed || !block.inlines.isEmpty { body.append(block) }
            }
            let bodyRange = end > start ? blocks[start].range.union(blocks[end].range) : paragraph.range
            self.init(kind: kind, title: title, line: paragraph.range.startLine, end: end + 1, body: body, bodyRange: bodyRange)
        } else {
            return nil
        }
    }

    private init(kind: String, title: String, line: Int, end: Int, body: [MarkdownBlock], bodyRange: SourceRange?,
                 isComponent: Bool = false) {
        self.kind = kind
        self.title = title
        self.line = line
        self.end = end
        self.body = body
        self.bodyRange = bodyRange
        self.isComponent = isComponent
    }

    /// HTML blocks that close one titled component and open the next on a later line
    /// (`</Question>` then `<Question title="…">`, with no blank line between), as two
    /// blocks: the close, then the opener on its own line.
    static func splitClosingComponents(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            guard case .htmlBlock(let html) = block.kind, html.drop(while: \.isWhitespace).hasPrefix("</") else {
                result.append(block)
                continue
            }
            let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
            guard let opener = lines.indices.dropFirst().first(where: { opensTitledComponent(lines[$0]) }) else {
                result.append(block)
                continue
            }
            var close = block, open = block
            close.kind = .htmlBlock(lines[..<opener].joined(separator: "\n"))
            close.range.endLine = block.range.startLine + opener - 1
            open.kind = .htmlBlock(lines[opener...].joined(separator: "\n"))
            open.range.startLine = block.range.startLine + opener
            open.range.startColumn = 1
            result += [close, open]
        }
        return result
    }

    /// True when a line opens a titled component (`<Question title="…">`).
    private static func opensTitledComponent(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.first == "<", trimmed.dropFirst().first?.isUppercase == true else { return false }
        return trimmed.prefix { $0 != ">" }.contains(" title=")
    }

    /// The most blocks a titled component may hold before its closing tag.
    static let longestComponent = 200

    /// A titled component of MDX docs (`<Accordion title="How do I…?">` … `</Accordion>`,
    /// `<ExpandableCard title="…">`): a collapsible whose title is the question when it asks
    /// (`isComponent`: the kind does not decide). Its body runs to the closing tag.
    private static func component(_ blocks: [MarkdownBlock], at start: Int, html: String) -> Admonition? {
        var trimmed = html.drop(while: \.isWhitespace)
        guard trimmed.first == "<", let initial = trimmed.dropFirst().first, initial.isUppercase else { return nil }
        // A group without a title ("<AccordionGroup>") around the first titled component on
        // the next line: that component.
        var line = blocks[start].range.startLine
        if let newline = trimmed.firstIndex(of: "\n"), !trimmed[..<newline].contains(" title=") {
            let next = trimmed[trimmed.index(after: newline)...].drop(while: { $0 == " " || $0 == "\t" })
            if next.first == "<", next.dropFirst().first?.isUppercase == true, (next.prefix { $0 != "\n" }).contains(" title=") {
                trimmed = next
                line += 1
            }
        }
        let name = trimmed.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "." }
        guard let tagEnd = trimmed.firstIndex(of: ">") else { return nil }
        let tag = trimmed[..<tagEnd]
        guard let attribute = tag.range(of: " title=") else { return nil }
        let value = tag[attribute.upperBound...]
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        let title = value.dropFirst().prefix { $0 != quote }
        let closing = "</\(name)>"
        var body: [MarkdownBlock] = []
        func component(end: Int, bodyRange: SourceRange) -> Admonition {
            Admonition(kind: String(name).lowercased(), title: String(title), line: line, end: end, body: body,
                       bodyRange: bodyRange, isComponent: true)
        }
        let afterTag = String(trimmed[trimmed.index(after: tagEnd)...])
        if let close = afterTag.range(of: closing) {
            body = MarkdownParser.parse(String(afterTag[..<close.lowerBound])).children
            return component(end: start + 1, bodyRange: blocks[start].range)
        }
        body = MarkdownParser.parse(afterTag).children
        var end = start + 1
        while end < blocks.count, end - start <= longestComponent {
            let block = blocks[end]
            if case .paragraph = block.kind, let at = block.inlines.firstIndex(where: { if case .html(let tag) = $0 { return tag.contains(closing) }; return false }) {
                // "Jangan.↵</ExpandableCard>": the closing tag ends a paragraph of the body.
                if at > 0 { body.append(block.replacingInlines(Array(block.inlines[..<at]))) }
                return component(end: end + 1, bodyRange: blocks[start].range.union(block.range))
            }
            if case .htmlBlock(let text) = block.kind, let close = text.range(of: closing) {
                let before = String(text[..<close.lowerBound])
                if !before.trimmedWhitespace.isEmpty { body += MarkdownParser.parse(before).children }
                return component(end: end + 1, bodyRange: end > start + 1 ? blocks[start + 1].range.union(blocks[end].range) : blocks[start].range)
            }
            body.append(block)
            end += 1
        }
        return nil
    }

    /// `!!! kind "Title"`, `??? kind "Title"`, `???+ kind`, `??? "Title"`.
    private static func indentedOpener(_ line: String) -> (String, String)? {
        var rest = Substring(line)
        if rest.hasPrefix("???+") { rest = rest.dropFirst(4) }
        else if rest.hasPrefix("???") || rest.hasPrefix("!!!") { rest = rest.dropFirst(3) }
        else { return nil }
        guard rest.first == " " else { return nil }
        rest = rest.drop(while: { $0 == " " })
        let kind = rest.prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
        var title = Substring(String(rest.dropFirst(kind.count)).trimmedWhitespace)
        let quoted = title.first == "\"" && title.last == "\"" && title.count >= 2
        // The kind may be left out before a quoted title: `??? "How do I connect?"`.
        guard !kind.isEmpty || quoted else { return nil }
        if quoted { title = title.dropFirst().dropLast() }
        return (kind.lowercased(), String(title))
    }

    /// `:::kind Title`, `:::kind[Title]`.
    private static func fencedOpener(_ line: String) -> (String, String)? {
        guard line.hasPrefix(":::") else { return nil }
        let rest = line.dropFirst(3).drop(while: { $0 == " " })
        let kind = rest.prefix(while: { $0.isLetter || $0 == "-" || $0 == "_" })
        guard !kind.isEmpty else { return nil }
        var title = Substring(String(rest.dropFirst(kind.count)).trimmedWhitespace)
        if title.first == "[", title.last == "]" { title = title.dropFirst().dropLast() }
        // `::: code-tabs#shell`: an id after the kind, that tabs of one id switch together;
        // no title.
        if title.first == "#", !title.contains(where: \.isWhitespace) { title = "" }
        return (kind.lowercased(), String(title))
    }

    /// A paragraph whose last line is `:::`.
    private static func closes(_ block: MarkdownBlock) -> Bool {
        // "- Tu peux aussi …↵  :::": the fence closed inside the last item of a list.
        if case .list = block.kind, let item = block.children.last, let last = item.children.last { return closes(last) }
        guard case .paragraph = block.kind else { return false }
        let lines = block.inlines.split(whereSeparator: { $0.isBreak })
        guard let last = lines.last else { return false }
        return InlineText.plain(Array(last)).trimmedWhitespace == ":::"
    }

    private static func droppingLastLine(_ inlines: [MarkdownInline]) -> [MarkdownInline] {
        guard let breakIndex = inlines.lastIndex(where: { $0.isBreak }) else { return [] }
        return Array(inlines[..<breakIndex])
    }
}

extension Admonition {
    /// True when the title is an answer label, numbered or not ("::: tip 回答 1", "!!! note
    /// \"Answer\""): the admonition holds the answer of the question before it.
    var isAnswer: Bool {
        let label = ReadingVocabulary.withoutTrailingNumber(TextNormalizer.words(title))
        return !label.isEmpty && ReadingVocabulary.answerLabels.contains(label)
    }

    /// True when prose follows the admonition at `index` before the next heading: a paragraph,
    /// list or quote right after it (rules aside) — a callout in an entry's answer ("## No
    /// puedo iniciar sesión", `!!! warning "Posibles causas"`, "**Solución:** …"), not an
    /// entry of its own.
    static func standsAmongProse(_ index: Int, blocks: [MarkdownBlock], admonitions: [Int: Admonition]) -> Bool {
        guard let admonition = admonitions[index] else { return false }
        var position = admonition.end
        while position < blocks.count, case .thematicBreak = blocks[position].kind { position += 1 }
        guard position < blocks.count, admonitions[position] == nil else { return false }
        switch blocks[position].kind {
        case .paragraph, .list, .blockQuote: return true
        default: return false
        }
    }

    /// The kinds that hold questions in this document: a kind named for them (`question`,
    /// `faq`), or a kind whose titles mostly ask, or whose admonitions stand in an FAQ
    /// (`faqScope` says which blocks do) under titles that differ — each with at least two
    /// titled admonitions.
    static func questionKinds(_ admonitions: [Int: Admonition], faqScope: (Int) -> Bool) -> Set<String> {
        var titled: [String: [Int]] = [:]
        var untitled: [String: Int] = [:]
        for (index, admonition) in admonitions where !admonition.isAnswer && !admonition.isComponent {
            if admonition.title.isEmpty { untitled[admonition.kind, default: 0] += 1 } else { titled[admonition.kind, default: []].append(index) }
        }
        var kinds = Set<String>()
        for (kind, indices) in titled {
            let asking = indices.filter { QADocumentReader.isQuestion(admonitions[$0]!.title) }.count
            // (In an FAQ, not one title over and over: "Achtung" names a warning, not an entry;
            // nor one title numbered: "Ejemplo 1", "Ejemplo 2" are examples — unless it labels
            // a question, "问题 1".)
            let titles = Set(indices.map { index in
                let title = admonitions[index]!.title, words = TextNormalizer.words(title)
                return QuestionPrefix.isBareLabel(title) ? words : ReadingVocabulary.withoutTrailingNumber(words)
            })
            // (Nor a kind mostly written without a title, in the answers: `!!! warning ""` under
            // each entry, two of them titled with a remark.)
            let inFAQ = titles.count * 2 > indices.count && untitled[kind, default: 0] <= indices.count ? indices.filter(faqScope).count : 0
            let named = admonitions[indices[0]]!.isNamedForQuestions
            // A kind named for questions, unless it stands once beside another kind that holds
            // them ("!!! question \"Not finding what you need?\"" above sixteen "??? faq").
            let alone = indices.count == 1 && titled.count > 1
            if (named && !alone) || (indices.count >= 2 && (asking * 2 > indices.count || inFAQ * 2 > indices.count)) {
                kinds.insert(kind)
            }
        }
        return kinds
    }
}
