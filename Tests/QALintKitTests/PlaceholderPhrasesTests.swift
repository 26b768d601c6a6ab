import QAMarkdown
import Testing
@testable import QALintKit

@Suite struct PlaceholderPhrasesTests {
    let phrases = PlaceholderPhrases(wholeAnswer: ["TODO", "coming soon", "…"], leading: ["TODO"],
                                     anywhere: ["(Expand with", "lorem ipsum"], leadingMaxWords: 6)

    private func answer(_ prose: String, code: String = "", media: Bool = false) -> BlockText {
        var text = BlockText()
        text.prose = prose
        text.code = code
        text.hasMedia = media
        return text
    }

    @Test func wholeAnswer() {
        #expect(phrases.match(answer("  **TODO.** ")) == .whole("TODO"))
        #expect(phrases.match(answer("Coming   soon!")) == .whole("coming soon"))
        #expect(phrases.match(answer("…")) == .whole("…"))
        #expect(phrases.match(answer("TODO", code: "let x = 1")) == nil)
        #expect(phrases.match(answer("TODO", media: true)) == nil)
    }

    @Test func leadingOnlyWhenShort() {
        #expect(phrases.match(answer("TODO: explain cookies")) == .leading("TODO"))
        #expect(phrases.match(answer("TODO list apps are a common exercise for learning a new framework")) == nil)
        #expect(phrases.match(answer("TODOS are fine")) == nil)
    }

    @Test func anywhereRespectsWordBoundaries() {
        #expect(phrases.match(answer("Some text. (Expand with 3-5 paragraphs.)")) == .anywhere("(Expand with"))
        #expect(phrases.match(answer("Lorem ipsum dolor sit amet")) == .anywhere("lorem ipsum"))
        #expect(phrases.match(answer("xlorem ipsumx is not it")) == nil)
        #expect(phrases.match(answer("You can expand with plugins.")) == nil)
    }
}
