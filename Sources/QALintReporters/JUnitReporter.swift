import QALintKit

/// JUnit XML, valid against both the Ant (windyroad) and the Jenkins schema: one
/// `testsuite` per document, one `testcase` per question (named by the question, classed by
/// file and section) and one per document-level rule; a `failure` lists a case's findings.
public struct JUnitReporter: Sendable {
    public var timestamp: String

    public init(timestamp: String = "1970-01-01T00:00:00") {
        self.timestamp = timestamp
    }

    public func render(_ result: LintResult) -> String {
        let byFile = Dictionary(grouping: result.findings, by: \.path)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for (id, file) in result.files.enumerated() {
            let cases = testCases(for: file, findings: byFile[file.path] ?? [], rules: result.rules)
            let failures = cases.filter { !$0.findings.isEmpty }.count
            let name = Escaping.xml(file.path)
            out += "  <testsuite id=\"\(id)\" package=\"\(name)\" name=\"\(name)\" timestamp=\"\(timestamp)\" "
            out += "hostname=\"localhost\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            out += "    <properties>\n"
            out += "      <property name=\"answered\" value=\"\(file.completeness.answered)/\(file.completeness.questions)\"/>\n"
            out += "    </properties>\n"
            for testCase in cases { out += render(testCase) }
            out += "    <system-out></system-out>\n    <system-err></system-err>\n  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    private struct TestCase {
        var name: String
        var classname: String
        var findings: [Finding]
    }

    /// Question cases in document order, then one case per enabled document-level rule.
    private func testCases(for file: FileReport, findings: [Finding], rules: [RuleDescription]) -> [TestCase] {
        let byQuestion = Dictionary(grouping: findings.filter { $0.questionIndex != nil }, by: { $0.questionIndex! })
        var cases = file.questions.enumerated().map { index, question in
            let section = question.sectionIndex.map { " > " + file.sections[$0].title } ?? ""
            return TestCase(name: question.text,
                            classname: file.path + section, findings: byQuestion[index] ?? [])
        }
        let documentFindings = Dictionary(grouping: findings.filter { $0.questionIndex == nil }, by: \.rule)
        let documentRules = Set(rules.filter { $0.scope == .document }.map(\.id)).union(documentFindings.keys)
        for rule in documentRules.sorted() {
            cases.append(TestCase(name: rule, classname: file.path, findings: documentFindings[rule] ?? []))
        }
        return cases
    }

    private func render(_ testCase: TestCase) -> String {
        let open = "    <testcase name=\"\(Escaping.xml(testCase.name))\" classname=\"\(Escaping.xml(testCase.classname))\" time=\"0\""
        guard !testCase.findings.isEmpty else { return open + "/>\n" }
        let message = testCase.findings.map { "line \($0.range.startLine): \($0.message) [\($0.rule)]" }.joined(separator: " ")
        let type = Set(testCase.findings.map(\.rule)).sorted().joined(separator: " ")
        let body = testCase.findings.map {
            "\($0.path):\($0.range.startLine):\($0.range.startColumn): \($0.severity.rawValue): \($0.message) [\($0.rule)]"
        }.joined(separator: "\n")
        return open + ">\n      <failure message=\"\(Escaping.xml(message))\" type=\"\(Escaping.xml(type))\">"
            + Escaping.xml(body) + "</failure>\n    </testcase>\n"
    }
}
