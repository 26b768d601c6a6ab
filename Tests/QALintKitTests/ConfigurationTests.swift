import Foundation
import Testing
import TestSupport
@testable import QALintKit

@Suite struct ConfigurationTests {
    private func error(_ yaml: String) -> QALintError? {
        do {
            _ = try Configuration.parse(yaml, file: ".qalint.yml")
            return nil
        } catch let error as QALintError {
            return error
        } catch {
            return QALintError("unexpected \(error)")
        }
    }

    @Test func readsEveryKey() throws {
        let configuration = try Configuration.parse("""
            required-sections: [General, "Processes & Situations"]
            rules:
              empty-section: off
              answer-marker-style: info
              placeholder-answer:
                severity: warning
                min-template-count: 5
                min-template-words: 10
                extra-phrases: [fill me in]
                extra-markers: ["(write this"]
            """, file: ".qalint.yml")
        #expect(configuration.requiredSections == ["General", "Processes & Situations"])
        #expect(configuration.level(of: EmptySectionRule.description) == .off)
        #expect(configuration.level(of: AnswerMarkerStyleRule.description) == .on(.info))
        #expect(configuration.level(of: PlaceholderAnswerRule.description) == .on(.warning))
        #expect(configuration.level(of: EmptyAnswerRule.description) == .on(.error))
        // placeholder-answer's options configure the answer-status stage.
        let classifier = try AnswerClassifier(configuration: configuration)
        #expect(classifier.minTemplateCount == 5)
        #expect(classifier.minTemplateWords == 10)
        #expect(classifier.phrases.wholeAnswer.contains("fill me in"))
        #expect(classifier.phrases.anywhere.contains("(write this"))
    }

    /// Top-level keys come from one table: the loader accepts them, the schema, `init` and
    /// `config` show them, and overrides take the ones the table allows there.
    @Test func everyKeyComesFromOneTable() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(ConfigurationDocuments.jsonSchema(registry: .builtin).utf8)) as? [String: Any]
        let properties = try #require(schema?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(Configuration.keys))
        let overrideItem = (properties["overrides"] as? [String: Any])?["items"] as? [String: Any]
        let overrideKeys = Set(((overrideItem?["properties"] as? [String: Any]) ?? [:]).keys)
        #expect(overrideKeys == ["files", "required-sections", "structure", "rules"])
        for key in Configuration.keys {
            #expect(ConfigurationDocuments.starter.contains("\(key):"), "qalint init writes \(key)")
        }
        let configuration = try Configuration.parse("""
            baseline: debt.json
            completeness: {suppressed: unanswered}
            overrides:
              - files: [legacy.md]
                structure: {question-level: 3}
            """, file: "/repo/.qalint.yml")
        let shown = ConfigurationDocuments.effectiveYAML(configuration)
        #expect(shown.contains("baseline: \"/repo/debt.json\"\n") && shown.contains("completeness: {suppressed: unanswered, thresholds: [50, 80]}\n"))
        #expect(shown.contains("    structure: {question-level: 3}\n"))
        #expect(configuration.resolved(for: "legacy.md", currentDirectory: "/repo").structure.questionLevel == 3)
        #expect(error("overrides:\n  - files: [a.md]\n    fail-on: never")?.message.contains("unknown key 'fail-on' in an override") == true)
    }

    @Test func emptyFileIsTheDefaults() throws {
        let configuration = try Configuration.parse("# nothing here\n", file: ".qalint.yml")
        #expect(configuration.requiredSections.isEmpty)
        #expect(configuration.rules.isEmpty)
    }

    @Test func errorsNameFileLineAndNearestKey() {
        let cases: [(String, Int, String)] = [
            ("required-section: [A]", 1, "unknown key 'required-section'; did you mean 'required-sections'?"),
            ("rules:\n  placeholder-answers: off", 2, "unknown rule 'placeholder-answers'; did you mean 'placeholder-answer'?"),
            ("rules:\n  empty-answer: fatal", 2, "unknown severity 'fatal'"),
            ("rules:\n  placeholder-answer: {severity: warnin}", 2, "did you mean 'warning'?"),
            ("rules:\n  placeholder-answer:\n    min-template-cont: 3", 3, "unknown option 'min-template-cont' for rule 'placeholder-answer'; did you mean 'min-template-count'?"),
            ("rules:\n  placeholder-answer:\n    min-template-count: many", 3, "'min-template-count' must be a whole number"),
            ("rules:\n  placeholder-answer:\n    min-template-count: 1", 3, "'min-template-count' must be at least 2"),
            ("rules:\n  empty-answer:\n    style: x", 3, "unknown option 'style' for rule 'empty-answer'"),
            ("rules:\n  answer-marker-style: {style: always}", 2, "'style' must be one of consistent, marker, no-marker"),
            ("required-sections: General", 1, "'required-sections' must be a list"),
            ("completeness:\n  suppressed: answerd", 2, "unknown 'suppressed' value 'answerd'; did you mean 'answered'? (valid: answered, unanswered)"),
            ("completeness: {supressed: answered}", 1, "unknown key 'supressed' in 'completeness'; did you mean 'suppressed'?"),
            ("required-sections: [a]\nrequired-sections: [b]", 1, "'required-sections' is given twice"),
            ("rules: [a", 1, "invalid YAML"),
            ("include: &files [\"*.md\"]\nexclude: *files", 1, "YAML anchors and aliases (&name, *name) are not supported"),
            ("rules:\n  ? *x\n  : off", 2, "YAML anchors and aliases"),
            ("- a\n- b", 1, "the configuration must be a mapping"),
        ]
        for (yaml, line, message) in cases {
            let error = self.error(yaml)
            #expect(error?.file == ".qalint.yml", "\(yaml)")
            #expect(error?.line == line, "\(yaml): \(String(describing: error))")
            #expect(error?.message.contains(message) == true, "\(yaml): \(String(describing: error))")
        }
    }

    /// A 470-byte "billion laughs" (aliases of aliases, nine levels deep) is refused at its
    /// first anchor, before the YAML library builds anything: 0.1 took minutes and gigabytes.
    @Test func aliasBombsAreRefusedBeforeExpansion() throws {
        var lines = ["a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        lines.append("rules: *a9")
        let bomb = lines.joined(separator: "\n")
        #expect(bomb.utf8.count < 600)
        let error = self.error(bomb)
        #expect(error?.line == 1 && error?.message.contains("YAML anchors and aliases") == true, "\(String(describing: error))")
        #expect(throws: QALintError.self) { try PackLoader.load(pack: "bomb", files: [("rule.yml", bomb)], builtin: false) }
    }

    @Test func discoveryWalksUpToTheNearestFile() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("docs/faq")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        #expect(Configuration.discover(from: nested.path).map { !$0.hasPrefix(root.path) } ?? true)
        try "rules: {}\n".write(to: root.appendingPathComponent(".qalint.yml"), atomically: true, encoding: .utf8)
        #expect(Configuration.discover(from: nested.path) == root.appendingPathComponent(".qalint.yml").standardizedFileURL.path)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: QALintError.self) { try Configuration.load(path: "/nonexistent/.qalint.yml") }
    }
}
