import QAMarkdown

/// How required section titles are found in a document: without case or punctuation,
/// among every heading that is not a question.
enum SectionTitles {
    static func key(_ title: String) -> String {
        TextNormalizer.words(title)
    }

    /// The first heading for each title in `required`, in document order; nil when absent.
    static func find(_ required: [String], in document: QADocument) -> [QAHeading?] {
        var first: [String: QAHeading] = [:]
        for heading in document.headings where first[key(heading.text)] == nil {
            first[key(heading.text)] = heading
        }
        return required.map { first[key($0)] }
    }
}
