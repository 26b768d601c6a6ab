/// What the reading asks of the headings' texts more than once, found once: the headings
/// whose text heads three or more parts ("Example", "题目要点": labels inside answers, never
/// questions or the heading an answer belongs to), and the FAQ-titled headings with the
/// blocks under them (up to the next heading of their level or above).
struct HeadingFacts {
    let repeated: Set<Int>
    /// Each starts at its FAQ-titled heading (at -1 for a page the front matter titles so).
    let faqScopes: [Range<Int>]
    /// The parts under a heading that names them questions ("## SORULAR", "## Interview
    /// Questions"), each from that heading.
    let questionListScopes: [Range<Int>]

    /// `pageIsFAQ`: the front matter titles the page as an FAQ; its scope is the whole page
    /// (starting before its first block). So does a first-level heading that ends with a
    /// problem word, and an opening sentence that introduces the page as one
    /// (`ReadingVocabulary.titlesFAQPage`, `introducesFAQ`).
    init(blocks: [MarkdownBlock], texts: [Int: String], pageIsFAQ: Bool = false) {
        var counts: [String: [Int]] = [:]
        for (index, text) in texts { counts[TextNormalizer.words(text), default: []].append(index) }
        // Not a question asked again ("## 分析以下代码" over each snippet to analyse): a label
        // names a part, a question asks, however often.
        repeated = Set(counts.values.filter { $0.count >= 3 && !$0.contains { QADocumentReader.readsAsQuestion(texts[$0] ?? "") } }.joined())
        let ordered = texts.keys.sorted()
        var pageIsFAQ = pageIsFAQ
        if let first = blocks.first, case .paragraph = first.kind, ReadingVocabulary.introducesFAQ(InlineText.plain(first.inlines)) {
            pageIsFAQ = true
        }
        faqScopes = ordered.enumerated().compactMap { position, index in
            guard let level = blocks[index].headingLevel, level == 1
                    ? ReadingVocabulary.titlesFAQPage(texts[index] ?? "") : ReadingVocabulary.isFAQTitle(texts[index] ?? "") else { return nil }
            // The page's title (its first heading, at level 1) scopes the whole page, whatever
            // other first-level headings categorize under it.
            let end = position == 0 && level == 1 ? blocks.count
                : ordered[(position + 1)...].first { (blocks[$0].headingLevel ?? 0) <= level } ?? blocks.count
            return index..<end
        } + (pageIsFAQ ? [-1..<blocks.count] : [])
        // (Only parts with no heading inside and room for three questions and their answers,
        // as `PlainQuestions.find` reads them, are worth the words.)
        questionListScopes = ordered.enumerated().compactMap { position, index in
            let end = position + 1 < ordered.count ? ordered[position + 1] : blocks.count
            guard let level = blocks[index].headingLevel, end - index > 2 * PlainQuestions.minimumQuestions,
                  end == blocks.count || (blocks[end].headingLevel ?? 0) <= level,
                  let text = texts[index], ReadingVocabulary.namesQuestions(text), !QADocumentReader.readsAsQuestion(text) else { return nil }
            return index..<end
        }
    }

    func inFAQ(_ index: Int) -> Bool { faqScopes.contains { $0.contains(index) } }
}

/// Which headings are questions, and why (`evidence`): the ones that ask or are labelled,
/// numbered ones where three or more stand at a level, the ones an answer follows, the
/// entries under an FAQ title — and, among siblings (the headings of one level under one
/// parent), the statements with a body where most siblings ask ("My app's tray
/// disappeared."), while a question mark where most do not is a section title. Topic
/// headings title the question in the paragraph under them.
struct HeadingLevels {
    private(set) var questionLevel: Int?
    private let questionIndices: Set<Int>
    private let topicIndices: Set<Int>
    /// Why some headings are questions, where their text does not say it.
    private var answered = Set<Int>()
    private var faqEntryIndices = Set<Int>()
    /// Headings that are parts of the answer above them, at its question's level or below
    /// (`partsOfNumberedLabels`).
    private var answerPartIndices = Set<Int>()
    /// Headings that open with a question word among siblings that ask.
    private var wordedIndices = Set<Int>()
    /// Headings labelled as problems ("### Error: …"), two or more at a level.
    private var problemEntries = Set<Int>()
    private var forced = false
    /// Headings that ask but title sections (most headings beside them do not ask).
    private var demoted = Set<Int>()

    /// `answered`: headings an answer container follows (questions, whatever they say).
    /// `otherQuestions`: blocks that start questions of other layouts whatever stands beside
    /// them (admonitions of a question kind).
    init(blocks: [MarkdownBlock], texts: [Int: String], structure: QADocumentReader.Structure, answered: Set<Int>,
         facts: HeadingFacts, otherQuestions: Set<Int> = []) {
        if let forced = structure.questionLevel {
            self.forced = true
            questionLevel = forced
            questionIndices = Set(texts.keys.filter { blocks[$0].headingLevel == forced })
            topicIndices = []
            return
        }
        guard structure.allows(.heading) else {
            questionLevel = nil
            questionIndices = []
            topicIndices = []
            return
        }
        var questionLike = Set(texts.filter { QADocumentReader.isQuestionTitle($0.value) }.map(\.key)).union(answered)
        // Troubleshooting entries labelled as problems ("### Problém: Kolize názvů zdrojů"),
        // where two or more stand at a level — not under a heading that asks, whose answer they
        // are, in parts ("## Proxy won't start: what error?" over "### Error: bind: address
        // already in use").
        let sorted = texts.keys.sorted()
        func underAskingHeading(_ index: Int) -> Bool {
            Self.parent(of: index, headings: sorted, blocks: blocks).flatMap { texts[$0] }.map(QADocumentReader.isQuestionTitle) ?? false
        }
        let problems = texts.filter { ReadingVocabulary.opensWithProblemLabel($0.value) }.map(\.key).filter { !underAskingHeading($0) }
        // The headings labelled as questions ("## Q3: …", "## 问题: …"), found once.
        let labels = Set(texts.filter { QuestionPrefix.hasLabel($0.value) }.keys)
        for (_, atLevel) in Dictionary(grouping: problems, by: { blocks[$0].headingLevel ?? 0 }) where atLevel.count >= 2 {
            questionLike.formUnion(atLevel)
            problemEntries.formUnion(atLevel)
        }
        // Troubleshooting entries written in parts: headings over a labelled cause or problem
        // and a labelled fix ("## 代理菜单空白" over "问题原因" and "解决方案"), two or more at
        // a level, not under a heading that asks.
        let parted = sorted.filter {
            !questionLike.contains($0) && Self.holdsEntryParts(after: $0, headings: texts, blocks: blocks) && !underAskingHeading($0)
        }
        for (_, atLevel) in Dictionary(grouping: parted, by: { blocks[$0].headingLevel ?? 0 }) where atLevel.count >= 2 {
            questionLike.formUnion(atLevel)
            problemEntries.formUnion(atLevel)
        }
        var byLevel: [Int: [Int]] = [:]
        for index in sorted { byLevel[blocks[index].headingLevel ?? 0, default: []].append(index) }
        let groups = byLevel.flatMap { level, indices in Self.siblings(indices, blocks: blocks, level: level) }
        // Numbered headings ("#### 12. What is the output of below code") are questions at a
        // level where at least three of them stand.
        // (A number over nothing to ask, "## 33. --", is none.)
        let numbered = texts.filter { QuestionPrefix.isNumbered($0.value) && QuestionPrefix.strip($0.value).contains(where: \.isLetter) }.map(\.key)
        let asking = Set(numbered.filter { questionLike.contains($0) || ReadingVocabulary.opensAsQuestion(texts[$0] ?? "") })
        let numberedPerLevel = Dictionary(numbered.compactMap { blocks[$0].headingLevel }.map { ($0, 1) }, uniquingKeysWith: +)
        // Not where they are a document's numbered top sections ("## 1. Why", "## 2. Install"
        // under its title) and hardly ever ask: its outline. Nor where most of them hold
        // questions of their own ("## 1. O Tobie" over a list of questions): categories —
        // unless most of them ask, which makes them questions whatever they hold.
        let headingsPerLevel = Dictionary(texts.keys.compactMap { blocks[$0].headingLevel }.map { ($0, 1) }, uniquingKeysWith: +)
        var listQuestions: [Int]?  // Self.listQuestions(blocks), once, where needed
        for (level, count) in numberedPerLevel where count >= 3 {
            let atLevel = numbered.filter { blocks[$0].headingLevel == level }
            let isTop = !headingsPerLevel.contains { $0.key < level && $0.value > 1 }
            // (Unless the page's title right above them names them questions, five or more,
            // hardly any over headings of its own: "# Вопросы к экзамену" over "## 2. Модели
            // ЖЦ.", the tickets of an exam — not "## 1. Conceptos" over "### 1.1 …".)
            let titledAsQuestions = isTop && Self.titledAsQuestions(atLevel, level: level, headings: sorted, texts: texts, blocks: blocks)
            if isTop && !titledAsQuestions && atLevel.filter(asking.contains).count * 5 < atLevel.count { continue }
            // Nor where none of them asks in a document none of whose headings asks: numbered
            // parts of a reference ("### **1. Pobierz listę urządzeń**"), not questions.
            // Nor a handful of them, fewer than five, there: the numbered steps of a guide ("### 1.
            // Define Domain Events" under a README's "## Usage Guide"), whatever verb opens them.
            let noneAsks = !texts.values.contains(where: QADocumentReader.isQuestionTitle)
            if noneAsks && !titledAsQuestions && (!atLevel.contains(where: asking.contains) || atLevel.count < 5) { continue }
            let silent = atLevel.filter { !questionLike.contains($0) }
            // (A numbered heading that does not ask over a question heading of its own — "### 3.
            // Proving Parameters Issues" over "#### Problem: …" — is its category too.)
            // (Not where their numbering runs on across the headings above them, "## Teamwork"
            // over "### 2. Conflict Resolution", "## Problem Solving" over "### 5. …": numbered
            // through the whole bank, they are its entries, and what they hold their prompts.)
            let categories = silent.count * 2 <= atLevel.count || Self.numberedAcrossParents(atLevel, blocks: blocks, texts: texts) ? 0
                : silent.filter {
                    Self.holdsQuestions(blocks, after: $0, level: level, others: otherQuestions)
                        || Self.holdsQuestionHeading(blocks, after: $0, level: level, questions: questionLike)
                }.count
            guard categories * 2 <= atLevel.count else { continue }
            // Nor a group of siblings none of which asks, before or after all the questions the
            // document asks elsewhere — in numbered headings of another parent, or in lists
            // ("### 1. 事前準備を徹底する" under "## 面接で成功するためのポイント", after "### 3.
            // あなたの強みは何ですか？"): numbered points, not questions. Between them, it is more of
            // the same; over questions of their own, categories (as above).
            var elsewhere = atLevel.filter(asking.contains)
            if elsewhere.count < 3 {
                listQuestions = listQuestions ?? Self.listQuestions(blocks)
                elsewhere = listQuestions!
            }
            // Nor, where three or more headings above their level ask ("## Como posso…?"), a
            // group of them none of which asks: the numbered steps of an answer ("### 2.
            // Instalar Nginx" under "## Configurar HTTPS para console web manualmente").
            let asksAbove = questionLike.filter { (blocks[$0].headingLevel ?? level) < level }.count >= 3
            let points = elsewhere.count >= 3 || asksAbove
                ? Set(groups.filter { group in
                    group.count >= 3 && blocks[group[0]].headingLevel == level && !group.contains(where: asking.contains)
                        && group.allSatisfy { QuestionPrefix.isNumbered(texts[$0] ?? "") }
                        && (asksAbove || group.last! < elsewhere.min()! || group[0] > elsewhere.max()!)
                        && group.filter { Self.holdsQuestions(blocks, after: $0, level: level, others: otherQuestions) }.count * 2 < group.count
                        // (Not where the numbered headings of the other groups mostly do not ask
                        // either: topics of an interview bank, "### 8. JVM" under "## CS" after
                        // "### 5. ANR" under "## Android" — more of the same.)
                        && (asksAbove || Self.othersMostlyAsk(atLevel, besides: group, asking: asking))
                }.joined()) : []
            // Nor one that holds labelled questions ("### 2.安装相关软件的注意事项" over "Q:
            // 安装Python时有什么要注意的？" paragraphs), whatever it says: their category.
            questionLike.formUnion(atLevel.filter { !points.contains($0) && !Self.holdsLabelledQuestions(blocks, after: $0, level: level) })
        }
        // Texts that head several parts ("Example", "References", "Answer") are labels of
        // parts of answers, never entries of their own.
        let faqTitled = Set(facts.faqScopes.map(\.lowerBound))
        // Headings under a title of tips ("## 🎯 Dicas Pro" over "### Otimize seu prompt"):
        // tips, not entries, unless they ask.
        let underTips = Self.underTipsTitle(texts: texts, blocks: blocks)
        func isLabel(_ index: Int) -> Bool {
            if facts.repeated.contains(index) || faqTitled.contains(index) { return true }
            if underTips.contains(index) && !QADocumentReader.isQuestionTitle(texts[index] ?? "") { return true }
            return Self.labelsByItsText(texts[index] ?? "")
        }
        // A heading's role follows its siblings: a question mark among section titles
        // ("## ¿Cómo puedo contribuir?" between "## Introducción" and "## Comunidad") titles a
        // section. Labelled, numbered and answered headings keep their evidence.
        let marked = questionLike.subtracting(answered).subtracting(problemEntries)
            .filter { !labels.contains($0) && !QuestionPrefix.isNumbered(texts[$0] ?? "") }
        // The headings that open as questions, found once (the rules below ask it of each
        // group and each level).
        let opening = Set(texts.filter { ReadingVocabulary.opensAsQuestion($0.value) }.keys)
        for group in groups where group.count >= 3 {
            let asking = group.filter(questionLike.contains)
            // Siblings that open with a question word ask too ("Co to jest maska podsieci" beside
            // "Z czego się składa adres IP?"): they count before a question mark is demoted.
            func worded() -> Int { group.filter { !questionLike.contains($0) && opening.contains($0) }.count }
            // Where questions are labelled or numbered ("## Question 12. …"), an unlabelled
            // heading that asks is a title too ("## Want to buy the book?").
            let labelled = asking.filter { !marked.contains($0) }.count
            let unlabelled = asking.filter(marked.contains)
            if asking.count * 2 < group.count && (asking.count + worded()) * 2 < group.count
                || (labelled >= 3 && unlabelled.count * 5 <= labelled) {
                questionLike.subtract(unlabelled)
                demoted.formUnion(unlabelled)
            }
        }
        // Questions written without a question mark ("### Что такое последовательность"):
        // where more than half of four or more siblings open with a question word or ask,
        // those that open with one are questions — as a question mark among siblings that
        // mostly ask is (below).
        // (A level whose headings stand in many small groups, a category's two or three
        // questions each, is judged as a whole.)
        for group in groups + Array(byLevel.values) where group.count >= 4 {
            let worded = group.filter { !questionLike.contains($0) && opening.contains($0) && !isLabel($0) }
            let asking = group.filter(questionLike.contains).count
            // (One is enough where two thirds of them ask.)
            guard worded.count >= 2 || !worded.isEmpty && asking * 3 >= group.count * 2,
                  (worded.count + asking) * 2 > group.count else { continue }
            questionLike.formUnion(worded)
            wordedIndices.formUnion(worded)
        }
        // Where the document's questions are written without a question mark (three or more
        // read so), one that opens with a question word asks at any level ("### Can I update
        // Prowlarr inside my Docker container" under "## How do I update Prowlarr").
        if wordedIndices.count >= 3 {
            let titles = demoted
            let more = opening.filter { !questionLike.contains($0) && !isLabel($0) && !titles.contains($0) }
            questionLike.formUnion(more)
            wordedIndices.formUnion(more)
        }
        faqEntryIndices = Self.faqEntries(blocks: blocks, texts: texts, scopes: facts.faqScopes, isLabel: isLabel,
                                          others: otherQuestions, labels: labels, entryLabels: labels.union(problems).union(problemEntries))
        self.answered = answered
        questionLike.formUnion(faqEntryIndices)
        let levels = questionLike.compactMap { blocks[$0].headingLevel }
        let counts = Dictionary(levels.map { ($0, 1) }, uniquingKeysWith: +)
        let level = counts.max { lhs, rhs in lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key > rhs.key }?.key
        questionLevel = level
        if let level {
            let atLevel = texts.keys.filter { blocks[$0].headingLevel == level }.sorted()
            let questions = atLevel.filter(questionLike.contains).count
            // Where the questions are numbered, an unnumbered heading is something else.
            let numberedQuestions = atLevel.filter { questionLike.contains($0) && QuestionPrefix.isNumbered(texts[$0] ?? "") }.count
            if questions >= 3 && numberedQuestions * 2 < questions {
                // Among headings of one parent (a README's "## FAQ" and not its "## Usage"),
                // where most ask, or a third or more are troubleshooting entries (three or more:
                // "## 闪退" over "问题原因" and "解决方案"), the others with a body are entries
                // phrased as statements ("## 静默启动失效").
                for group in Self.siblings(atLevel, blocks: blocks, level: level) {
                    // A question mark inside ("能实时显示吗？这样就能…") asks too.
                    let asking = group.filter { questionLike.contains($0) || QuestionText.asksInside(texts[$0] ?? "") }.count
                    let troubles = group.filter(problemEntries.contains).count
                    guard asking * 2 > group.count && asking >= 2 || troubles >= 3 && troubles * 3 >= group.count else { continue }
                    // (Not where they are labelled: one without a label is a section among them.
                    // Those without a label over nothing, or over a table of contents only, are
                    // not counted.)
                    let labelledOnes = group.filter(labels.contains)
                    if labelledOnes.count >= 3, Self.mostlyLabelled(labelledOnes + group.filter { !labels.contains($0) && Self.hasBody(blocks, after: $0, level: level) },
                                                                    labels: labels) { continue }
                    // Where most questions have no answer under them (a list of questions, or
                    // answers not written yet), a statement without a body is an entry too.
                    let answeredQuestions = group.filter { questionLike.contains($0) && Self.hasBody(blocks, after: $0, level: level) }.count
                    let bodiless = answeredQuestions * 2 < asking
                    // A README's "## FAQ" among its entries: what stands before it is the
                    // README's own sections.
                    // (A divider says little under it; an "FAQ" heading over its own entries
                    // is a category among them.)
                    let marker = group.last { faqTitled.contains($0) && Self.directBlocks(blocks, after: $0) <= Self.dividerBlocks } ?? -1
                    // (Not one over questions of its own: their category.)
                    for index in group where index > marker && !questionLike.contains(index) && !isLabel(index)
                        && (Self.hasBody(blocks, after: index, level: level, direct: true) || bodiless && Self.isWords(texts[index] ?? ""))
                        && !Self.holdsQuestions(blocks, after: index, level: level, others: otherQuestions, lists: false) {
                        questionLike.insert(index)
                    }
                }
            }
        }
        // A question mark among categories of questions is a question put at their level, when
        // its answer stands under it with no heading of its own and it follows one of them
        // ("## Wann sollte ich den Support kontaktieren?" after "## App-Probleme" over its
        // "### …" entries).
        if let level = questionLevel {
            let titles = demoted
            for group in groups {
                guard let own = blocks[group[0]].headingLevel, own < level else { continue }
                let candidates = group.filter { titles.contains($0) && Self.hasBody(blocks, after: $0, level: own, direct: true)
                    && !Self.hasSubHeading(blocks, after: $0, level: own) }
                guard !candidates.isEmpty else { continue }
                let others = group.filter { !titles.contains($0) && !questionLike.contains($0) }
                let categories = others.filter { Self.holdsQuestionHeading(blocks, after: $0, level: own, questions: questionLike) }
                guard categories.count * 2 > others.count, let first = categories.first else { continue }
                // (Before them all, it asks about the page: "## Bu Bölüm Ne İşe Yarar?")
                let asked = candidates.filter { $0 > first }
                questionLike.formUnion(asked)
                demoted.subtract(asked)
            }
        }
        // A heading that asks above the level of the questions and over two or more of them
        // titles them ("# 面接でよく聞かれる内容とは？…" over "### 1. …？").
        if let level = questionLevel {
            let ordered = texts.keys.sorted()
            for (position, index) in ordered.enumerated() where questionLike.contains(index) {
                guard let own = blocks[index].headingLevel, own < level else { continue }
                let under = ordered[(position + 1)...].prefix { (blocks[$0].headingLevel ?? 0) > own }
                // (Not one numbered in their sequence, a level too high: "### 2. How do you…"
                // between "#### 1. …" and "#### 3. …".)
                if let number = QuestionPrefix.number(texts[index] ?? ""),
                   let next = under.first(where: questionLike.contains).flatMap({ QuestionPrefix.number(texts[$0] ?? "") }),
                   next == number + 1 { continue }
                if under.filter(questionLike.contains).count >= 2 {
                    questionLike.remove(index)
                    demoted.insert(index)
                }
            }
        }
        // A numbered heading a level too deep in their sequence is one of them: "#### 2、解释
        // null 和 undefined" between "### 1、…" and "### 3、…" (both neighbours numbered one
        // apart: an answer's numbered parts restart).
        if let level = questionLevel {
            let numbered = texts.keys.filter { questionLike.contains($0) && blocks[$0].headingLevel == level }.sorted()
            let deeper = numbered.count < 2 ? [] : texts.keys.filter { (blocks[$0].headingLevel ?? 0) > level && !questionLike.contains($0) }.sorted()
            var next = 0
            for index in deeper {
                while next < numbered.count && numbered[next] < index { next += 1 }
                guard next > 0, next < numbered.count, let number = QuestionPrefix.number(texts[index] ?? ""),
                      QuestionPrefix.number(texts[numbered[next - 1]] ?? "") == number - 1,
                      QuestionPrefix.number(texts[numbered[next]] ?? "") == number + 1 else { continue }
                questionLike.insert(index)
            }
        }
        // A page's title that asks, the only heading that does, over `sectionsUnderAskingTitle`
        // or more sections: the page's subject ("# What is Dozzle?" over "## Key Features" and
        // its features), as an about page is titled — not one question.
        if questionLike.count == 1, let title = questionLike.first, blocks[title].headingLevel == 1,
           title == texts.keys.min(), !answered.contains(title), !labels.contains(title),
           texts.keys.filter({ $0 > title }).count >= Self.sectionsUnderAskingTitle,
           !texts.keys.contains(where: { $0 > title && blocks[$0].headingLevel == 1 }) {
            questionLike.remove(title)
            demoted.insert(title)
        }
        // Where the page numbers its question labels through its topics ("### Q1: …" under one
        // "##", "### Q2: …" under the next, on to three or more), those are its entries: the
        // other headings at their level or below, after the first, are parts of their answers
        // ("### 原因 1：NUT 版本过旧", "### 为什么事件触发这么多？").
        if let parts = Self.partsOfNumberedLabels(labels, texts: texts, blocks: blocks) {
            questionLike.subtract(parts)
            faqEntryIndices.subtract(parts)
            answerPartIndices = parts
        }
        questionIndices = questionLike
        let topics = structure.allows(.topicHeading)
            ? Self.topics(blocks: blocks, texts: texts, questions: questionLike, repeated: facts.repeated, others: otherQuestions) : []
        topicIndices = topics
        // Topic headings are questions too: where they outnumber the headings that ask, the
        // level of the questions is theirs (sections are the level above).
        let topicCounts = Dictionary(topics.compactMap { blocks[$0].headingLevel }.map { ($0, 1) }, uniquingKeysWith: +)
        if let top = topicCounts.max(by: { $0.value < $1.value }), top.value > (counts[level ?? 0] ?? 0) {
            questionLevel = top.key
        }
    }

    /// The headings that are parts of answers on a page whose questions are labelled and
    /// numbered one after another (Q1, Q2, Q3 … at one level, three or more, across parents):
    /// every heading without a label at that level or below, after the first labelled one;
    /// nil on any other page.
    private static func partsOfNumberedLabels(_ labels: Set<Int>, texts: [Int: String], blocks: [MarkdownBlock]) -> Set<Int>? {
        guard labels.count >= 3 else { return nil }
        let ordered = labels.sorted()
        let levels = Set(ordered.compactMap { blocks[$0].headingLevel })
        guard levels.count == 1, let level = levels.first else { return nil }
        guard let first = labelNumber(texts[ordered[0]] ?? "") else { return nil }
        for (offset, index) in ordered.enumerated().dropFirst() where labelNumber(texts[index] ?? "") != first + offset { return nil }
        // (Across parents: within one, the siblings' rule above already decides.)
        var parents = Set<Int>(), parent = -1
        let headings = texts.keys.sorted()
        for index in headings {
            if (blocks[index].headingLevel ?? 0) < level { parent = index } else if labels.contains(index) { parents.insert(parent) }
        }
        guard parents.count >= 2 else { return nil }
        return Set(headings.filter { $0 > ordered[0] && !labels.contains($0) && (blocks[$0].headingLevel ?? 0) >= level })
    }

    /// The number of a question label ("Q12: …" → 12, "Question 3. …" → 3); nil without one.
    /// (On the bytes of the label, before the text it labels.)
    private static func labelNumber(_ text: String) -> Int? {
        let label = text.utf8.prefix(max(0, text.utf8.count - QuestionPrefix.strip(text).utf8.count))
        let digits = label.drop { $0 < 0x30 || $0 > 0x39 }.prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The fewest sections under a page's title that asks for it to title the page.
    static let sectionsUnderAskingTitle = 3

    /// Why the heading at `index` is a question; nil when it is none.
    func evidence(_ index: Int, text: String) -> QuestionEvidence? {
        guard questionIndices.contains(index) else { return nil }
        if forced { return .configured }
        if QuestionPrefix.hasLabel(text) { return .label }
        if QADocumentReader.isQuestionTitle(text) { return .questionMark }
        if answered.contains(index) { return .answered }
        if QuestionPrefix.isNumbered(text) { return .numbered }
        if faqEntryIndices.contains(index) { return .faqEntry }
        if wordedIndices.contains(index) { return .questionWords }
        if problemEntries.contains(index) { return .problemEntry }
        return .sibling
    }

    /// How many headings are questions.
    var questionCount: Int { questionIndices.count }

    /// True when the heading asks but titles a section.
    func isSectionTitle(_ index: Int) -> Bool { demoted.contains(index) && !questionIndices.contains(index) }
    func isTopic(_ index: Int) -> Bool { topicIndices.contains(index) }

    /// True when the heading at `index` is a part of the answer of the heading question above
    /// it, at that question's level or below.
    func isAnswerPart(_ index: Int) -> Bool { answerPartIndices.contains(index) }

    /// True when a heading only labels the question written in the paragraph under it: a
    /// bare label ("## Question 1"), or a question label repeated over each question ("###
    /// 题目"). That paragraph's first line is the question's text.
    static func labelsQuestionBelow(_ text: String, repeated: Bool) -> Bool {
        QuestionPrefix.isBareLabel(text) || isBareNumber(text) || repeated && ReadingVocabulary.questionLabels.contains(TextNormalizer.words(text))
    }

    /// True when a heading is a number and nothing else of words ("## ⬛ 1", "### 12."): it
    /// labels what stands under it — a question only where that paragraph asks (`topics`).
    /// (Also a paragraph's bold lead that numbers it: "**2)** Considere…", `NumberedLines`.)
    static func isBareNumber(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.numericType != nil }
            && !text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Topic headings: at a level with ten or more headings that are not questions, where
    /// most of them are followed by a paragraph that asks something — the question lists
    /// that title each question by its topic ("#### Namespaces" / "What are namespaces
    /// useful for?").
    private static func topics(blocks: [MarkdownBlock], texts: [Int: String], questions: Set<Int>, repeated: Set<Int>, others: Set<Int>) -> Set<Int> {
        var byLevel: [Int: [Int]] = [:]
        for index in texts.keys where !questions.contains(index) {
            byLevel[blocks[index].headingLevel ?? 0, default: []].append(index)
        }
        // A bare label ("## Question 1"), or a label repeated over each question ("### 题目"),
        // over a paragraph titles the question it holds.
        // (Bare numbers, "## ⬛ 1", only where two thirds of three or more stand over a paragraph
        // that asks: "Qual é o output?" — then all of them, "Tudo em Javascript é ...".)
        let numbers = texts.keys.filter { index in
            guard !questions.contains(index), index + 1 < blocks.count, case .paragraph = blocks[index + 1].kind else { return false }
            return isBareNumber(texts[index] ?? "")
        }
        let asking = numbers.filter { index in
            let line = InlineText.plain(blocks[index + 1].inlines.splitAtFirstBreak().line)
            return QADocumentReader.isQuestionTitle(line) || ReadingVocabulary.opensAsQuestion(line)
        }
        var result = Set(asking.count >= 3 && asking.count * 3 >= numbers.count * 2 ? numbers : [])
        result.formUnion(texts.keys.filter { index in
            guard !questions.contains(index), index + 1 < blocks.count, case .paragraph = blocks[index + 1].kind else { return false }
            let text = texts[index] ?? ""
            return !isBareNumber(text) && labelsQuestionBelow(text, repeated: repeated.contains(index))
        })
        // Fewer of them where two thirds of three or more, with no sub-heading and no other
        // question under them, are each followed by one line that asks or sets a task ("### 1.1 Testes de Regressão" / "O que
        // é um teste de regressão…? Dê um exemplo prático."), not by several (a category's list
        // of questions, or by numbered lines that are questions of their own: "## 1. Basic
        // Exercises" over "**Ex 1.** …", "**Ex 2.** …").
        for (_, indices) in byLevel where (3..<10).contains(indices.count) {
            let asking = indices.filter { index in
                guard index + 1 < blocks.count, case .paragraph = blocks[index + 1].kind,
                      !blocks[index + 1].inlines.contains(where: { $0.isBreak }),
                      !hasSubHeading(blocks, after: index, level: blocks[index].headingLevel ?? 0),
                      !holdsQuestions(blocks, after: index, level: blocks[index].headingLevel ?? 0, others: others) else { return false }
                let line = InlineText.plain(blocks[index + 1].inlines)
                return QADocumentReader.isQuestionTitle(line) || ReadingVocabulary.opensAsQuestion(line)
            }
            if asking.count * 3 >= indices.count * 2 { result.formUnion(asking) }
        }
        for (_, indices) in byLevel where indices.count >= 10 {
            let asking = indices.filter { index in
                guard index + 1 < blocks.count, case .paragraph = blocks[index + 1].kind else { return false }
                return InlineText.prose(blocks[index + 1].inlines).contains("?")
            }
            guard asking.count * 2 >= indices.count,
                  // Headings over several questions of their own ("## Hardware" over bold
                  // questions) are categories, not topics.
                  asking.filter({ holdsQuestions(blocks, after: $0, level: blocks[$0].headingLevel ?? 0, others: []) }).count * 2 < asking.count
            else { continue }
            for index in indices where index + 1 < blocks.count {
                if case .paragraph = blocks[index + 1].kind { result.insert(index) }
            }
        }
        return result
    }

    /// True when three or more of the headings carry a question label ("## 问题: …") and at
    /// most one in five of them does not: labelling is how the document marks its questions.
    private static func mostlyLabelled(_ indices: [Int], labels: Set<Int>) -> Bool {
        let labelled = indices.filter(labels.contains).count
        return labelled >= 3 && (indices.count - labelled) * 5 <= labelled
    }

    /// The headings that stand under a title of tips (`tips-titles`: "Tips", "Dicas Pro") of
    /// a higher level.
    private static func underTipsTitle(texts: [Int: String], blocks: [MarkdownBlock]) -> Set<Int> {
        var result = Set<Int>()
        var titleLevel: Int?
        for index in texts.keys.sorted() {
            guard let level = blocks[index].headingLevel else { continue }
            if let title = titleLevel, level > title {
                result.insert(index)
                continue
            }
            titleLevel = ReadingVocabulary.tipsTitles.contains(TextNormalizer.words(texts[index] ?? "")) ? level : nil
        }
        return result
    }

    /// The headings of `level` (indices in order) grouped by the heading above them.
    private static func siblings(_ indices: [Int], blocks: [MarkdownBlock], level: Int) -> [[Int]] {
        var groups: [[Int]] = []
        var last = -1
        for index in indices {
            // A heading above the level between two headings starts a new group.
            let parted = groups.isEmpty || blocks[(last + 1)..<index].contains { ($0.headingLevel ?? 99) < level }
            if parted { groups.append([index]) } else { groups[groups.count - 1].append(index) }
            last = index
        }
        return groups
    }

    /// True when the part that holds the heading at `index` — from the heading above it of a
    /// higher level to the next heading of that level or higher — holds one of `indices`.
    private static func partHoldsOne(of indices: Set<Int>, around index: Int, headings: [Int], blocks: [MarkdownBlock]) -> Bool {
        guard let parent = parent(of: index, headings: headings, blocks: blocks),
              let parentLevel = blocks[parent].headingLevel else { return true }
        let end = headings.first { $0 > parent && (blocks[$0].headingLevel ?? 0) <= parentLevel } ?? blocks.count
        return indices.contains { $0 > parent && $0 < end }
    }

    /// True when a title opens with a number under its section's ("1.12 …", "3.1. …").
    private static func hasSectionNumber(_ text: String) -> Bool {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        return !digits.isEmpty && rest.first == "." && rest.dropFirst().first.map { $0.isASCII && $0.isNumber } == true
    }

    /// True when a heading's text alone makes it a label, not an entry: it introduces what
    /// follows ("### Browser (Desktop):" — though a question or a task may end so, "#####
    /// Explica los siguientes selectores:", and stays one), invites questions ("## Still
    /// have questions?" after the entries), or organizes the page ("## Contents").
    /// Remembered by text: asked of every heading of an FAQ at each reading.
    private static func labelsByItsText(_ text: String) -> Bool {
        labelTexts.value(for: text) {
            text.endsWithColon && !ReadingVocabulary.opensAsQuestion(text)
                || QuestionText.isInvitation(text) || ReadingVocabulary.isOrganizingTitle(text)
                // A part of a troubleshooting entry: "#### Issue", "#### Solution", "### 原因".
                || ReadingVocabulary.labelsEntryPart(text)
        }
    }

    private static let labelTexts = TextMemory<Bool>(longest: TextMemory<Bool>.title)

    /// True when a heading that is not itself a part label opens on a labelled part and holds,
    /// before the next heading that is not one, exactly one labelled problem or cause and one
    /// labelled fix: paragraphs or headings that only label them, or paragraphs that open with
    /// the label. More of them make it a category of several entries, and prose before them
    /// ("The MongoDB is ran in a docker container." under "## Database Troubleshooting") a
    /// section that holds one.
    private static func holdsEntryParts(after index: Int, headings: [Int: String], blocks: [MarkdownBlock]) -> Bool {
        if let title = headings[index], ReadingVocabulary.labelsEntryPart(title) { return false }
        var (problems, fixes) = (0, 0)
        for position in (index + 1)..<blocks.count {
            let block = blocks[position], line: String
            if block.headingLevel != nil {
                guard let text = headings[position], ReadingVocabulary.labelsEntryPart(text) else { break }
                line = text
            } else if case .paragraph = block.kind {
                line = InlineText.plain(block.inlines.splitAtFirstBreak().line)
            } else if case .htmlBlock = block.kind {
                continue
            } else {
                if problems + fixes == 0 { return false }
                continue
            }
            switch ReadingVocabulary.entryPart(labelledBy: line) {
            case .problemOrCause?: problems += 1
            case .fix?: fixes += 1
            case nil: if problems + fixes == 0 { return false }
            }
            if problems > 1 || fixes > 1 { return false }
        }
        return problems == 1 && fixes == 1
    }

    /// The heading above the heading at `index` of a higher level, among `headings` (in
    /// document order). (From the heading up, found by halving: a scan from the end was
    /// quadratic over an FAQ of a thousand entries.)
    private static func parent(of index: Int, headings: [Int], blocks: [MarkdownBlock]) -> Int? {
        guard let level = blocks[index].headingLevel else { return nil }
        var (low, high) = (0, headings.count)  // the first position not before `index`
        while low < high {
            let middle = (low + high) / 2
            if headings[middle] < index { low = middle + 1 } else { high = middle }
        }
        return headings[..<low].last { (blocks[$0].headingLevel ?? 0) < level }
    }

    /// The entries of an FAQ: under a heading titled as one ("FAQ", "常见问题", "Preguntas
    /// frecuentes"; the document's title included), the headings of the level that holds
    /// most headings with a body, labels aside — whether they ask or state ("API 密钥无效").
    private static func faqEntries(blocks: [MarkdownBlock], texts: [Int: String], scopes: [Range<Int>], isLabel: (Int) -> Bool,
                                   others: Set<Int>, labels: Set<Int>, entryLabels: Set<Int>) -> Set<Int> {
        let headings = texts.keys.sorted()
        var entries = Set<Int>()
        for range in scopes {
            let scope = headings.filter { $0 > range.lowerBound && range.contains($0) }
            var perLevel: [Int: [Int]] = [:]
            for index in scope where !isLabel(index) {
                guard let level = blocks[index].headingLevel, hasBody(blocks, after: index, level: level) else { continue }
                perLevel[level, default: []].append(index)
            }
            // Headings over entries that open with a bold sentence: three or more under one, or,
            // where there are three or more under the level's headings that do not ask, one or two
            // under each ("## Procesy" over two, "## Kroje" over two).
            func headingsOverLeadIns(_ indices: [Int]) -> Set<Int> {
                let counted: [(index: Int, leadIns: Int, holds: Bool)] = indices.map { index in
                    let (count, holds) = leadIns(blocks, after: index)
                    return (index, count, holds)
                }
                let statements = counted.filter { $0.holds && !QADocumentReader.readsAsQuestion(texts[$0.index] ?? "") }
                let enough = statements.map(\.leadIns).reduce(0, +) >= LeadIn.minimumEntries
                let many = counted.filter { $0.holds && $0.leadIns >= LeadIn.minimumEntries }.map(\.index)
                return Set(many + (enough ? statements.map(\.index) : []))
            }
            // The level whose headings ask the most, then the one with the most headings: an
            // FAQ's "## Quels sont les raccourcis ?" over "### Génériques" sub-headings. (A
            // heading alone at its level holds no entries beside it, whatever it asks: "# Still
            // cannot find an answer?" after the page's "## Cutting times are not accurate".)
            perLevel = perLevel.filter { $0.value.count >= 2 }
            // (Where the page's title scopes later parts of the page too, the headings that
            // ask are counted in the title's own part: "# ❓ FAQ" over "## 🔐 Не удаётся
            // войти" and "## Можно ли…?", then "# 🧾 Чек-лист" over "### ✔ 1. …?" items.)
            let title = range.lowerBound >= 0 ? range.lowerBound : headings.first
            let ownEnd = title.flatMap { title in
                blocks[title].headingLevel == 1 ? scope.first { $0 > title && blocks[$0].headingLevel == 1 } : nil
            } ?? Int.max
            let asking = perLevel.mapValues { $0.filter { $0 < ownEnd && QADocumentReader.isQuestionTitle(texts[$0] ?? "") }.count }
            guard let best = perLevel.max(by: { lhs, rhs in
                      let left = (asking[lhs.key] ?? 0, lhs.value.count, -lhs.key), right = (asking[rhs.key] ?? 0, rhs.value.count, -rhs.key)
                      return left < right
                  }),
                  case let leadInHeadings = headingsOverLeadIns(best.value),
                  // Headings over questions of their own (definition lists, Q: paragraphs,
                  // <details>, entries that open with a bold sentence) are the FAQ's
                  // categories, not its entries.
                  best.value.filter({ holdsQuestions(blocks, after: $0, level: best.key, others: others) || leadInHeadings.contains($0) })
                      .count * 2 < best.value.count,
                  // (Nor headings whose numbered lists number on from one to the next: the
                  // items are the entries.)
                  !listsNumberOn(scope.filter { blocks[$0].headingLevel == best.key }, blocks: blocks)
            else { continue }
            // Where the document labels its entries ("### Problém: …", "## Q3: …", three or
            // more, or writes them in labelled parts: "**Error**: …" and "**Solution**:"), a part
            // titled as an FAQ none of whose headings is labelled ("## Nástroje a příkazy pro
            // řešení problémů" over its tools) holds none.
            if entryLabels.count >= 3 && !scope.contains(where: entryLabels.contains) { continue }
            // Nor headings of one word each, none asking ("### Nodes", "### Wallets" under a
            // site's "Bitcoin Q+A" title): the sections of a page, not an FAQ's entries.
            if asking[best.key] == 0, best.value.allSatisfy({ isOneWord(texts[$0] ?? "") }) { continue }
            // Where the entries are labelled ("## 问题: …"), one without a label is a section
            // among them ("## 理解自动重试"), as a question mark is (above) — unless it names a
            // problem ("## ip 地址获取错误的问题").
            let labelled = mostlyLabelled(best.value, labels: labels)
            // Likewise where they are numbered ("## 1) O ColaboraPANC é apenas web?"): one without
            // a number that does not ask is a note among them ("## Nota de público").
            // (A number with no mark after it numbers too: "### 11 启动程序出现…".)
            let numbers = Set(best.value.filter { texts[$0]?.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } == true })
            let numbered = !labelled && mostlyLabelled(best.value, labels: numbers)
            let answeredDirectly = best.value.filter { hasBody(blocks, after: $0, level: best.key, direct: true) }.count
            for index in best.value where !labelled || labels.contains(index)
                || ReadingVocabulary.namesProblem(texts[index] ?? "") {
                if numbered, !numbers.contains(index), !QADocumentReader.readsAsQuestion(texts[index] ?? ""),
                   !ReadingVocabulary.namesProblem(texts[index] ?? "") { continue }
                // (So within the scope: under a part of a labelled page that labels none, "##
                // Nástroje a příkazy" over "### Příkazy pro ladění", or "## Advanced
                // Troubleshooting" over "### Check Logs", a heading is no entry.)
                if entryLabels.count >= 3, !entryLabels.contains(index),
                   !partHoldsOne(of: entryLabels, around: index, headings: scope, blocks: blocks) { continue }
                // One that does not ask, with nothing of its own above its sub-headings, is a
                // category of the FAQ ("### ROS" over "#### …"): its sub-headings with a body
                // are the entries. (One that asks has its answer in parts: "### CPU 版".)
                // (`readsAsQuestion` holds for a labelled heading too.)
                let asks = QADocumentReader.readsAsQuestion(texts[index] ?? "")
                // Nor one that holds questions of its own ("### Telemetry & Community Daten"
                // over "**Wie kann ich teilnehmen?**" …): their category.
                // (Not a checklist in its answer: "- Richtiges Google-Konto?")
                if !asks && holdsQuestions(blocks, after: index, level: best.key, others: others, lists: false) { continue }
                // (Nor one over labelled questions, even numbered: "### 2.安装相关软件的注意事项" over
                // "Q: 安装Python时有什么要注意的？".)
                if holdsLabelledQuestions(blocks, after: index, level: best.key) { continue }
                if asks || hasBody(blocks, after: index, level: best.key, direct: true) {
                    entries.insert(index)
                    continue
                }
                // (Nor, where most entries beside it have an answer of their own, one that says
                // something in words over sub-headings that do not ask, numbers aside: it is one of them, its
                // answer in parts — "### Device reset to defaults on its own" over "#### Bad
                // power supply"; not "### ROS", nor "## Azure Monitor Agent" over "### What if…?".)
                let under = scope.drop { $0 <= index }.prefix { (blocks[$0].headingLevel ?? 0) > best.key }
                let subEntries = under.filter { !isLabel($0) && hasBody(blocks, after: $0, level: blocks[$0].headingLevel ?? 0, direct: true) }
                let inParts = answeredDirectly * 2 > best.value.count && isWords(texts[index] ?? "")
                    && !subEntries.contains { QADocumentReader.asksSomewhere(QuestionPrefix.strip(texts[$0] ?? "")) }
                if subEntries.isEmpty || inParts { entries.insert(index) } else { entries.formUnion(subEntries) }
            }
            entries.formUnion(leafCategories(scope: scope, entries: entries, blocks: blocks, texts: texts, isLabel: isLabel))
        }
        return entries
    }

    /// Categories of an FAQ's entries that hold no entries but an answer of their own ("## OTG
    /// issues on Windows" between "## `adb` and USB issues" and "## Control issues", each over
    /// "### …" entries): one problem, written at its category's level. A heading of the level
    /// of the entries' categories, with a body and no heading under it, is an entry when it
    /// asks, names a problem, or stands between entries — the page's own first and last
    /// sections ("## Translations": see the wiki) stand before or after them all.
    private static func leafCategories(scope: [Int], entries: Set<Int>, blocks: [MarkdownBlock], texts: [Int: String],
                                       isLabel: (Int) -> Bool) -> Set<Int> {
        var categoryLevels = Set<Int>()
        for entry in scope where entries.contains(entry) {
            guard let parent = parent(of: entry, headings: scope, blocks: blocks), let parentLevel = blocks[parent].headingLevel else { continue }
            categoryLevels.insert(parentLevel)
        }
        guard let first = scope.first(where: entries.contains), let last = scope.last(where: entries.contains) else { return [] }
        // Where the entries are numbered within their categories ("### 1.12 …" under "## 1. …"),
        // a numbered category is one by its number ("## 2. RGA": see the RGA guide).
        let subNumbered = scope.contains { entries.contains($0) && hasSectionNumber(texts[$0] ?? "") }
        var result = Set<Int>()
        for index in scope where !entries.contains(index) && !isLabel(index) {
            guard let level = blocks[index].headingLevel, categoryLevels.contains(level),
                  !hasSubHeading(blocks, after: index, level: level), hasBody(blocks, after: index, level: level, direct: true),
                  let text = texts[index], isWords(text), !(subNumbered && QuestionPrefix.isNumbered(text)) else { continue }
            if (index > first && index < last) || QADocumentReader.readsAsQuestion(text) || ReadingVocabulary.namesAProblem(text) {
                result.insert(index)
            }
        }
        return result
    }

    /// Where the document asks in lists (outside headings' answers too): the index of each
    /// list with an item whose first line asks, none unless `QADocumentReader.questionsElsewhere`
    /// such items or more.
    private static func listQuestions(_ blocks: [MarkdownBlock]) -> [Int] {
        var count = 0
        var lists: [Int] = []
        for (index, block) in blocks.enumerated() {
            guard case .list = block.kind else { continue }
            let asking = block.children.filter(ListItemQuestion.asks).count
            if asking > 0 { lists.append(index) }
            count += asking
        }
        return count >= QADocumentReader.questionsElsewhere ? lists : []
    }

    /// True when a heading deeper than `level` and among `questions` stands under the heading
    /// at `index` (before the next heading of its level or above).
    private static func holdsQuestionHeading(_ blocks: [MarkdownBlock], after index: Int, level: Int, questions: Set<Int>) -> Bool {
        for offset in (index + 1)..<blocks.count {
            guard let other = blocks[offset].headingLevel else { continue }
            if other <= level { return false }
            if questions.contains(offset) { return true }
        }
        return false
    }

    /// True when half or more of the numbered headings `atLevel` outside `group` ask.
    private static func othersMostlyAsk(_ atLevel: [Int], besides group: [Int], asking: Set<Int>) -> Bool {
        let others = atLevel.filter { !group.contains($0) }
        return others.filter(asking.contains).count * 2 >= others.count
    }

    /// True when the page's first heading, above `indices` (numbered headings of `level`, five
    /// or more, hardly any over headings of their own), names them questions and does not ask.
    private static func titledAsQuestions(_ indices: [Int], level: Int, headings: [Int], texts: [Int: String],
                                          blocks: [MarkdownBlock]) -> Bool {
        guard indices.count >= 5, let title = headings.first, let first = indices.min(), title < first,
              let own = blocks[title].headingLevel, own < level, let text = texts[title] else { return false }
        guard ReadingVocabulary.namesQuestions(text), !QADocumentReader.readsAsQuestion(text) else { return false }
        var parts = 0
        for index in indices where hasSubHeading(blocks, after: index, level: level) { parts += 1 }
        return parts * 5 <= indices.count
    }

    /// True when the numbering of headings of one level (`indices`) goes on by one across a
    /// heading of a higher level twice or more: numbered through the document, not within
    /// each part.
    private static func numberedAcrossParents(_ indices: [Int], blocks: [MarkdownBlock], texts: [Int: String]) -> Bool {
        let indices = indices.sorted()
        guard let level = indices.first.flatMap({ blocks[$0].headingLevel }) else { return false }
        var across = 0
        for (previous, next) in zip(indices, indices.dropFirst()) {
            guard let before = QuestionPrefix.number(texts[previous] ?? ""), QuestionPrefix.number(texts[next] ?? "") == before + 1,
                  blocks[(previous + 1)..<next].contains(where: { ($0.headingLevel ?? level) < level }) else { continue }
            across += 1
        }
        return across >= 2
    }

    /// True when the numbered lists right under headings (`indices`, one level) number on from
    /// one heading to the next, twice or more ("1."–"3." under "## Installation & Setup", "4."
    /// and "5." under "## Offline Mode", "6." under "## Mod Support"): one sequence of entries
    /// through the page, the headings its categories. (Entries, not steps: most items open
    /// with a bold line or ask — not "5. プロキシ変数が設定されている場合には、…" under "##
    /// 運用コマンドの操作ができない場合", the checks of that entry.)
    private static func listsNumberOn(_ indices: [Int], blocks: [MarkdownBlock]) -> Bool {
        var on = 0, last: Int?, items = 0, titled = 0
        for index in indices.sorted() {
            let list = blocks[(index + 1)...].prefix { $0.headingLevel == nil }.first {
                if case .list(ordered: true, _) = $0.kind { return true }
                return false
            }
            guard let list, case .list(_, let start) = list.kind else { last = nil; continue }
            if let last, start == last + 1 { on += 1 }
            items += list.children.count
            titled += list.children.filter { ListItemQuestion.boldLine(of: $0) != nil || ListItemQuestion.asks($0) }.count
            last = list.children.last?.itemNumber ?? start + list.children.count - 1
        }
        return on >= 2 && titled * 2 > items
    }

    /// True when two or more blocks under the heading (before the next heading of its level
    /// or above) read as questions of another layout (`others`: blocks known to); list items
    /// that ask count unless `lists` is false.
    private static func holdsQuestions(_ blocks: [MarkdownBlock], after index: Int, level: Int, others: Set<Int>,
                                       lists: Bool = true) -> Bool {
        var count = 0
        for (offset, block) in blocks[(index + 1)...].enumerated() {
            if let other = block.headingLevel, other <= level { break }
            if others.contains(index + 1 + offset) { count += 1 }
            switch block.kind {
            case .paragraph:
                if QADocumentReader.isQuestion(InlineText.plain(block.inlines.splitAtFirstBreak().line)) { count += 1 }
                count += TableQuestions.rows(of: block)?.count ?? 0
            case .list where lists:
                count += block.children.filter(ListItemQuestion.asks).count
            case .htmlBlock:
                if Details.opens(block) { count += 1 }
            default:
                break
            }
            if count >= 2 { return true }
        }
        return false
    }

    /// How many of the paragraphs right under the heading (up to the next heading) are FAQ
    /// entries that open with a bold sentence ending as a sentence ends ("**Windows fragt nach
    /// der Firewall-Freigabe.**" over its answer); `holds`: one or more, a third of the
    /// paragraphs or more — as `LeadIn.entries` reads them.
    private static func leadIns(_ blocks: [MarkdownBlock], after index: Int) -> (leadIns: Int, holds: Bool) {
        var paragraphs = 0, leadIns = 0
        for block in blocks[(index + 1)...] {
            if block.headingLevel != nil { break }
            guard case .paragraph = block.kind else { continue }
            paragraphs += 1
            if let (text, _) = LeadIn.split(block), let last = text.unicodeScalars.last, ".?!。？！“”\"»".unicodeScalars.contains(last) {
                leadIns += 1
            }
        }
        return (leadIns, leadIns > 0 && leadIns * 3 >= paragraphs)
    }

    /// True when two or more paragraphs under the heading (before the next heading of its
    /// level or above) open with a question label ("Q: …", "问：…").
    private static func holdsLabelledQuestions(_ blocks: [MarkdownBlock], after index: Int, level: Int) -> Bool {
        var count = 0
        for block in blocks[(index + 1)...] {
            if let other = block.headingLevel, other <= level { break }
            guard case .paragraph = block.kind,
                  QuestionPrefix.hasLabel(InlineText.plain(block.inlines.splitAtFirstBreak().line)) else { continue }
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// The most blocks an "## FAQ" heading among its entries holds when it only divides a
    /// README's own sections from them (a note such as "Don't see your question? Ask.").
    private static let dividerBlocks = 2

    /// How many blocks stand between a heading and the next heading.
    private static func directBlocks(_ blocks: [MarkdownBlock], after index: Int) -> Int {
        blocks[(index + 1)...].prefix { $0.headingLevel == nil }.count
    }

    /// True when a heading deeper than `level` stands under the heading at `index` (before the
    /// next heading of its level or above).
    private static func hasSubHeading(_ blocks: [MarkdownBlock], after index: Int, level: Int) -> Bool {
        blocks[(index + 1)...].prefix { ($0.headingLevel ?? 99) > level }.contains { $0.headingLevel != nil }
    }

    /// True when a block is HTML whose every word is the text of a link (`LinkIndex.onlyLinks`).
    private static func isLinkCards(_ block: MarkdownBlock) -> Bool {
        guard case .htmlBlock(let html) = block.kind else { return false }
        return LinkIndex.onlyLinks(html: html) == true
    }

    /// True when a heading is one word of a script written with spaces ("Nodes", "🔐 Wallets").
    private static func isOneWord(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        return words.count == 1 && !words[0].unicodeScalars.contains { $0.value >= 0x2E80 }
    }

    /// True when a heading says something in words (two or more, or a script written
    /// without spaces), not a link or a symbol.
    private static func isWords(_ text: String) -> Bool {
        !text.contains("://") && QuestionText.asksInWords(Substring(text))
    }

    /// True when content, a table of contents aside, stands between the heading and the next
    /// heading of its level or above; `direct`: before any heading (a section of
    /// sub-sections has none).
    private static func hasBody(_ blocks: [MarkdownBlock], after index: Int, level: Int, direct: Bool = false) -> Bool {
        for block in blocks[(index + 1)...] {
            if let other = block.headingLevel, other <= level || direct { return false }
            // (A table of contents is no body: "### Info" over links to the entries; nor are
            // cards of links in HTML, every word a link's, a hub's "## Almacenamiento" over the
            // card of its FAQ page.)
            if !BlockText.of([block]).isBlank && !TableOfContents.isTableOfContents(block) && !isLinkCards(block) { return true }
        }
        return false
    }
}
