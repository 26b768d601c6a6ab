/// The suppression comments of every file, and which of them took effect. Indexed by the
/// lines they cover, so that finding the suppression of a finding does not scan every
/// comment of its file (20,000 comments used to make a run quadratic).
struct SuppressionState {
    private var files: [String: File]

    init(_ suppressions: [String: [Suppression]]) {
        files = suppressions.mapValues(File.init)
    }

    /// The findings no suppression covers; the others go to `suppressed`, and their
    /// suppressions count as used. In an `audit` (findings about suppressions, located on
    /// their comment's line) a comment cannot silence the finding about itself.
    mutating func filter(_ findings: [Finding], suppressed: inout [SuppressedFinding], audit: Bool = false) -> [Finding] {
        var kept: [Finding] = []
        for finding in findings {
            let line = finding.range.startLine
            guard let suppression = files[finding.path]?.use(line: line, rules: [finding.rule], skippingCommentAt: audit ? line : nil) else {
                kept.append(finding)
                continue
            }
            suppressed.append(SuppressedFinding(finding: finding, reason: suppression.reason, line: suppression.line))
        }
        return kept
    }

    /// Whether a suppression of one of `rules` covers `line` of `path`; the first that
    /// does counts as used.
    mutating func covers(path: String, line: Int, rules: Set<String>) -> Bool {
        files[path]?.use(line: line, rules: rules, skippingCommentAt: nil) != nil
    }

    /// Suppressions that silenced nothing, and those that name unknown rules.
    func unused(knownRules: Set<String>) -> [UnusedSuppression] {
        var result: [UnusedSuppression] = []
        for path in files.keys.sorted() {
            let file = files[path]!
            for (suppression, used) in zip(file.suppressions, file.used) where suppression.kind != .enable {
                if let unknown = suppression.rules.first(where: { !knownRules.contains($0) }) {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: unknown))
                } else if !used {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: nil))
                }
            }
        }
        return result
    }

    /// One file's suppressions, in comment order, and where to look for each line.
    private struct File {
        /// Ranges up to this many lines are listed under each line; longer ones (a whole
        /// file, a `disable` to the end) are few and looked at for every line.
        static let shortRange = 64

        let suppressions: [Suppression]
        var used: [Bool]
        private var byLine: [Int: [Int]] = [:]
        private var wide: [Int] = []

        init(_ suppressions: [Suppression]) {
            self.suppressions = suppressions
            used = Array(repeating: false, count: suppressions.count)
            for (index, suppression) in suppressions.enumerated() where suppression.kind != .enable {
                if suppression.lines.count <= Self.shortRange {
                    for line in suppression.lines { byLine[line, default: []].append(index) }
                } else {
                    wide.append(index)
                }
            }
        }

        /// The first suppression, in comment order, that covers `line` for one of `rules`,
        /// marked used.
        mutating func use(line: Int, rules: Set<String>, skippingCommentAt skipped: Int?) -> Suppression? {
            var best: Int?
            for index in (byLine[line] ?? []) + wide where best.map({ index < $0 }) ?? true {
                let suppression = suppressions[index]
                guard suppression.lines.contains(line), suppression.line != skipped,
                      suppression.rules.isEmpty || !rules.isDisjoint(with: suppression.rules) else { continue }
                best = index
            }
            guard let best else { return nil }
            used[best] = true
            return suppressions[best]
        }
    }
}
