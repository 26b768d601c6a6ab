import QAMarkdown

/// The part of a document a pack rule reads.
enum TextScope: String, CaseIterable {
    case question
    case answer
    case sectionTitle = "section-title"
    case document

    static func parse(_ entries: [ConfigEntry], reader: ConfigReader) throws -> TextScope {
        let names = allCases.map(\.rawValue)
        guard let entry = entries.first(where: { $0.key == "scope" }) else {
            throw QALintError(file: reader.file, line: 1, "missing 'scope' (one of \(names.joined(separator: ", ")))")
        }
        let name = try reader.string(entry.value, what: "'scope'")
        guard let scope = TextScope(rawValue: name) else {
            throw QALintError(file: reader.file, line: entry.value.line,
                              "unknown scope '\(name)'\(suggestion(for: name, in: names)) (valid: \(names.joined(separator: ", ")))")
        }
        return scope
    }

    /// Findings on questions and answers are question-level; the others document-level.
    var findingScope: RuleScope {
        switch self {
        case .question, .answer: .question
        case .sectionTitle, .document: .document
        }
    }

    /// One piece of text the rule reads, and where a finding on it goes.
    struct Unit {
        var text: BlockText
        var range: SourceRange
        var questionIndex: Int?
        var identity: String
    }

    func units(of document: QADocument) -> [Unit] {
        switch self {
        case .question:
            return document.questions.enumerated().map { index, question in
                Unit(text: .plain(question.text), range: question.range, questionIndex: index, identity: question.identity.description)
            }
        case .answer:
            return document.questions.enumerated().map { index, question in
                Unit(text: question.answer.text, range: question.range, questionIndex: index, identity: question.identity.description)
            }
        case .sectionTitle:
            return document.sections.map { section in
                Unit(text: .plain(section.title), range: section.range, questionIndex: nil, identity: TextNormalizer.words(section.title))
            }
        case .document:
            return document.blocks.map { block in
                Unit(text: block.text, range: block.range, questionIndex: nil, identity: "")
            }
        }
    }

    /// A finding of `rule` on `unit`.
    func finding(_ rule: RuleDescription, unit: Unit, in document: QADocument, message: String, identity: String? = nil) -> Finding {
        if let index = unit.questionIndex {
            return Finding(rule: rule, question: index, in: document, message: message)
        }
        return Finding(rule: rule, path: document.path, range: unit.range, message: message, identity: identity ?? unit.identity)
    }
}

extension BlockText {
    /// Text of one line: a question or a title.
    static func plain(_ text: String) -> BlockText {
        var result = BlockText()
        result.prose = text
        result.paragraphs = 1
        return result
    }
}
