import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// similar-question and duplicate-answer: the paraphrases they must find, the look-alikes
/// they must leave alone.
@Suite struct SimilarityTests {
    static func findings(_ rule: String, _ documents: [(String, String)], configuration: String? = nil) throws -> [Finding] {
        let config = try configuration.map { try Configuration.parse($0, file: "c.yml") } ?? Configuration()
        return try Linter(configuration: config).lint(sources: documents).findings.filter { $0.rule == rule }
    }

    /// A document of questions, each with a distinct real answer.
    static func document(_ questions: [String], section: String? = nil) -> String {
        var text = section.map { "# Doc\n\n## \($0)\n\n" } ?? ""
        for (index, question) in questions.enumerated() {
            text += "### Q: \(question)\n\nAnswer number \(index) talks about its own subject in its own words.\n\n"
        }
        return text
    }

    static let paraphrases: [(String, String)] = [
        ("What is the difference between String, StringBuffer and StringBuilder?", "What is the difference between String, StringBuilder and StringBuffer?"),
        ("What is the difference between state and props?", "How does the state differ from props?"),
        ("What is a service mesh?", "Explain what a service mesh is."),
        ("What is Kafka?", "Can you define Kafka?"),
        ("What are the advantages of microservices?", "What are the benefits of microservices?"),
        ("What are the drawbacks of GraphQL?", "What are the disadvantages of GraphQL?"),
        ("How does a bloom filter work?", "Explain how bloom filters work under the hood."),
        ("What is the difference between SQL and NoSQL?", "How is SQL Different from NoSQL"),
        ("What is NAT?", "What is NAT? How does it work?"),
    ]

    @Test(arguments: paraphrases.indices)
    func paraphrasesAreFound(_ index: Int) throws {
        let (first, second) = Self.paraphrases[index]
        let found = try Self.findings("similar-question", [("a.md", Self.document(["What is Redis?", first, "How do you size a thread pool?", second]))])
        #expect(found.map(\.range.startLine) == [13], "\(first) / \(second): \(found.map(\.message))")
        #expect(found.first?.related == [Location(path: "a.md", line: 5)])
        #expect(found.first?.message.contains("% alike") == true)
    }

    static let lookalikes: [(String, String)] = [
        ("Explain what continuous delivery is.", "Explain what continuous deployment is."),
        ("Explain what clustered indexes are.", "Explain what non-clustered indexes are."),
        ("What is SSL?", "How does SSL work?"),
        ("What is HTTP?", "What is HTTPS?"),
        ("What is NAT?", "What is SNAT?"),
        ("What is a CPU?", "What is a GPU?"),
        ("What is SDN?", "What is CDN?"),
        ("What is an L2 agent?", "What is an L3 agent?"),
        ("Which is your favorite programming language?", "Which programming language is your least favorite?"),
        ("When will Electron upgrade to latest Chromium?", "When will Electron upgrade to latest Node.js?"),
        ("What is the difference between slice and splice?", "What is the difference between WeakSet and WeakMap?"),
        ("What's the output?", "What is the output of the following code?"),
    ]

    @Test(arguments: lookalikes.indices)
    func lookalikesAreLeftAlone(_ index: Int) throws {
        let (first, second) = Self.lookalikes[index]
        let found = try Self.findings("similar-question", [("a.md", Self.document([first, second]))])
        #expect(found.isEmpty, "\(first) / \(second): \(found.map(\.message))")
    }

    @Test func aCommonNounDependsOnItsSection() throws {
        let text = """
            # DevOps

            ## Mongo

            ### Q: What is a document? What is a collection?

            A BSON record in a collection.

            ## Elastic

            ### Q: What is a Document?

            A JSON object in an index.

            ## Network

            ### Q: What is NAT?

            Address translation.

            ### Q: What is NAT? How does it work?

            The router rewrites addresses.
            """
        let found = try Self.findings("similar-question", [("d.md", text)])
        #expect(found.map(\.range.startLine) == [21])
    }

    @Test func renamedTokensMeetWhenTheSharedWordIsCommon() throws {
        let questions = ["What is React?", "How does React render?", "What are React hooks?", "What is React context?",
                         "What is TestRenderer?", "What is react-test-renderer?"]
        let found = try Self.findings("similar-question", [("r.md", Self.document(questions))])
        #expect(found.map(\.range.startLine) == [21])
    }

    @Test func chineseQuestionsAreCompared() throws {
        let found = try Self.findings("similar-question", [("zh.md", Self.document(["computed 和 watch 的差异？", "什么是虚拟 DOM？", "computed 和 watch 区别？"]))])
        #expect(found.map(\.range.startLine) == [9])
        #expect(try Self.findings("similar-question", [("zh.md", Self.document(["什么是以太网？", "什么是交换机？"]))]).isEmpty)
    }

    @Test func threeOrMoreBecomeOneFindingWithEveryPlace() throws {
        let found = try Self.findings("similar-question", [
            ("a.md", Self.document(["What is Raft?", "Explain what Raft is."])),
            ("b.md", Self.document(["Can you define Raft?", "Describe Raft in your own words."])),
        ])
        #expect(found.count == 1)
        #expect(found.first?.path == "a.md")
        #expect(found.first?.range.startLine == 5)
        #expect(found.first?.related == [Location(path: "a.md", line: 1), Location(path: "b.md", line: 1), Location(path: "b.md", line: 5)])
        #expect(found.first?.message.contains("one of 4 questions") == true)
    }

    @Test func scopeAndThresholdOptions() throws {
        let documents = [("a.md", Self.document(["What is Raft?"])), ("b.md", Self.document(["Explain what Raft is."]))]
        #expect(try Self.findings("similar-question", documents).count == 1)
        #expect(try Self.findings("similar-question", documents, configuration: "rules:\n  similar-question: {scope: document}").isEmpty)
        let partial = [("a.md", Self.document(["What is Kafka Streams?", "What is Kafka?"]))]
        #expect(try Self.findings("similar-question", partial).isEmpty)
        #expect(try Self.findings("similar-question", partial, configuration: "rules:\n  similar-question: {min-similarity: 25}").count == 1)
    }

    @Test func exactCopiesAreLeftToDuplicateQuestion() throws {
        let text = Self.document(["What is Raft?", "What is Raft?"])
        #expect(try Self.findings("similar-question", [("a.md", text)]).isEmpty)
        #expect(try Self.findings("duplicate-question", [("a.md", text)]).count == 1)
    }

    @Test func intentsAndTokens() {
        #expect(QuestionShape("What are the advantages of using Go?").parts.map(\.intent) == [.advantages])
        #expect(QuestionShape("Explain how non-clustered and clustered indexes are different.").parts.first?.intent == .difference)
        #expect(QuestionShape("What is a proxy? How does it work? What do we need it for?").parts.map(\.intent) == [.define, .mechanics, .purpose])
        #expect(QuestionShape("What is a proxy? How does it work?").parts.last?.tokens == ["proxy"], "'it' refers to the topic before")
        #expect(Tokenizer.camelSplit("StringBuffer") == ["String", "Buffer"])
        #expect(Tokenizer.camelSplit("NoSQL") == ["NoSQL"])
        #expect(Tokenizer.camelSplit("GraphQL") == ["GraphQL"])
        #expect(Stemmer.stem("indexes") == Stemmer.stem("index"))
        #expect(Stemmer.stem("works") == "work")
        #expect(QuestionShape("What is HTTPS?").parts.first?.tokens == ["https"], "capitals are not stemmed")
    }

    // MARK: duplicate-answer

    static let installAnswer = """
        Download the archive for your platform from the releases page, check its signature against the published key, \
        unpack it into a folder of your choice and put the binary on your PATH; then run the doctor command, which \
        checks the configuration and tells you what is missing.
        """

    @Test func copiedAndNearlyCopiedAnswersAreFound() throws {
        let text = """
            ## Q: How do I install the CLI?

            \(Self.installAnswer)

            ## Q: How do I upgrade the CLI?

            \(Self.installAnswer)

            ## Q: How do I install the agent?

            \(Self.installAnswer.replacingOccurrences(of: "binary", with: "agent binary"))

            ## Q: What does it cost?

            The CLI is free for every use, commercial or not, and will stay free for as long as we ship it.
            """
        let found = try Self.findings("duplicate-answer", [("a.md", text)])
        #expect(found.count == 1)
        #expect(found.first?.range.startLine == 5)
        #expect(Set(found.first?.related ?? []) == [Location(path: "a.md", line: 1), Location(path: "a.md", line: 9)])
    }

    @Test func placeholdersShortAnswersAndRepeatedQuestionsAreNotDuplicateAnswers() throws {
        let template = "In an interview I would answer this by breaking it into key points with real examples and trade-offs."
        let text = (0..<3).map { "## Q: Question \($0)?\n\n\(template)\n\n" }.joined()
            + "## Q: Is it free?\n\nYes.\n\n## Q: Is it open?\n\nYes.\n\n"
            + "## Q: How do I install?\n\n\(Self.installAnswer)\n\n## Q: How do I install?\n\n\(Self.installAnswer)\n"
        #expect(try Self.findings("duplicate-answer", [("a.md", text)]).isEmpty)
    }

    @Test func minHashEstimatesOverlap() {
        var same: [UInt32] = [], changed: [UInt32] = [], other: [UInt32] = []
        let words = (0..<60).map { "word\($0)" }
        MinHash.appendSignature(ofWords: words.joined(separator: " "), to: &same)
        MinHash.appendSignature(ofWords: words.enumerated().map { $0 == 30 ? "changed" : $1 }.joined(separator: " "), to: &changed)
        MinHash.appendSignature(ofWords: (0..<60).map { "other\($0)" }.joined(separator: " "), to: &other)
        #expect(MinHash.similarity(same[...], same[...]) == 1)
        #expect(MinHash.similarity(same[...], changed[...]) > 0.7)
        #expect(MinHash.similarity(same[...], other[...]) < 0.2)
    }

    // MARK: Real documents

    @Test(.needsShared) func seedHasNoSimilarQuestions() throws {
        let seed = try #require(TestSupport.sharedFile("corpus/seed/backend-interview-questions.md"))
        #expect(try Self.findings("similar-question", [("seed.md", try TestSupport.read(seed))]).isEmpty)
    }

    @Test(.needsShared) func javaBasicsLabelledPairsAreFound() throws {
        let file = try #require(TestSupport.sharedFile("corpus/real/learning-zone__java-basics__README.md"))
        let found = try Self.findings("similar-question", [("java.md", try TestSupport.read(file))])
        let pairs = Set(found.flatMap { finding in finding.related.map { [$0.line, finding.range.startLine].sorted() } })
        #expect(pairs == [[1701, 1782], [2043, 2195]])
    }

    @Test(.needsShared) func cleanRealDocumentsStayQuiet() throws {
        for name in ["electron__electron__docs__faq.md", "Homebrew__brew__docs__FAQ.md", "sudheerj__javascript-interview-questions__README.md",
                     "lydiahallie__javascript-questions__README.md", "ajeetkbhardwaj__AI-from-First-Principle__temp.md"] {
            let file = try #require(TestSupport.sharedFile("corpus/real/\(name)"))
            let found = try Self.findings("similar-question", [(name, try TestSupport.read(file))])
            #expect(found.isEmpty, "\(name): \(found.map(\.message))")
        }
    }
}
