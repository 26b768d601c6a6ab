/// A multiple-choice quiz: each question a numbered item (`3. Jika Anda ingin …`) or a
/// paragraph, its choices the list right after it (or after the code the question shows) — a
/// task list whose ticked item is the answer (`- [x] switch manageable`), options whose right
/// ones alone are set in bold (`- Na Imagem`, `- __No Docker Host__`, `- No Container`), or
/// options lettered in order (`- A. …`, `- **B.** …`, `- a) …`). Where three or more stand
/// over choices, they are questions, whatever they say ("Kombinasi pengkabelan … adalah ….": a
/// sentence to complete asks too).
enum ChoiceLists {
    static let minimumQuestions = 3

    /// The indices of the numbered lists — or paragraphs, over lettered choices — that stand
    /// right over a list of choices, where there are `minimumQuestions` or more. (A paragraph
    /// over a task list is a plan's goals, "Phase 1:" over "- [ ] …", not a question.)
    /// A numbered list most of whose items write their choices on the lines of the item
    /// itself ("1. Bazy danych … można tworzyć w modelu:↵a) IaaS↵b) PaaS↵c) w obu") is
    /// stems too, each such item counting as one.
    static func stems(_ blocks: [MarkdownBlock]) -> Set<Int> {
        var stems = Set<Int>()
        var questions = 0
        // Paragraphs over lettered lists, one or more of them asking: lettered cases under
        // paragraphs none of which asks are a text's definitions ("Seien A und B Mengen" over
        // "- a) B ⊂ A bedeutet …"), not a quiz.
        var paragraphStems: [Int] = []
        // (Past the code the question shows; a paragraph over a task list is not a question.)
        func choicesFollow(_ index: Int, tasks: Bool) -> Bool {
            var next = index + 1
            if next < blocks.count, case .codeBlock = blocks[next].kind { next += 1 }
            guard next < blocks.count else { return false }
            return isLettered(blocks[next]) || tasks && isTasks(blocks[next]) || marksChoices(blocks[next])
        }
        for index in blocks.indices {
            switch blocks[index].kind {
            case .list(ordered: true, _) where choicesFollow(index, tasks: true):
                stems.insert(index)
                questions += 1
            case .list(ordered: true, _):
                let withChoices = blocks[index].children.filter { holdsLetteredLines($0) || holdsChoiceList($0) }.count
                guard withChoices >= 2, withChoices * 3 >= blocks[index].children.count * 2 else { continue }
                stems.insert(index)
                questions += withChoices
            case .paragraph where choicesFollow(index, tasks: false):
                paragraphStems.append(index)
            default:
                continue
            }
        }
        if paragraphStems.contains(where: { QADocumentReader.isQuestion(InlineText.plain(blocks[$0].inlines)) }) {
            stems.formUnion(paragraphStems)
            questions += paragraphStems.count
        }
        return questions >= minimumQuestions ? stems : []
    }

    /// True when the first paragraph of a list item goes on, after its first line, with two
    /// or more lines lettered in order from A or a ("a) IaaS", "b) PaaS").
    static func holdsLetteredLines(_ item: MarkdownBlock) -> Bool {
        guard let first = item.children.first, case .paragraph = first.kind,
              first.inlines.contains(where: { $0.isBreak }) else { return false }
        let lines = first.inlines.split { $0.isBreak }.dropFirst()
        guard lines.count >= 2 else { return false }
        for (offset, line) in lines.enumerated() {
            guard letter(of: InlineText.plain(Array(line))) == offset else { return false }
        }
        return true
    }

    /// True when a list item holds, under its first paragraph, a list of choices lettered in
    /// order or with the right ones alone in bold ("1. Apa yang …?" over "- A. Mendesain UI",
    /// "- **B. Mengelola logika …**").
    static func holdsChoiceList(_ item: MarkdownBlock) -> Bool {
        item.children.dropFirst().contains { isLettered($0) || marksChoices($0) }
    }

    /// True when a bulleted list of two or more items is all tasks (`[ ]`, `[x]`).
    static func isTasks(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: false, _) = list.kind, list.children.count >= 2 else { return false }
        return list.children.allSatisfy { ListItemQuestion.isTask($0) }
    }

    /// True when a bulleted list of two or more options, each one line, sets some of them —
    /// not all — wholly in bold: the right answers marked.
    static func marksChoices(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: false, _) = list.kind, list.children.count >= 2 else { return false }
        var bold = 0
        for item in list.children {
            guard item.children.count == 1, let line = item.children.first, case .paragraph = line.kind,
                  !line.inlines.contains(where: { $0.isBreak }) else { return false }
            if ListItemQuestion.boldLine(line.inlines) != nil { bold += 1 }
        }
        return bold >= 1 && bold < list.children.count
    }

    /// True when a bulleted list of two or more items is lettered in order from A (or a).
    static func isLettered(_ list: MarkdownBlock) -> Bool {
        guard case .list(ordered: false, _) = list.kind, list.children.count >= 2 else { return false }
        for (offset, item) in list.children.enumerated() {
            guard let letter = letter(of: item), letter == offset else { return false }
        }
        return true
    }

    /// The position in the alphabet of an item's letter label (`A.`, `b)`, `**C.**`), nil
    /// when it has none.
    private static func letter(of item: MarkdownBlock) -> Int? {
        guard let first = item.children.first, case .paragraph = first.kind else { return nil }
        return letter(of: InlineText.plain(first.inlines.splitAtFirstBreak().line))
    }

    /// The position in the alphabet of a line's letter label (`A.`, `b)`, `(c)`).
    private static func letter(of line: String) -> Int? {
        let text = line.drop { $0 == " " || $0 == "(" }
        guard let scalar = text.unicodeScalars.first, scalar.isASCII, let mark = text.dropFirst().first, mark == "." || mark == ")" else { return nil }
        switch scalar.value {
        case 0x41...0x5A: return Int(scalar.value - 0x41)
        case 0x61...0x7A: return Int(scalar.value - 0x61)
        default: return nil
        }
    }
}
