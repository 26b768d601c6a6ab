import Foundation

/// One step of the corpus stage: the answer-status step (templates across files) or one
/// rule that compares documents. The steps are independent, so they run side by side — an
/// editor waits for the slowest, not the sum — except over a corpus so large that holding
/// every step's structures at once would raise the peak memory more than it saves time.
struct CorpusStep: Sendable {
    /// The answer states, from the answer-status step.
    var states: [[AnswerState]]?
    var findings: [Finding] = []
    var stage: String
    var seconds: Double

    /// Up to this many questions, the steps run side by side.
    static let sideBySideQuestions = 200_000

    /// Every step, answer status first, then the rules in their order (a rule no file
    /// takes part in is left out). With `focus`, rules write only findings on those paths.
    static func run(_ analyses: [FileAnalysis], rules: [AnyCorpusRule], focus: Set<String>?) -> [CorpusStep] {
        let questions = analyses.reduce(0) { $0 + $1.document.questions.count }
        let steps = Array(-1..<rules.count)
        let step: @Sendable (Int) -> CorpusStep? = { index in
            let start = Date()
            guard index >= 0 else {
                let states = AnswerClassifier.states(analyses.map { ($0.document.path, $0.answers, $0.document.questions.map(\.range.startLine)) })
                return CorpusStep(states: states, stage: "corpus stage: answer status (templates)", seconds: Date().timeIntervalSince(start))
            }
            let entries = analyses.compactMap { analysis in analysis.signatures[index].map { (analysis.document.path, $0) } }
            guard !entries.isEmpty else { return nil }
            let findings = rules[index].check(entries, focus)
            return CorpusStep(findings: findings, stage: "corpus stage: \(rules[index].id)", seconds: Date().timeIntervalSince(start))
        }
        return (questions <= sideBySideQuestions ? ParallelMap.map(steps, step) : steps.map(step)).compactMap { $0 }
    }
}
