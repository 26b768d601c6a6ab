import QAMarkdown

/// `kind: metric`: bounds on how long a scope is.
///
/// ```yaml
/// kind: metric
/// scope: answer                # question, answer, section-title or document
/// measure: words               # words, sentences, paragraphs, links, words-outside-links
/// min: 30                      # reported below this ...
/// max: 400                     # ... or above this (one of min and max, or both)
/// when:                        # optional: only where these bounds hold
///   links: {min: 1}
/// message: "Answer has {value} words; aim for at least {min}."
/// ```
struct MetricRule: PackRuleKind {
    static let keys = ["scope", "measure", "min", "max", "when"]

    let description: RuleDescription
    let definition: PackRuleDefinition
    let scope: TextScope
    let bound: Bound
    let conditions: [Bound]

    /// A measure and its allowed range.
    struct Bound {
        var measure: Measure
        var min: Int?
        var max: Int?

        func holds(_ text: BlockText) -> Bool {
            let value = measure.value(of: text)
            return (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true)
        }

        /// `min` and `max` of `entries`, checked: whole numbers from 0, min at most max (a
        /// range no value is in would report every answer).
        static func read(_ measure: Measure, from entries: [ConfigEntry], reader: ConfigReader) throws -> Bound {
            let min = try entries.first { $0.key == "min" }.map { try reader.integer($0.value, what: "'min'", minimum: 0) }
            let maxEntry = entries.first { $0.key == "max" }
            let max = try maxEntry.map { try reader.integer($0.value, what: "'max'", minimum: 0) }
            if let min, let max, let maxEntry, min > max {
                throw QALintError(file: reader.file, line: maxEntry.line, "'max' (\(max)) is less than 'min' (\(min)): no value would pass")
            }
            return Bound(measure: measure, min: min, max: max)
        }
    }

    init(definition: PackRuleDefinition, entries: [ConfigEntry], reader: ConfigReader) throws {
        func value(_ key: String) -> ConfigValue? { entries.first { $0.key == key }?.value }
        scope = try TextScope.parse(entries, reader: reader)
        guard let measure = value("measure") else {
            throw QALintError(file: reader.file, line: 1, "missing 'measure' (one of \(Measure.names))")
        }
        bound = try Bound.read(try Measure.parse(measure, reader: reader), from: entries, reader: reader)
        guard bound.min != nil || bound.max != nil else {
            throw QALintError(file: reader.file, line: measure.line, "rule '\(definition.id)' needs 'min' or 'max'")
        }
        var conditions: [Bound] = []
        if let when = value("when") {
            for entry in try reader.mapping(when, what: "'when'") {
                let measure = try Measure.parse(.scalar(entry.key, line: entry.line), reader: reader)
                let limits = try reader.mapping(entry.value, what: "'when: \(entry.key)'")
                try reader.checkKeys(limits, known: ["min", "max"], what: "key", of: " in 'when: \(entry.key)'")
                conditions.append(try Bound.read(measure, from: limits, reader: reader))
            }
        }
        self.conditions = conditions
        self.definition = definition
        description = definition.description
    }

    func check(_ document: QADocument) -> [Finding] {
        let units = scope == .document ? [wholeDocument(document)] : scope.units(of: document)
        return units.compactMap { unit in
            guard conditions.allSatisfy({ $0.holds(unit.text) }), !bound.holds(unit.text) else { return nil }
            let values = ["value": String(bound.measure.value(of: unit.text)),
                          "min": bound.min.map(String.init) ?? "", "max": bound.max.map(String.init) ?? ""]
            return scope.finding(description, unit: unit, in: document, message: definition.message(values))
        }
    }

    /// The document as one unit, located at its first line.
    private func wholeDocument(_ document: QADocument) -> TextScope.Unit {
        TextScope.Unit(text: BlockText.of(document.markdownBlocks),
                       range: document.start,
                       questionIndex: nil, identity: "")
    }
}

/// What a metric counts.
enum Measure: String, CaseIterable {
    case words, sentences, paragraphs, links
    case wordsOutsideLinks = "words-outside-links"

    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    static func parse(_ value: ConfigValue, reader: ConfigReader) throws -> Measure {
        let name = try reader.string(value, what: "'measure'")
        guard let measure = Measure(rawValue: name) else {
            throw QALintError(file: reader.file, line: value.line,
                              "unknown measure '\(name)'\(suggestion(for: name, in: allCases.map(\.rawValue))) (valid: \(names))")
        }
        return measure
    }

    func value(of text: BlockText) -> Int {
        switch self {
        case .words: TextNormalizer.wordCount(text.prose)
        case .sentences: Self.sentences(in: text.prose)
        case .paragraphs: text.paragraphs
        case .links: text.links
        case .wordsOutsideLinks: max(0, TextNormalizer.wordCount(text.prose) - TextNormalizer.wordCount(text.linkText))
        }
    }

    /// Runs of text with a letter or digit, ended by . ! ? (or their full-width forms).
    static func sentences(in text: String) -> Int {
        var count = 0
        var hasWord = false
        for scalar in text.unicodeScalars {
            if TextNormalizer.isWordScalar(scalar) {
                hasWord = true
            } else if ".!?。！？".unicodeScalars.contains(scalar), hasWord {
                count += 1
                hasWord = false
            }
        }
        return count + (hasWord ? 1 : 0)
    }
}
