import QAMarkdown

/// What the per-file stage learns of an answer on its own, remembered by the answer's text:
/// a language server reads the same document at every keystroke, where one answer changes
/// and a thousand do not. Reading an answer (its words, phrases, MinHash signature) costs
/// tens of thousands of instructions; looking it up, a few hundred. Only short answers are
/// kept, and only so many. A run reads each answer once, so it remembers none
/// (`RuleSettings.remembersAnswers`): on 300 generated documents the memory cost 43 MB of
/// peak memory and 3% of the time, and gave nothing back.
enum RememberedAnswer {
    /// A memory for one rule's or classifier's facts (they depend on its settings).
    static func memory<Value: Sendable>(of _: Value.Type) -> TextMemory<Value> {
        TextMemory(limit: 20_000, longest: 2_048)
    }

    /// The key of an answer: everything of it that answer facts read.
    static func key(_ answer: BlockText) -> String {
        (answer.hasMedia ? "\u{1}" : "\u{2}") + answer.prose + "\u{0}" + answer.code
    }
}
