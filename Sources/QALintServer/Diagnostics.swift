import Foundation
import QALintKit
import QALintReporters

/// Findings as LSP diagnostics: 0-based lines, the rule id as the code with a link to its
/// documentation, the places a finding points at as related information.
enum Diagnostics {
    /// Where each rule's page is.
    static let rulesPage = "https://github.com/qalint/qalint/blob/main/docs/rules.md"

    /// `lines`: the document's text by line, to turn qalint's byte columns into the UTF-16
    /// offsets LSP counts in (they differ on any line with non-ASCII text).
    static func diagnostic(_ finding: Finding, root: String, lines: Lines? = nil) -> [String: Any] {
        let r = finding.range
        // (qalint's end column is the last byte of the last character, inclusive.)
        let start = lines?.utf16(line: r.startLine, byteColumn: r.startColumn) ?? r.startColumn
        let end = lines?.utf16(line: r.endLine, byteColumn: r.endColumn, through: true) ?? r.endColumn
        var diagnostic: [String: Any] = [
            "range": range(r.startLine, start, r.endLine, end),
            "severity": severity(finding.severity),
            "code": finding.rule,
            "codeDescription": ["href": rulesPage + "#" + RuleDocs.anchor(finding.rule)],
            "source": "qalint",
            "message": finding.message,
        ]
        if !finding.related.isEmpty {
            diagnostic["relatedInformation"] = finding.related.map { location -> [String: Any] in
                ["location": ["uri": LanguageServer.uri(location.path, root: root), "range": range(location.line, 1, location.line, 1)],
                 "message": "also here"]
            }
        }
        return diagnostic
    }

    /// A document's lines as UTF-8 bytes.
    struct Lines {
        private let lines: [ArraySlice<UInt8>]

        init(_ text: String) {
            lines = Array(text.utf8).split(separator: 10, omittingEmptySubsequences: false)
        }

        /// The 1-based UTF-16 column of a 1-based byte column of a 1-based line: where the
        /// character at that byte starts, or (`through`) the column of its last UTF-16 unit —
        /// as `Diagnostics.range` takes an inclusive end.
        func utf16(line: Int, byteColumn: Int, through: Bool = false) -> Int {
            guard lines.indices.contains(line - 1), byteColumn >= 1 else { return byteColumn }
            let text = lines[line - 1]
            var end = text.startIndex + min(text.count, byteColumn - (through ? 0 : 1))
            if through { while end < text.endIndex && text[end] & 0xC0 == 0x80 { end += 1 } }  // the rest of the character
            let units = String(decoding: text[text.startIndex..<end], as: UTF8.self).utf16.count
            return through ? units : units + 1
        }
    }

    /// LSP's severities: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// A range from 1-based lines and columns, the end column inclusive (qalint's): LSP's
    /// end is exclusive and 0-based, so the same number. An end before its start is the
    /// whole line.
    static func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> [String: Any] {
        let start = ["line": max(0, startLine - 1), "character": max(0, startColumn - 1)]
        let wholeLine = endLine < startLine || (endLine == startLine && endColumn < startColumn)
        let end = wholeLine ? ["line": max(0, startLine - 1), "character": 10_000] : ["line": max(0, endLine - 1), "character": max(0, endColumn)]
        return ["start": start, "end": end]
    }

    /// The 0-based lines an LSP range covers.
    static func lines(of range: Any?) -> ClosedRange<Int> {
        let range = range as? [String: Any]
        let start = (range?["start"] as? [String: Any])?["line"] as? Int ?? 0
        let end = (range?["end"] as? [String: Any])?["line"] as? Int ?? start
        return min(start, end)...max(start, end)
    }
}
