/// An FAQ written as a raw HTML accordion (Bootstrap's collapse panels and their kin): each
/// entry is a toggle — an element with `data-toggle="collapse"`, `data-bs-toggle="collapse"`
/// or `aria-expanded` — whose text is the question, and the panel it opens, which is the
/// answer: what follows the toggle's text up to the next toggle or the end of the HTML block.
/// Read where two or more toggles have text and half of those read as questions: a page's
/// navigation toggles have no question to show; a toggle of a class of panels
/// (`data-target=".general"`) or a label repeated on toggles ("Développer tout") expands them.
enum HTMLAccordion {
    struct Entry: Equatable {
        /// The line of the question's text.
        let line: Int
        let question: String
        let answer: String
    }

    /// What marks an element as a toggle.
    static let markers = ["data-toggle=\"collapse\"", "data-bs-toggle=\"collapse\"", "aria-expanded="]
    private static let markerBytes = markers.map { Array($0.utf8) }

    /// True when `text` holds a toggle's marker.
    private static func marks(_ text: some StringProtocol) -> Bool {
        markerBytes.contains { UTF8Search.contains(text, $0) }
    }

    /// The lines after a toggle's opening tag its text may stand on.
    static let textReach = 4

    /// The entries of the accordion, by the index of the HTML block that holds them; empty
    /// where the document has no accordion of questions.
    static func entries(in blocks: [MarkdownBlock]) -> [Int: [Entry]] {
        var result: [Int: [Entry]] = [:]
        var afterHTML = false
        for (index, block) in blocks.enumerated() {
            let html = Self.html(block, afterHTML: afterHTML)
            afterHTML = html != nil
            guard let html, marks(html) else { continue }
            let entries = Self.entries(html, firstLine: block.range.startLine)
            if !entries.isEmpty { result[index] = entries }
        }
        // A label repeated on toggles that does not ask ("Développer tout") controls them.
        var counts: [String: Int] = [:]
        for entry in result.values.joined() { counts[entry.question, default: 0] += 1 }
        let labels = Set(counts.filter { $0.value >= 2 && !QADocumentReader.isQuestion($0.key) }.keys)
        if !labels.isEmpty {
            result = result.compactMapValues { entries in
                let kept = entries.filter { !labels.contains($0.question) }
                return kept.isEmpty ? nil : kept
            }
        }
        let all = result.values.flatMap { $0 }
        let asking = all.filter { QADocumentReader.readsAsQuestion($0.question) }.count
        return all.count >= 2 && asking * 2 >= all.count ? result : [:]
    }

    /// The HTML of a block: an HTML block's, or, right after one, a code block's without a
    /// language that is markup — the rest of an HTML block after a blank line, indented as
    /// markup is (kramdown and browsers read on; CommonMark starts a code block).
    private static func html(_ block: MarkdownBlock, afterHTML: Bool) -> String? {
        switch block.kind {
        case .htmlBlock(let html): return html
        case .codeBlock(let info, let literal) where afterHTML && info.isEmpty && literal.drop(while: \.isWhitespace).first == "<": return literal
        default: return nil
        }
    }

    /// The toggles with text in one HTML block, each with the text after it as its answer.
    static func entries(_ html: String, firstLine: Int) -> [Entry] {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        var toggles: [(line: Int, text: String)] = []
        var index = 0
        while index < lines.count {
            // (A toggle of a class of panels, `data-target=".general"`, expands them all.)
            guard marks(lines[index]),
                  !lines[index].contains("target=\".") else {
                index += 1
                continue
            }
            // The text on the tag's line after the tag, or on one of the next few lines.
            let afterTag = lines[index].firstIndex(of: ">").map { lines[index][lines[index].index(after: $0)...] } ?? ""
            var found: (line: Int, text: String)?
            for offset in 0...textReach where index + offset < lines.count {
                let text = HTMLText.strip(String(offset == 0 ? afterTag : lines[index + offset])).text.trimmedWhitespace
                if text.contains(where: \.isLetter) {
                    found = (index + offset, text)
                    break
                }
                // Another toggle's tag ends this one's reach.
                if offset > 0, marks(lines[index + offset]) { break }
            }
            if let found { toggles.append(found) }
            index = (found?.line ?? index) + 1
        }
        return toggles.enumerated().map { position, toggle in
            let end = position + 1 < toggles.count ? toggles[position + 1].line : lines.count
            let answer = lines[(toggle.line + 1)..<max(toggle.line + 1, end)].joined(separator: "\n")
            return Entry(line: firstLine + toggle.line, question: toggle.text,
                         answer: HTMLText.strip(answer).text.trimmedWhitespace)
        }
    }
}
