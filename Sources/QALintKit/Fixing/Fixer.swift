import QAMarkdown

/// Applies the edits of `lint --fix` to a document's text, line by line, and says what it
/// changed as a unified diff (`--diff`). An edit whose line does not read as it expects
/// (the text it replaces is gone, the label is already there) is left out: the finding
/// stays, and a second run has nothing to fix either.
public struct Fixer {
    /// The document's lines, without their "\n" ("\r" stays with its line).
    private let lines: [String]
    private var replaced: [Int: String] = [:]
    private var before: [Int: [String]] = [:]
    private var after: [Int: [String]] = [:]
    /// How many edits were applied.
    public private(set) var applied = 0

    /// Whether the text ends with a line break (it is not a line of its own).
    private let finalBreak: Bool

    public init(text: String) {
        finalBreak = text.hasSuffix("\n")
        // Split on the scalar, not the Character: "\r\n" is one Character to Swift.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if finalBreak { lines.removeLast() }
        self.lines = lines
    }

    /// Applies `edits`, anchored at lines of the original text; several on one line apply
    /// in order.
    public mutating func apply(_ edits: [LineEdit]) {
        for edit in edits {
            let index = edit.line - 1
            guard lines.indices.contains(index) else { continue }
            let current = replaced[index] ?? String(lines[index])
            switch edit {
            case .replace(_, let old, let new):
                guard let range = current.range(of: old) else { continue }
                replaced[index] = current.replacingCharacters(in: range, with: new)
            case .insertListItem(_, let isAfter, let text):
                guard let item = ListItemPrefix(current) else { continue }
                let ending = current.hasSuffix("\r") ? "\r" : ""
                let line = item.indent + item.marker(next: isAfter) + item.gap + text + ending
                if isAfter { after[index, default: []].append(line) } else { before[index, default: []].append(line) }
            case .addLabel(_, let like):
                let labels = like.compactMap { lines.indices.contains($0 - 1) ? Self.label(of: String(lines[$0 - 1]))?.label : nil }
                guard let label = Self.mostCommon(labels), Self.label(of: current) == nil, Self.isParagraphLine(current) else { continue }
                let indent = current.prefix { $0 == " " || $0 == "\t" }
                replaced[index] = indent + label + current.dropFirst(indent.count)
            case .removeLabel:
                guard let found = Self.label(of: current) else { continue }
                replaced[index] = String(current[..<found.start]) + String(current[found.end...])
            }
            applied += 1
        }
    }

    /// The text with the edits applied.
    public var text: String {
        result.filter { $0.kind != .removed }.map(\.line).joined(separator: "\n") + (finalBreak ? "\n" : "")
    }

    /// Each line of the result, and whether it is new (inserted or changed); the original
    /// lines it replaces come with it as removed.
    private var result: [(line: String, kind: DiffLine.Kind)] {
        var out: [(String, DiffLine.Kind)] = []
        for index in lines.indices {
            out += (before[index] ?? []).map { ($0, .added) }
            if let new = replaced[index], new != String(lines[index]) {
                out.append((String(lines[index]), .removed))
                out.append((new, .added))
            } else {
                out.append((String(lines[index]), .same))
            }
            out += (after[index] ?? []).map { ($0, .added) }
        }
        return out
    }

    /// The changes as a unified diff of `path` (empty when nothing changed), with three
    /// lines of context.
    public func diff(path: String) -> String {
        let all = result.map { DiffLine(text: $0.line, kind: $0.kind) }
        return UnifiedDiff.render(all, path: path)
    }

    // MARK: - Lines

    /// An answer label at the start of a line (after its indentation): `**A:** `, `A: `,
    /// `Answer: `, `**Answer**: `, `答：` — a label word of some language, then a colon.
    static func label(of line: String) -> (label: String, start: String.Index, end: String.Index)? {
        let start = line.firstIndex { $0 != " " && $0 != "\t" } ?? line.endIndex
        let rest = line[start...]
        for wrap in ["**", "__", "*", "_"] where rest.hasPrefix(wrap) {
            let inner = rest.dropFirst(wrap.count)
            guard let close = inner.range(of: wrap), inner.distance(from: inner.startIndex, to: close.lowerBound) <= 24 else { continue }
            var word = inner[..<close.lowerBound]
            var end = close.upperBound
            if word.hasSuffix(":") || word.hasSuffix("：") {
                word = word.dropLast()
            } else if line[end...].hasPrefix(":") || line[end...].hasPrefix("：") {
                end = line.index(after: end)
            } else {
                continue
            }
            guard AnswerMarker.isLabel(String(word)) else { continue }
            let spaced = line[end...].prefix { $0 == " " }
            end = line.index(end, offsetBy: spaced.count)
            return (String(line[start..<end]), start, end)
        }
        guard let colon = rest.prefix(24).firstIndex(where: { $0 == ":" || $0 == "：" }),
              AnswerMarker.isLabel(String(rest[..<colon])) else { return nil }
        var end = line.index(after: colon)
        let spaced = line[end...].prefix { $0 == " " }
        guard !spaced.isEmpty || line[colon] == "：" || end == line.endIndex else { return nil }
        end = line.index(end, offsetBy: spaced.count)
        return (String(line[start..<end]), start, end)
    }

    /// A line that starts a paragraph's text: not a list item, quote, heading, table, fence,
    /// HTML or indented code, where a label would not read as one.
    static func isParagraphLine(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard line.count - trimmed.count < 4, let first = trimmed.first else { return false }
        if "#>|<".contains(first) || trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { return false }
        return ListItemPrefix(line) == nil
    }

    static func mostCommon(_ labels: [String]) -> String? {
        // The most frequent; of equals, the first written.
        let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
        return labels.max { counts[$0]! < counts[$1]! }
    }
}

/// The start of a list item line: indentation, marker (`-`, `*`, `+`, `1.`, `1)`) and the
/// space after it.
struct ListItemPrefix {
    var indent: String
    var bullet: String
    var number: Int?
    var delimiter: String
    var gap: String

    init?(_ line: String) {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        var rest = line.dropFirst(indent.count)
        if let first = rest.first, "-*+".contains(first) {
            bullet = String(first)
            number = nil
            delimiter = ""
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber)
            guard !digits.isEmpty, digits.count <= 9, let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else { return nil }
            bullet = ""
            number = Int(digits)
            self.delimiter = String(delimiter)
            rest = rest.dropFirst(digits.count + 1)
        }
        let gap = rest.prefix { $0 == " " || $0 == "\t" }
        guard !gap.isEmpty else { return nil }
        self.indent = String(indent)
        self.gap = String(gap)
    }

    /// The marker of a new item beside this one: the same bullet, or the next number.
    func marker(next: Bool) -> String {
        guard let number else { return bullet }
        return String(next ? number + 1 : number) + delimiter
    }
}
