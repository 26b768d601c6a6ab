import Foundation

/// Rejects regular expressions that can take exponential time (catastrophic backtracking)
/// before they are ever run, so a user's pattern can never hang qalint.
///
/// Rejected: a repeated group that itself contains a repetition (`(a+)+`, `(\w*x)*`,
/// `(a{1,5})+`), and a repeated group whose alternatives can start the same way
/// (`(a|ab)*`, `(\d|[0-9])+`). Matching texts are also bounded: a question, an answer or a
/// block at a time.
enum RegexSafety {
    static let maximumLength = 1000

    /// Compiles `pattern` when it is safe; the error says why not.
    static func compile(_ pattern: String, ignoreCase: Bool) throws -> NSRegularExpression {
        guard pattern.count <= maximumLength else {
            throw RegexError("is longer than \(maximumLength) characters")
        }
        if let problem = Analyzer(pattern, ignoreCase: ignoreCase).problem() {
            throw RegexError(problem)
        }
        do {
            return try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
        } catch {
            throw RegexError("is not a valid regular expression")
        }
    }

    struct RegexError: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// A small scanner over the pattern's syntax: groups, alternatives, quantifiers.
    private struct Analyzer {
        let characters: [Character]
        let ignoreCase: Bool

        init(_ pattern: String, ignoreCase: Bool) {
            characters = Array(pattern)
            self.ignoreCase = ignoreCase
        }

        /// What one group (or the whole pattern) holds.
        struct Group {
            var hasRepetition = false
            /// First atom of each alternative: a literal character, or nil for anything else
            /// (a class, an escape class, a group, or nothing at all).
            var branchStarts: [Character?] = []
            var branchStarted = false

            mutating func start(_ atom: Character?) {
                if !branchStarted { branchStarts.append(atom) }
                branchStarted = true
            }

            mutating func endBranch() {
                if !branchStarted { branchStarts.append(nil) }
                branchStarted = false
            }
        }

        func problem() -> String? {
            var stack = [Group()]
            var index = 0
            // The group just closed, while the next character may quantify it.
            var justClosed: Group?
            while index < characters.count {
                let character = characters[index]
                switch character {
                case "(":
                    stack[stack.count - 1].start(nil)
                    index = afterGroupPrefix(from: index)
                    stack.append(Group())
                    justClosed = nil
                    continue
                case ")":
                    guard stack.count > 1 else { return "has an unbalanced ')'" }
                    var group = stack.removeLast()
                    group.endBranch()
                    if group.hasRepetition { stack[stack.count - 1].hasRepetition = true }
                    justClosed = group
                    index += 1
                    continue
                case "|":
                    stack[stack.count - 1].endBranch()
                    justClosed = nil
                    index += 1
                    continue
                case "*", "+", "?", "{":
                    let (repeats, next) = quantifier(at: index)
                    if repeats {
                        if let group = justClosed {
                            if group.hasRepetition {
                                return "repeats a group that itself repeats (as in (a+)+), which can take exponential time"
                            }
                            if ambiguous(group.branchStarts) {
                                return "repeats a group whose alternatives can match the same text (as in (a|ab)*), which can take exponential time"
                            }
                        }
                        stack[stack.count - 1].hasRepetition = true
                    }
                    justClosed = nil
                    index = next
                    continue
                case "\\":
                    index += 1
                    let escaped = index < characters.count ? characters[index] : "\\"
                    stack[stack.count - 1].start(escaped.isLetter || escaped.isNumber ? nil : escaped)
                case "[":
                    index = endOfClass(from: index)
                    stack[stack.count - 1].start(nil)
                case ".", "^", "$":
                    stack[stack.count - 1].start(nil)
                default:
                    stack[stack.count - 1].start(character)
                }
                justClosed = nil
                index += 1
            }
            return stack.count == 1 ? nil : "has an unbalanced '('"
        }

        /// True when two alternatives may begin with the same character.
        private func ambiguous(_ starts: [Character?]) -> Bool {
            guard starts.count > 1 else { return false }
            var seen = Set<String>()
            for start in starts {
                guard let start else { return true }
                let key = ignoreCase ? String(start).lowercased() : String(start)
                if !seen.insert(key).inserted { return true }
            }
            return false
        }

        /// Whether the quantifier at `index` repeats (`*`, `+`, `{n,}`, `{n,m}` with m > 1),
        /// and the index after it (a lazy or possessive suffix included).
        private func quantifier(at index: Int) -> (Bool, Int) {
            var next = index + 1
            var repeats: Bool
            switch characters[index] {
            case "?": repeats = false
            case "{":
                guard let close = characters[index...].firstIndex(of: "}") else { return (false, index + 1) }
                let body = String(characters[(index + 1)..<close])
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), !body.isEmpty else { return (false, index + 1) }
                repeats = parts.count == 2 ? (parts[1].isEmpty || Int(parts[1]) ?? 0 > 1) : (Int(parts[0]) ?? 0) > 1
                next = close + 1
            default: repeats = true
            }
            if next < characters.count, characters[next] == "?" || characters[next] == "+" { next += 1 }
            return (repeats, next)
        }

        private func endOfClass(from index: Int) -> Int {
            var position = index + 1
            if position < characters.count, characters[position] == "^" { position += 1 }
            if position < characters.count, characters[position] == "]" { position += 1 }
            while position < characters.count, characters[position] != "]" {
                if characters[position] == "\\" { position += 1 }
                position += 1
            }
            return position
        }

        /// Skips `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`, `(?i)`-style prefixes.
        private func afterGroupPrefix(from index: Int) -> Int {
            var position = index + 1
            guard position < characters.count, characters[position] == "?" else { return position }
            position += 1
            if position < characters.count, characters[position] == "<" {
                position += 1
                if position < characters.count, characters[position] == "=" || characters[position] == "!" { return position + 1 }
                while position < characters.count, characters[position] != ">" { position += 1 }
                return position + 1
            }
            while position < characters.count, ":=!)".contains(characters[position]) == false,
                  characters[position].isLetter || characters[position] == "-" {
                position += 1
            }
            if position < characters.count, ":=!".contains(characters[position]) { position += 1 }
            return position
        }
    }
}
