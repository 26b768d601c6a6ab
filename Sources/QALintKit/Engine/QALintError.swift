import Foundation

/// An error the user can act on: bad configuration, an unreadable file, a wrong argument.
/// Its description is one line that names the file and line where it applies.
public struct QALintError: Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, as far as it is known, on one line: line breaks in a
    /// message (a YAML library's context, say) are folded into spaces, and a message that
    /// quotes a huge value is cut at `maximumLength` characters.
    public var description: String {
        let place = [file, line.map(String.init), line == nil ? nil : column.map(String.init)].compactMap { $0 }
        var text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        if text.count > Self.maximumLength { text = text.prefix(Self.maximumLength) + "…" }
        return place.isEmpty ? text : place.joined(separator: ":") + ": " + text
    }

    /// The longest message printed: enough for any sentence, short of a quoted megabyte.
    public static let maximumLength = 1000
}

/// The closest of `candidates` to `word`, when it is close enough to be a likely typo.
func nearest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(2, word.count / 3) ? best.0 : nil
}

/// "; did you mean 'x'?" or "", for error messages.
public func suggestion(for word: String, in candidates: [String]) -> String {
    nearest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
