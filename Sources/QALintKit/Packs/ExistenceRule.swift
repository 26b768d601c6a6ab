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
    /// The checked patterns and their options.
    let patterns: [(pattern: String, options: NSRegularExpression.Options)]
    /// The patterns compiled once, when the pack loads (compiling one with `\p{L}` costs
    /// about a millisecond, too much for every document). One instance serves every
    /// thread: CoreFoundation checks its ICU matcher out for a search, or clones it when
    /// another thread holds it.
    let expressions: Expressions
    /// For each pattern: at most one quantifier, so a short text is searched without a
    /// budget (`RegexSafety.quantifiers`).
    let simple: [Bool]
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
        self.patterns = patterns
        // Checked above (tokens are escaped literals): compiling cannot fail.
        expressions = Expressions(patterns.compactMap { try? NSRegularExpression(pattern: $0.0, options: $0.1) })
        simple = patterns.map { RegexSafety.quantifiers(in: $0.0) <= 1 }
        self.definition = definition
        description = definition.description
    }

    func check(_ document: QADocument) throws -> [Finding] {
        let expressions = self.expressions.all
        return try scope.units(of: document).compactMap { unit in
            let text = includeCode ? unit.text.prose + "\n" + unit.text.code : unit.text.prose
            guard let match = try firstMatch(in: text, expressions, at: Location(path: document.path, line: unit.range.startLine)) else {
                return nil
            }
            return scope.finding(description, unit: unit, in: document,
                                 message: definition.message(["match": match]),
                                 identity: unit.identity.isEmpty ? TextNormalizer.words(match) : nil)
        }
    }

    /// How long one pattern may search one question, answer or block. Backtracking can take
    /// exponential time on patterns no check catches (`.*.*.*.*.*=`); a pattern that runs
    /// out is an error naming the rule, never a hang.
    static let budget: TimeInterval = 1
    /// Texts up to this many UTF-16 units are short (a pattern of one quantifier takes
    /// at most some millions of steps on them).
    static let shortText = 4096

    private func firstMatch(in text: String, _ expressions: [NSRegularExpression], at place: Location) throws -> String? {
        let range = NSRange(text.startIndex..., in: text)
        let short = text.utf16.count <= Self.shortText
        for (index, (expression, pattern)) in zip(expressions, patterns).enumerated() {
            // The search that can be stopped costs a callback at every start position: only
            // where a pattern could run long.
            if short && simple[index] {
                if let found = expression.firstMatch(in: text, range: range)?.range, let swiftRange = Range(found, in: text) {
                    return String(text[swiftRange])
                }
                continue
            }
            let start = Date()
            var found: NSRange?
            var outOfTime = false
            // With .reportProgress the search calls back while it works, so it can be stopped.
            expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
                if let result {
                    found = result.range
                    stop.pointee = true
                } else if Date().timeIntervalSince(start) > Self.budget {
                    outOfTime = true
                    stop.pointee = true
                }
            }
            if outOfTime {
                throw QALintError(file: place.path, line: place.line,
                                  "pack rule '\(description.id)': pattern '\(pattern.pattern)' ran for more than \(Int(Self.budget)) s without an answer; rewrite it (README, \"Rule packs\")")
            }
            if let found, let swiftRange = Range(found, in: text) { return String(text[swiftRange]) }
        }
        return nil
    }
}

/// Compiled expressions shared by the threads that check documents (see `ExistenceRule`).
struct Expressions: @unchecked Sendable {
    let all: [NSRegularExpression]

    init(_ all: [NSRegularExpression]) {
        self.all = all
    }
}
