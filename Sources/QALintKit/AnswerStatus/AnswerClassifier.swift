import QAMarkdown

/// The answer-status stage: classifies every answer as answered, placeholder or empty.
///
/// In the per-file stage each answer is judged on its own — empty, a placeholder phrase —
/// and reduced to a template key (a hash of its words, when it is long enough to be pasted
/// boilerplate). The corpus step counts template keys over every linted document: a text
/// under at least `min-template-count` questions is an unfilled template.
///
/// The settings are `placeholder-answer`'s options and the `phrase-list` data packs supply
/// for it; they are read whatever that rule's level, because completeness measures the
/// content, not the reporting settings.
struct AnswerClassifier: Sendable {
    let phrases: PlaceholderPhrases
    let minTemplateCount: Int
    let minTemplateWords: Int

    init(configuration: Configuration, remembersAnswers: Bool = false) throws {
        remembered = remembersAnswers ? RememberedAnswer.memory(of: AnswerFacts.self) : nil
        let rule = PlaceholderAnswerRule.description
        let options = configuration.options(of: rule)
        let lists = try PlaceholderPhrases(packData: configuration.registry.data[rule.id] ?? [])
        phrases = PlaceholderPhrases(
            wholeAnswer: lists.wholeAnswer + (try PlaceholderAnswerRule.extraPhrases.value(in: options)),
            leading: lists.leading,
            anywhere: lists.anywhere + (try PlaceholderAnswerRule.extraMarkers.value(in: options)),
            leadingMaxWords: lists.leadingMaxWords)
        minTemplateCount = try PlaceholderAnswerRule.minTemplateCount.value(in: options)
        minTemplateWords = try PlaceholderAnswerRule.minTemplateWords.value(in: options)
    }

    /// The per-file part: each answer on its own.
    func facts(of document: QADocument) -> DocumentAnswers {
        DocumentAnswers(minTemplateCount: minTemplateCount, answers: document.questions.map { question in
            let answer = question.answer.text
            return remembered.map { $0.value(for: RememberedAnswer.key(answer)) { facts(of: answer) } } ?? facts(of: answer)
        })
    }

    private func facts(of answer: BlockText) -> AnswerFacts {
        guard !answer.isBlank else { return AnswerFacts(isEmpty: true) }
        let forms = PlaceholderPhrases.Forms(answer)
        let code = TextNormalizer.words(answer.code)
        let longEnough = forms.wordCount + TextNormalizer.wordCount(code) >= minTemplateWords
        return AnswerFacts(phrase: phrases.match(forms),
                           templateKey: longEnough ? TextNormalizer.stableHash(forms.words + "\u{1}" + code) : nil)
    }

    /// Each answer's facts under these settings, remembered by its text where asked.
    private let remembered: TextMemory<AnswerFacts>?

    /// The corpus step: every answer's state, by document (in the order given) and
    /// question. `lines` are the questions' first lines, where template copies are named.
    static func states(_ documents: [(path: String, answers: DocumentAnswers, lines: [Int])]) -> [[AnswerState]] {
        var copies: [UInt64: [Location]] = [:]
        for document in documents {
            for (facts, line) in zip(document.answers.answers, document.lines) {
                if let key = facts.templateKey { copies[key, default: []].append(Location(path: document.path, line: line)) }
            }
        }
        return documents.map { document in
            zip(document.answers.answers, document.lines).map { facts, line in
                if facts.isEmpty { return AnswerState(status: .empty) }
                var template: TemplateUse?
                if let key = facts.templateKey, let places = copies[key], places.count >= document.answers.minTemplateCount {
                    let here = Location(path: document.path, line: line)
                    let isFirst = places[0] == here
                    template = TemplateUse(copies: places.count, other: isFirst ? places[1] : places[0], isFirst: isFirst)
                }
                guard facts.phrase != nil || template != nil else { return .answered }
                return AnswerState(status: .placeholder, phrase: facts.phrase, template: template)
            }
        }
    }
}

/// What the per-file stage learns of a document's answers, and this file's own template
/// threshold (per-file overrides may set it).
struct DocumentAnswers: Sendable, Codable {
    var minTemplateCount: Int
    /// One per question.
    var answers: [AnswerFacts]
}

/// One answer on its own: empty, the placeholder phrase it matches, its template key.
struct AnswerFacts: Sendable, Codable {
    var isEmpty = false
    var phrase: PlaceholderPhrases.Match?
    /// Hash of the normalized answer, when it is long enough to be a template.
    var templateKey: UInt64?
}
