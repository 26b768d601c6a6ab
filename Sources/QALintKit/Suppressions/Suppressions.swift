import Foundation
import QAMarkdown

/// Inline suppression comments, markdownlint-style:
///
/// - `<!-- qalint-disable RULE… -->` … `<!-- qalint-enable RULE… -->`: a stretch of lines
///   (to the end of the file when not enabled again);
/// - `<!-- qalint-disable-line RULE… -->`: its own line;
/// - `<!-- qalint-disable-next-line RULE… -->`: the line after it;
/// - `<!-- qalint-disable-next-question RULE… -->`: the next question with its whole answer;
/// - `<!-- qalint-disable-file RULE… -->`: the whole file.
///
/// With no rule named, every rule. A reason may follow `--`; it is kept with what it
/// silences.
public struct Suppression: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case disable = "qalint-disable"
        case enable = "qalint-enable"
        case disableLine = "qalint-disable-line"
        case disableNextLine = "qalint-disable-next-line"
        case disableNextQuestion = "qalint-disable-next-question"
        case disableFile = "qalint-disable-file"
    }

    public var kind: Kind
    /// Rule ids; empty means every rule.
    public var rules: [String]
    public var reason: String?
    /// The line of the comment.
    public var line: Int
    /// The lines it covers (after `enable` comments and questions are resolved).
    public var lines: ClosedRange<Int>

    public func covers(_ finding: Finding) -> Bool {
        lines.contains(finding.range.startLine) && (rules.isEmpty || rules.contains(finding.rule))
    }
}

/// A suppression that silenced nothing, for the `unused-suppression` rule.
public struct UnusedSuppression: Sendable {
    public var path: String
    public var suppression: Suppression
    /// Set when the comment names a rule qalint does not know.
    public var unknownRule: String?
}

enum SuppressionParser {
    /// The suppressions of a document, with the lines each covers. Linear in the number of
    /// comments: an `enable` closes the open `disable`s it names through an index by rule,
    /// and the next question is found by binary search.
    static func suppressions(in document: QADocument) -> [Suppression] {
        let lastLine = max(document.markdownBlocks.last?.range.endLine ?? 1, document.comments.last?.line ?? 1)
        let questionLines = document.questions.map(\.range.startLine)
        var result: [Suppression] = []
        var open = OpenDisables()
        for comment in document.comments {
            guard let (kind, rules, reason) = parse(comment.text) else { continue }
            let line = comment.line
            switch kind {
            case .disable:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: line...lastLine))
                open.add(result.count - 1, rules: rules)
            case .enable:
                // Ends the open `disable` comments that name any of these rules (all of
                // them when none is named; a `disable` of every rule ends at any `enable`).
                for index in open.close(rules: rules) {
                    result[index].lines = result[index].lines.lowerBound...max(result[index].lines.lowerBound, line)
                }
            case .disableLine:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: line...line))
            case .disableNextLine:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: (line + 1)...(line + 1)))
            case .disableNextQuestion:
                let next = questionLines.partitioningIndex { $0 > line }
                var lines = line...line
                if next < document.questions.count {
                    let question = document.questions[next]
                    lines = question.range.startLine...max(question.range.endLine, question.answer.range?.endLine ?? 0)
                }
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: lines))
            case .disableFile:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: 1...Int.max))
            }
        }
        return result
    }

    /// `qalint-disable-next-line placeholder-answer empty-answer -- reason`.
    static func parse(_ text: String) -> (Suppression.Kind, [String], String?)? {
        var body = Substring(text)
        var reason: String?
        if let separator = body.range(of: "--") {
            reason = body[separator.upperBound...].trimmingCharacters(in: .whitespaces)
            body = body[..<separator.lowerBound]
        }
        let words = body.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard let first = words.first, let kind = Suppression.Kind(rawValue: first) else { return nil }
        return (kind, Array(words.dropFirst()), reason?.isEmpty == true ? nil : reason)
    }
}

/// The `disable` comments not yet ended, by the rules they name, so that an `enable` finds
/// the ones it ends without looking at the others.
private struct OpenDisables {
    private var everyRule: [Int] = []
    private var byRule: [String: [Int]] = [:]
    private var closed = Set<Int>()

    mutating func add(_ index: Int, rules: [String]) {
        if rules.isEmpty { everyRule.append(index) } else { for rule in rules { byRule[rule, default: []].append(index) } }
    }

    /// Ends and returns the open disables an `enable` of `rules` ends, in comment order.
    mutating func close(rules: [String]) -> [Int] {
        var ending = everyRule
        everyRule.removeAll()
        if rules.isEmpty {
            for (_, indices) in byRule { ending += indices }
            byRule.removeAll()
        } else {
            for rule in rules { ending += byRule.removeValue(forKey: rule) ?? [] }
        }
        let result = Set(ending).subtracting(closed).sorted()
        closed.formUnion(result)
        return result
    }
}

extension Array where Element: Comparable {
    /// The index of the first element for which `predicate` holds, in an array ordered so
    /// that it holds for a suffix.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
