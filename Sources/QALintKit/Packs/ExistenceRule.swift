import Foundation
import QAMarkdown

/// `kind: existence`: a phrase or pattern that should not stand in a scope.
///
/// ```yaml
/// kind: existence
/// scope: answer                 # question, answer, section-title or document
/// tokens: [TODO, FIXME]         # literal phrases
/// patterns: ['\bTBD\b']         # regular expressions (ICU syntax)
/// ignore-case: true             # default true
/// whole-word: true              # tokens only match whole words; default true
/// include-code: false           # also read code spans and blocks; default false
/// message: "Answer contains the note \"{match}\"."
/// ```
///
/// One finding per question, section title or block: the first match, named in the message.
struct ExistenceRule: PackRuleKind {
    static let keys = ["scope", "tokens", "patterns", "ignore-case", "whole-word", "include-code"]

    let description: RuleDescription
    let definition: PackRuleDefinition
    let scope: TextScope
    /// The checked patterns, compiled once when the pack loads and searched with a bound.
    let patterns: BoundedPatterns
    let includeCode: Bool

    init(definition: PackRuleDefinition, entries: [ConfigEntry], reader: ConfigReader) throws {
        func value(_ key: String) -> ConfigValue? { entries.first { $0.key == key }?.value }
        scope = try TextScope.parse(entries, reader: reader)
        let ignoreCase = try value("ignore-case").map { try reader.boolean($0, what: "'ignore-case'") } ?? true
        let wholeWord = try value("whole-word").map { try reader.boolean($0, what: "'whole-word'") } ?? true
        includeCode = try value("include-code").map { try reader.boolean($0, what: "'include-code'") } ?? false
        let options: NSRegularExpression.Options = ignoreCase ? [.caseInsensitive] : []
        var patterns: [(String, NSRegularExpression.Options)] = []
        if let tokens = value("tokens") {
            for token in try reader.strings(tokens, what: "'tokens'") where !token.isEmpty {
                let escaped = NSRegularExpression.escapedPattern(for: token)
                patterns.append((wholeWord ? "(?<![\\p{L}\\p{N}_])\(escaped)(?![\\p{L}\\p{N}_])" : escaped, options))
            }
        }
        if let list = value("patterns") {
            guard case .sequence(let items, _) = list else {
                throw QALintError(file: reader.file, line: list.line, "'patterns' must be a list, e.g. ['\\bTBD\\b']")
            }
            for item in items {
                let pattern = try reader.string(item, what: "each entry of 'patterns'")
                do {
                    _ = try RegexSafety.compile(pattern, ignoreCase: ignoreCase)
                    patterns.append((pattern, options))
                } catch let error as RegexSafety.RegexError {
                    throw QALintError(file: reader.file, line: item.line, "pattern '\(pattern)' \(error.reason)")
                }
            }
        }
        guard !patterns.isEmpty else {
            throw QALintError(file: reader.file, line: 1, "rule '\(definition.id)' needs 'tokens' or 'patterns'")
        }
        // Checked above (tokens are escaped literals): compiling cannot fail.
        self.patterns = BoundedPatterns(patterns)
        self.definition = definition
        description = definition.description
    }

    func check(_ document: QADocument) throws -> [Finding] {
        var budget = SearchBudget(rule: description.id, path: document.path)
        let searcher = BoundedPatterns.Searcher(patterns)
        return try scope.units(of: document).compactMap { unit in
            let text = includeCode ? unit.text.prose + "\n" + unit.text.code : unit.text.prose
            guard let match = try firstMatch(in: text, line: unit.range.startLine, searcher: searcher, budget: &budget) else { return nil }
            return scope.finding(description, unit: unit, in: document,
                                 message: definition.message(["match": match]),
                                 identity: unit.identity.isEmpty ? TextNormalizer.words(match) : nil)
        }
    }

    /// The first match of any pattern in `text`; a search that runs out of steps, or
    /// searches that together run out of time, are an error at `line`.
    private func firstMatch(in text: String, line: Int, searcher: BoundedPatterns.Searcher, budget: inout SearchBudget) throws -> String? {
        let start = Date()
        let match: String?
        do {
            match = try searcher.firstMatch(in: text)
        } catch {
            switch error {
            case .tooManySteps(let pattern, let allowed):
                throw budget.error(line: line, pattern: pattern, "needs more than \(allowed) steps on this text")
            }
        }
        try budget.spend(Date().timeIntervalSince(start), length: text.utf16.count, line: line, pattern: patterns.patterns.joined(separator: "', '"))
        return match
    }
}

/// What a pack rule's patterns may spend on one document: steps per text (counted by
/// `BoundedPatterns`, so the same on every machine), and in all a time that grows with the
/// text searched — so that neither one pathological text nor many texts just under the
/// limit can hang a run. Running out is an error naming the rule, the file and the line.
struct SearchBudget {
    /// Time all searches of one rule may take on one document, besides a second per
    /// megabyte searched.
    static let secondsPerDocument: TimeInterval = 2

    let rule: String
    let path: String
    private var spent: TimeInterval = 0
    private var searched = 0

    init(rule: String, path: String) {
        self.rule = rule
        self.path = path
    }

    mutating func spend(_ seconds: TimeInterval, length: Int, line: Int, pattern: String) throws {
        spent += seconds
        searched += length
        let allowed = Self.secondsPerDocument + Double(searched) / 1_000_000
        if spent > allowed { throw error(line: line, pattern: pattern, "took more than \(Int(allowed)) s on this document") }
    }

    func error(line: Int, pattern: String, _ problem: String) -> QALintError {
        QALintError(file: path, line: line,
                    "pack rule '\(rule)': pattern '\(String(pattern.prefix(80)))' \(problem); rewrite it (README, \"Rule packs\")")
    }
}
