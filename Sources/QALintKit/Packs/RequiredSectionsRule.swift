import QAMarkdown

/// `kind: required-sections`: a named list of sections every document must have, in order
/// if asked.
///
/// ```yaml
/// kind: required-sections
/// sections: [General, Technical, Behavioural]
/// ordered: true                       # default false
/// message: "Section \"{section}\" is missing."
/// order-message: "Section \"{section}\" should come after \"{previous}\"."   # optional
/// ```
struct RequiredSectionsRule: PackRuleKind {
    static let keys = ["sections", "ordered", "order-message"]

    let description: RuleDescription
    let definition: PackRuleDefinition
    let sections: [String]
    let ordered: Bool
    let orderMessage: String

    static func findingScope(_ entries: [ConfigEntry]) -> RuleScope { .document }

    init(definition: PackRuleDefinition, entries: [ConfigEntry], reader: ConfigReader) throws {
        func value(_ key: String) -> ConfigValue? { entries.first { $0.key == key }?.value }
        guard let list = value("sections") else {
            throw QALintError(file: reader.file, line: 1, "rule '\(definition.id)' needs 'sections'")
        }
        sections = try reader.strings(list, what: "'sections'")
        guard !sections.isEmpty else { throw QALintError(file: reader.file, line: list.line, "'sections' is empty") }
        ordered = try value("ordered").map { try reader.boolean($0, what: "'ordered'") } ?? false
        orderMessage = try value("order-message").map { try reader.string($0, what: "'order-message'") }
            ?? "Section \"{section}\" should come after \"{previous}\"."
        self.definition = definition
        description = definition.description
    }

    func check(_ document: QADocument) -> [Finding] {
        let found = SectionTitles.find(sections, in: document)
        var findings: [Finding] = []
        for (title, heading) in zip(sections, found) where heading == nil {
            findings.append(Finding(rule: description, path: document.path, range: document.start,
                                    message: definition.message(["section": title]), identity: SectionTitles.key(title)))
        }
        guard ordered else { return findings }
        var previous: (title: String, line: Int)?
        for (title, heading) in zip(sections, found) {
            guard let heading else { continue }
            if let before = previous, heading.range.startLine < before.line {
                var order = definition
                order.message = orderMessage
                findings.append(Finding(rule: description, path: document.path, range: heading.range,
                                        message: order.message(["section": heading.text, "previous": before.title]),
                                        identity: SectionTitles.key(title)))
            }
            previous = (heading.text, max(heading.range.startLine, previous?.line ?? 0))
        }
        return findings
    }
}
