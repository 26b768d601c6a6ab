import Testing
@testable import QAMarkdown

@Suite struct QADocumentReaderTests {
    @Test func placeholder() {
        let doc = QADocumentReader.read("# T\n\n## S\n\n### Q: What?\n\n**A:** yes\n", path: "x.md")
        #expect(doc.questions.count == 1)
    }
}
