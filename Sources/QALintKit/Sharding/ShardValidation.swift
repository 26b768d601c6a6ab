import QAMarkdown

/// A shard file is read back from disk, where anything may have happened to it: every
/// index, range and setting it holds is checked before the corpus stage trusts it, so a
/// crafted or damaged file is one line, never a crash.
extension FileAnalysis {
    /// What is impossible in this file's data, or nil.
    func problem(corpusRules: [AnyCorpusRule]) -> String? {
        let questions = document.questions.count
        for (index, question) in document.questions.enumerated() {
            let at = "document.questions[\(index)]"
            if let problem = ShardCheck.range(question.range, at + ".range") ?? question.answer.flatMap({ ShardCheck.range($0, at + ".answer") }) {
                return problem
            }
            if let section = question.sectionIndex, !document.sections.indices.contains(section) {
                return "\(at).sectionIndex \(section) names no section"
            }
            if question.identity.occurrence < 1 { return "\(at).identity.occurrence must be at least 1" }
        }
        for (index, section) in document.sections.enumerated() {
            if let problem = ShardCheck.range(section.range, "document.sections[\(index)].range") { return problem }
            if section.questions.lowerBound < 0 || section.questions.upperBound > questions {
                return "document.sections[\(index)].questions \(section.questions) is outside the \(questions) questions"
            }
        }
        if answers.answers.count != questions {
            return "answers holds \(answers.answers.count) answers for \(questions) questions"
        }
        if !(2...NumericInput.maximumCount).contains(answers.minTemplateCount) {
            return "answers.minTemplateCount must be from 2 to \(NumericInput.maximumCount)"
        }
        for (index, finding) in findings.enumerated() {
            if let problem = ShardCheck.range(finding.range, "findings[\(index)].range") { return problem }
            if let question = finding.questionIndex, !(0..<questions).contains(question) {
                return "findings[\(index)].questionIndex \(question) names no question"
            }
            if finding.related.contains(where: { !ShardCheck.lines.contains($0.line) }) { return "findings[\(index)].related holds a line out of range" }
        }
        for (index, suppression) in suppressions.enumerated() where !ShardCheck.lines.contains(suppression.line) || suppression.lines.lowerBound < 0 {
            return "suppressions[\(index)] holds a line out of range"
        }
        for (rule, signature) in zip(corpusRules, signatures) {
            if let signature, let problem = rule.problem(signature, questions) { return "signatures (\(rule.id)): \(problem)" }
        }
        return nil
    }
}

/// The checks shard data and corpus signatures share.
enum ShardCheck {
    /// Lines and columns as cmark gives them (it ends some blocks at column 0).
    static let lines = 0...Int(Int32.max)

    /// A problem with a source range, or nil.
    static func range(_ range: SourceRange, _ what: String) -> String? {
        guard lines.contains(range.startLine), lines.contains(range.endLine), range.startLine <= range.endLine,
              lines.contains(range.startColumn), lines.contains(range.endColumn) else {
            return "\(what) is not a range of lines and columns"
        }
        return nil
    }

    /// A problem with a question index and its range, or nil.
    static func question(_ index: Int, _ range: SourceRange, of questions: Int, _ what: String) -> String? {
        guard (0..<questions).contains(index) else { return "\(what).questionIndex \(index) names no question" }
        return self.range(range, what + ".range")
    }

    /// A problem with similarity settings, or nil.
    static func similarity(_ settings: SimilaritySettings, lowest: Double) -> String? {
        (lowest...1).contains(settings.minimumSimilarity) ? nil : "similarity.minimumSimilarity must be from \(lowest) to 1"
    }
}
