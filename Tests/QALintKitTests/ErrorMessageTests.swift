import Testing
@testable import QALintKit

/// Error messages are one line, of bounded length, naming the place first.
@Suite struct ErrorMessageTests {
    @Test func placeLineAndColumnComeFirst() {
        #expect(QALintError(file: "a.yml", line: 3, column: 7, "bad").description == "a.yml:3:7: bad")
        #expect(QALintError(file: "a.yml", column: 7, "bad").description == "a.yml: bad", "a column without a line is not shown")
        #expect(QALintError("bad").description == "bad")
    }

    @Test func lineBreaksAreFoldedAndLongMessagesCut() {
        #expect(QALintError(file: "a.yml", "invalid YAML:\n  while parsing\r\n  a mapping\n").description == "a.yml: invalid YAML: while parsing a mapping")
        let quoted = String(repeating: "x", count: 1_000_000)
        let message = QALintError(file: "a.yml", "unknown key '\(quoted)'").description
        #expect(message.count == "a.yml: ".count + QALintError.maximumLength + 1 && message.hasSuffix("…"))
    }
}
