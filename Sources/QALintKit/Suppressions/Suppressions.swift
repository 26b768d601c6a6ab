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
    /// The suppressions of a document, with the lines each covers.
    static func suppressions(in document: QADocument) -> [Suppression] {
        let lastLine = max(document.markdownBlocks.last?.range.endLine ?? 1, document.comments.last?.line ?? 1)
        var result: [Suppression] = []
        var open: [Int] = []  // indices of `disable` comments not yet closed
        for comment in document.comments {
            guard let (kind, rules, reason) = parse(comment.text) else { continue }
            let line = comment.line
            switch kind {
            case .disable:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: line...lastLine))
                open.append(result.count - 1)
            case .enable:
                // Ends the open `disable` comments that name any of these rules (all of
                // them when none is named; a `disable` of every rule ends at any `enable`).
                let closing = open.filter { index in
                    rules.isEmpty || result[index].rules.isEmpty || !Set(result[index].rules).isDisjoint(with: rules)
                }
                for index in closing {
                    result[index].lines = result[index].lines.lowerBound...max(result[index].lines.lowerBound, line)
                }
                open.removeAll { closing.contains($0) }
            case .disableLine:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: line...line))
            case .disableNextLine:
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: (line + 1)...(line + 1)))
            case .disableNextQuestion:
                let question = document.questions.first { $0.range.startLine > line }
                let lines = question.map { $0.range.startLine...max($0.range.endLine, $0.answer.range?.endLine ?? 0) }
                result.append(Suppression(kind: kind, rules: rules, reason: reason, line: line, lines: lines ?? line...line))
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
