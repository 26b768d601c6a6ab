import QAMarkdown

/// `toc-mismatch`: a table of contents that points at anchors no heading produces, or that
/// lists questions but leaves some out.
public struct TocMismatchRule: BuiltinRule, DocumentRule {
    public static let description = RuleDescription(
        id: "toc-mismatch",
        summary: "A table of contents links to an anchor no heading produces (GitHub's slugs; on a page with front matter, a documentation site's too), or lists questions but misses some.",
        rationale: """
            Large Q&A READMEs keep a table of contents that drifts from the body: questions get \
            renamed or deleted, new ones are never added. A dead link or a missing entry is \
            invisible until a reader clicks.
            """,
        defaultSeverity: .warning,
        scope: .document,
        examples: [
            .failing("A renamed question and a forgotten one", """
                ## Contents

                - [What is REST?](#what-is-rest)
                - [What is SOAP?](#what-is-soap) <!-- expect: toc-mismatch -->
                - [What is HTTP?](#what-is-http)
                - [What is SMTP?](#what-is-smtp)

                ## What is REST?

                An architectural style.

                ## What is SOAP exactly? <!-- expect: toc-mismatch -->

                An XML messaging protocol.

                ## What is HTTP?

                The web's request-response protocol.

                ## What is SMTP?

                The mail transfer protocol.

                ## What is gRPC? <!-- expect: toc-mismatch -->

                A remote procedure call framework.
                """),
            .passing("A table of contents that matches, with a repeated heading", """
                ## Contents

                - [What is REST?](#what-is-rest)
                - [Example](#example)
                - [Example, again](#example-1)

                ## What is REST?

                An architectural style.

                ### Example

                GET /users

                ### Example

                GET /orders
                """),
        ],
        fix: "points an entry's dead link at the one heading that says the same words, and adds each missing question to the list, after the entry of the question above it, with that entry's indentation and marker.")

    public init(settings: RuleSettings) throws {}

    private static let tocTitles: Set<String> = ["table of contents", "contents", "toc", "index", "questions", "list of questions"]

    public func check(_ document: QADocument) -> [Finding] {
        let toc = tableOfContents(document)
        guard toc.count >= 2 else { return [] }
        let anchors = Anchors.defined(in: document.markdownBlocks, siteSlugs: document.isSitePage)
        var findings: [Finding] = []
        var repointed = Set<String>()
        for link in toc where !anchors.contains(link.target) && !anchors.contains(link.target.lowercased()) {
            let range = SourceRange(startLine: link.line, startColumn: 1, endLine: link.line, endColumn: 1)
            var finding = Finding(rule: Self.description, path: document.path, range: range,
                                  message: "Table of contents entry \(quoted(link.text)) links to #\(link.target), which no heading produces.",
                                  identity: link.target)
            // The one heading that says what the entry says: point the link at it.
            let words = TextNormalizer.words(link.text)
            let same = document.markdownBlocks.lazy.filter { $0.headingLevel != nil }.map { InlineText.plain($0.inlines).trimmedWhitespace }
                .filter { !words.isEmpty && TextNormalizer.words($0) == words }
            if same.count == 1, case let slug = Anchors.slug(same.first!), anchors.contains(slug) {
                finding.fix = [.replace(line: link.line, old: "(#\(link.target))", new: "(#\(slug))")]
                repointed.insert(slug)
            }
            findings.append(finding)
        }
        // A contents list of questions should list them all.
        // (An entry whose link is fixed above lists its question already.)
        let linked = Set(toc.map(\.target)).union(repointed)
        let questionAnchors = document.questions.enumerated().filter { $0.element.layout == .heading }
            .map { ($0.offset, Anchors.slug(InlineText.plainText(of: $0.element))) }
        let listed = questionAnchors.filter { linked.contains($0.1) }
        guard listed.count * 2 >= questionAnchors.count, listed.count >= 3 else { return findings }
        let entries = Dictionary(toc.map { ($0.target, $0.line) }, uniquingKeysWith: { first, _ in first })
        for (position, (index, anchor)) in questionAnchors.enumerated() where !linked.contains(anchor) {
            var finding = Finding(rule: Self.description, question: index, in: document,
                                  message: "Question \(quoted(document.questions[index].text)) is missing from the table of contents.")
            finding.fix = Self.entry(for: index, anchor: anchor, beside: questionAnchors, at: position, entries: entries, in: document)
            findings.append(finding)
        }
        return findings
    }

    /// A new entry for a question the contents leave out: after the entry of the nearest
    /// question above it that is listed, or before the nearest below.
    private static func entry(for index: Int, anchor: String, beside questions: [(Int, String)], at position: Int,
                              entries: [String: Int], in document: QADocument) -> [LineEdit]? {
        let text = InlineText.plainText(of: document.questions[index])
            .replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        let item = "[\(text)](#\(anchor))"
        if let above = questions[..<position].reversed().lazy.compactMap({ entries[$0.1] }).first {
            return [.insertListItem(beside: above, after: true, text: item)]
        }
        if let below = questions[(position + 1)...].lazy.compactMap({ entries[$0.1] }).first {
            return [.insertListItem(beside: below, after: false, text: item)]
        }
        return nil
    }

    /// The in-page links of the table of contents: those under a "Contents"-like heading, or
    /// before the first question when no such heading exists.
    private func tableOfContents(_ document: QADocument) -> [Anchors.Link] {
        let blocks = document.markdownBlocks
        if let start = blocks.firstIndex(where: { block in
            block.headingLevel != nil && Self.tocTitles.contains(TextNormalizer.words(InlineText.plain(block.inlines)))
        }) {
            let level = blocks[start].headingLevel ?? 1
            let end = blocks[(start + 1)...].firstIndex { ($0.headingLevel ?? 7) <= level } ?? blocks.endIndex
            return Anchors.links(in: Array(blocks[(start + 1)..<end]))
        }
        let firstQuestion = document.questions.first?.range.startLine ?? Int.max
        let before = blocks.filter { $0.range.startLine < firstQuestion && $0.headingLevel == nil }
        return Anchors.links(in: before)
    }
}
