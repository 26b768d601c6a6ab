/// The suppression comments of every file, and which of them took effect.
struct SuppressionState {
    private var byPath: [String: [(suppression: Suppression, used: Bool)]]

    init(_ suppressions: [String: [Suppression]]) {
        byPath = suppressions.mapValues { $0.map { ($0, false) } }
    }

    /// The findings no suppression covers; the others go to `suppressed`, and their
    /// suppressions count as used. In an `audit` (findings about suppressions, located on
    /// their comment's line) a comment cannot silence the finding about itself.
    mutating func filter(_ findings: [Finding], suppressed: inout [SuppressedFinding], audit: Bool = false) -> [Finding] {
        var kept: [Finding] = []
        for finding in findings {
            guard let suppression = use(path: finding.path, where: { suppression in
                suppression.covers(finding) && !(audit && suppression.line == finding.range.startLine)
            }) else {
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
        use(path: path) { suppression in
            suppression.lines.contains(line) && (suppression.rules.isEmpty || !rules.isDisjoint(with: suppression.rules))
        } != nil
    }

    /// The first suppression of `path` (not an `enable`) that `matches`, marked used.
    private mutating func use(path: String, where matches: (Suppression) -> Bool) -> Suppression? {
        guard let index = byPath[path]?.firstIndex(where: { $0.suppression.kind != .enable && matches($0.suppression) }) else {
            return nil
        }
        byPath[path]![index].used = true
        return byPath[path]![index].suppression
    }

    /// Suppressions that silenced nothing, and those that name unknown rules.
    func unused(knownRules: Set<String>) -> [UnusedSuppression] {
        var result: [UnusedSuppression] = []
        for path in byPath.keys.sorted() {
            for (suppression, used) in byPath[path]! where suppression.kind != .enable {
                if let unknown = suppression.rules.first(where: { !knownRules.contains($0) }) {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: unknown))
                } else if !used {
                    result.append(UnusedSuppression(path: path, suppression: suppression, unknownRule: nil))
                }
            }
        }
        return result
    }
}
