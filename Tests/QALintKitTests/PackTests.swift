import Foundation
import Testing
import TestSupport
@testable import QALintKit

/// Declarative packs: each kind, and strict loading.
@Suite struct PackTests {
    static func pack(_ files: [String: String]) throws -> (Workspace, Configuration) {
        var all = files.reduce(into: [String: String]()) { $0["house/\($1.key)"] = $1.value }
        all[".qalint.yml"] = "packs: [house]\n"
        let workspace = try Workspace(all)
        return (workspace, try Configuration.load(path: workspace.path(".qalint.yml")))
    }

    static let examples = """
        examples:
          - fail: |
              ## Q: What is X? <!-- expect: house/RULE -->
              x
          - pass: |
              ## Q: What is Y?
              y
        """

    static func lint(_ configuration: Configuration, _ markdown: String) throws -> [Finding] {
        try Linter(configuration: configuration).lint(sources: [("doc.md", markdown)]).findings.filter { $0.rule.hasPrefix("house/") }
    }

    @Test func existenceTokensPatternsScopesAndCode() throws {
        let (workspace, configuration) = try Self.pack([
            "old-name.yml": """
                kind: existence
                description: The old product name.
                scope: answer
                tokens: [Cumulus]
                message: 'Say Nimbus, not "{match}".'
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "old-name").replacingOccurrences(of: "      x", with: "      Cumulus stores files."),
            "shouting.yml": """
                kind: existence
                description: Questions in capitals.
                scope: question
                patterns: ['^[A-Z ]{8,}\\?$']
                ignore-case: false
                message: Do not shout.
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "shouting").replacingOccurrences(of: "What is X?", with: "WHAT IS THIS THING?"),
            "draft-title.yml": """
                kind: existence
                description: Draft sections.
                scope: section-title
                tokens: [draft]
                message: Section "{match}" is a draft.
                severity: error
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "draft-title").replacingOccurrences(of: "## Q: What is X? <!-- expect: house/draft-title -->", with: "## Draft notes <!-- expect: house/draft-title -->\n      ### Q: What?"),
        ])
        defer { workspace.remove() }
        let findings = try Self.lint(configuration, """
            # Doc

            ## Draft part

            ### Q: WHAT IS THIS THING?

            Cumulus keeps it; `Cumulus` in code and cumulusx do not count.

            ### Q: What is Nimbus?

            Nimbus is the new name.
            """)
        #expect(findings.map { "\($0.range.startLine) \($0.rule) \($0.severity)" }.sorted() == [
            "3 house/draft-title error", "5 house/old-name warning", "5 house/shouting warning",
        ])
        #expect(findings.first { $0.rule == "house/old-name" }?.message == "Say Nimbus, not \"Cumulus\".")
        for rule in configuration.registry.descriptions where rule.pack == "house" {
            for example in rule.examples {
                #expect(RuleExampleCheck.problems(example, of: rule, registry: configuration.registry).isEmpty, "\(rule.id) \(example.title)")
            }
        }
    }

    @Test func metricBoundsAndConditions() throws {
        let (workspace, configuration) = try Self.pack([
            "long-question.yml": """
                kind: metric
                description: Long questions.
                scope: question
                measure: words
                max: 8
                message: "Question has {value} words (at most {max})."
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "long-question").replacingOccurrences(of: "What is X?", with: "What is this very long question that goes on and on?"),
            "link-only.yml": """
                kind: metric
                description: Link-only answers.
                scope: answer
                measure: words-outside-links
                min: 3
                when:
                  links: {min: 1}
                message: "Only a link."
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "link-only").replacingOccurrences(of: "      x", with: "      [docs](http://x)"),
            "big-doc.yml": """
                kind: metric
                description: Documents with too few paragraphs.
                scope: document
                measure: paragraphs
                min: 3
                message: "{value} paragraphs."
                """ + "\n" + Self.examples.replacingOccurrences(of: "RULE", with: "big-doc").replacingOccurrences(of: "## Q: What is X? <!-- expect: house/big-doc -->", with: "# T <!-- expect: house/big-doc -->\n      ## Q: What is X?").replacingOccurrences(of: "      y", with: "      y\n\n      z\n\n      w"),
        ])
        defer { workspace.remove() }
        let findings = try Self.lint(configuration, """
            ## Q: What is this very long question that goes on and on?

            See [the docs](http://x).

            ## Q: Short?

            An answer without links at all.
            """)
        #expect(findings.map { "\($0.range.startLine) \($0.rule)" }.sorted() == ["1 house/big-doc", "1 house/link-only", "1 house/long-question"])
        #expect(findings.first { $0.rule == "house/long-question" }?.message == "Question has 11 words (at most 8).")
        #expect(Measure.sentences(in: "One. Two! Three? four") == 4)
    }

    @Test func requiredSectionsWithOrder() throws {
        let (workspace, configuration) = try Self.pack([
            "layout.yml": """
                kind: required-sections
                description: The team layout.
                sections: [General, Technical, Behavioural]
                ordered: true
                message: 'Missing section "{section}".'
                examples:
                  - fail: |
                      # T <!-- expect: house/layout -->
                      ## General
                      ## Technical
                  - pass: |
                      # T
                      ## General
                      ## Technical
                      ## Behavioural
                """,
        ])
        defer { workspace.remove() }
        let findings = try Self.lint(configuration, "# T\n\n## Technical\n\n## General\n\n### Q: Why?\n\nBecause.\n")
        #expect(findings.map(\.message).sorted() == ["Missing section \"Behavioural\".", "Section \"Technical\" should come after \"General\"."])
        #expect(findings.first { $0.message.hasPrefix("Section") }?.range.startLine == 3)
    }

    @Test func phraseListDataExtendsPlaceholderAnswer() throws {
        let (workspace, configuration) = try Self.pack([
            "phrases.yml": "kind: phrase-list\nfor: placeholder-answer\nwhole-answer: [ask the team]\n",
        ])
        defer { workspace.remove() }
        let result = try Linter(configuration: configuration).lint(sources: [("d.md", "## Q: Why?\n\nAsk the team.\n\n## Q: How?\n\nTBD\n")])
        #expect(result.findings.filter { $0.rule == "placeholder-answer" }.count == 2, "the pack's phrase and the built-in ones both apply")
    }

    @Test func loadingIsStrict() throws {
        let valid = "description: d\nmessage: m\nscope: answer\ntokens: [x]\n" + Self.examples.replacingOccurrences(of: "RULE", with: "r")
        let cases: [(String, String, Int, String)] = [
            ("r.yml", "kind: existance\n" + valid, 1, "unknown kind 'existance'; did you mean 'existence'?"),
            ("r.yml", "description: d\n", 1, "missing 'kind'"),
            ("r.yml", "kind: existence\n" + valid.replacingOccurrences(of: "scope: answer", with: "scope: answers"), 4, "unknown scope 'answers'; did you mean 'answer'?"),
            ("r.yml", "kind: existence\nseverity: fatal\n" + valid, 2, "unknown severity 'fatal'"),
            ("r.yml", "kind: existence\ncolour: red\n" + valid, 2, "unknown key 'colour' in rule 'house/r'"),
            ("r.yml", "kind: existence\ndescription: d\nmessage: m\nscope: answer\ntokens: [x]\n", 1, "needs examples"),
            ("r.yml", "kind: existence\n" + valid.replacingOccurrences(of: "tokens: [x]", with: "patterns: ['(a+)+$']"), 5, "repeats a group that itself repeats"),
            ("r.yml", "kind: existence\n" + valid.replacingOccurrences(of: "tokens: [x]", with: "patterns: ['(a|ab)*c']"), 5, "alternatives can match the same text"),
            ("r.yml", "kind: existence\n" + valid.replacingOccurrences(of: "tokens: [x]", with: "patterns: ['(unclosed']"), 5, "unbalanced"),
            ("r.yml", "kind: metric\n" + valid.replacingOccurrences(of: "tokens: [x]", with: "measure: lines\nmin: 1"), 5, "unknown measure 'lines'"),
            ("r.yml", "kind: metric\n" + valid.replacingOccurrences(of: "tokens: [x]", with: "measure: words"), 5, "needs 'min' or 'max'"),
            ("Bad_Name.yml", "kind: existence\n" + valid, 0, "kebab-case"),
        ]
        for (name, text, line, message) in cases {
            let workspace = try Workspace(["house/\(name)": text, ".qalint.yml": "packs: [house]\n"])
            defer { workspace.remove() }
            do {
                _ = try Configuration.load(path: workspace.path(".qalint.yml"))
                Issue.record("\(text) loaded")
            } catch let error as QALintError {
                #expect(error.file == workspace.path("house/\(name)"), "\(text)")
                if line > 0 { #expect(error.line == line, "\(text): \(error)") }
                #expect(error.message.contains(message), "\(text): \(error)")
            }
        }
    }

    @Test(arguments: ["(a+)+$", "(a*)*b", "(\\w+\\s?)+$", "(x{1,9})+", "((ab)+)*", "(.*a){3,}", "(a|a)+", "(\\d|[0-9])+"])
    func catastrophicPatternsAreRejected(_ pattern: String) {
        #expect(throws: RegexSafety.RegexError.self) { _ = try RegexSafety.compile(pattern, ignoreCase: true) }
    }

    @Test(arguments: ["\\bTBD\\b", "(foo|bar)+", "^(?!.*\\?$).+", "[a-z]+@[a-z]+\\.com", "(ab)+c", "a{2,3}", "(?:x|y)z*", "(a)(b+)"])
    func ordinaryPatternsAreAccepted(_ pattern: String) throws {
        _ = try RegexSafety.compile(pattern, ignoreCase: false)
    }

    /// The bounded search finds what `NSRegularExpression` finds — case folded, after
    /// characters outside the BMP, in the order of the patterns — and stops a backtracking
    /// pattern by its steps while an ordinary one runs through a megabyte.
    @Test func boundedSearchMatchesLikeFoundationAndStopsRunaways() throws {
        let patterns = BoundedPatterns([("(?<![\\p{L}\\p{N}_])todo(?![\\p{L}\\p{N}_])", [.caseInsensitive]), ("fix\\s*me", [])])
        let searcher = BoundedPatterns.Searcher(patterns)
        for (text, expected) in [("🙂 naïve TODO: later", "TODO"), ("a todo list", "todo"), ("tödo", nil), ("fix  me 🙂", "fix  me"),
                                 ("Fix me, then todo", "todo"), ("", nil), ("mastodon", nil)] as [(String, String?)] {
            #expect(try searcher.firstMatch(in: text) == expected, "\(text)")
            let foundation = patterns.patterns.indices.lazy.compactMap { index -> String? in
                let options: NSRegularExpression.Options = index == 0 ? [.caseInsensitive] : []
                let expression = try? NSRegularExpression(pattern: patterns.patterns[index], options: options)
                return expression?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }.map { String(text[$0]) }
            }.first
            #expect(foundation == expected, "\(text)")
        }
        let runaway = BoundedPatterns.Searcher(BoundedPatterns([(".*.*.*.*.*.*=", [])]))
        #expect(throws: BoundedPatterns.Stop.self) { try runaway.firstMatch(in: String(repeating: "a", count: 60) + "!") }
        let long = String(repeating: "An ordinary sentence of an answer, with words. ", count: 22_000) + "TODO"
        #expect(try searcher.firstMatch(in: long) == "TODO")
    }
}
