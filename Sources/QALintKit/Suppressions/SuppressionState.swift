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

    /// One file's suppressions, in comment order, and where to look for each line: short
    /// ranges listed under every line they cover; wide ones (to the end of a `disable`, a
    /// long question) in lists by rule, sorted by their first line, searched in logarithmic
    /// time; whole-file ones by rule, the first only (it is always the one that applies).
    /// 50,000 `qalint-disable` comments made a linear scan per finding quadratic.
    private struct File {
        /// Ranges up to this many lines are listed under each line.
        static let shortRange = 64

        let suppressions: [Suppression]
        var used: [Bool]
        private var byLine: [Int: [Int]] = [:]
        /// By rule ("" for comments that name none): the first whole-file suppression.
        private var wholeFile: [String: Int] = [:]
        /// By rule: wide ranges, one list per kind of comment, each in comment order, which is
        /// also the order of their first lines.
        private var wide: [String: [WideRanges]] = [:]

        init(_ suppressions: [Suppression]) {
            self.suppressions = suppressions
            used = Array(repeating: false, count: suppressions.count)
            var lists: [String: [Suppression.Kind: [Int]]] = [:]
            for (index, suppression) in suppressions.enumerated() where suppression.kind != .enable {
                let keys = suppression.rules.isEmpty ? [""] : suppression.rules
                if suppression.kind == .disableFile {
                    for key in keys where wholeFile[key] == nil { wholeFile[key] = index }
                } else if suppression.lines.count <= Self.shortRange {
                    for line in suppression.lines { byLine[line, default: []].append(index) }
                } else {
                    for key in keys { lists[key, default: [:]][suppression.kind, default: []].append(index) }
                }
            }
            wide = lists.mapValues { byKind in byKind.values.map { WideRanges($0, suppressions) } }
        }

        /// The first suppression, in comment order, that covers `line` for one of `rules`,
        /// marked used; one whose comment stands on `skipped` does not count.
        mutating func use(line: Int, rules: Set<String>, skippingCommentAt skipped: Int?) -> Suppression? {
            var best: Int?
            func consider(_ index: Int?) {
                if let index, best.map({ index < $0 }) ?? true { best = index }
            }
            for index in byLine[line] ?? [] {
                let suppression = suppressions[index]
                if suppression.line != skipped, suppression.rules.isEmpty || !rules.isDisjoint(with: suppression.rules) { consider(index) }
            }
            for key in [""] + rules.sorted() {
                if let index = wholeFile[key], suppressions[index].line != skipped { consider(index) }
                for ranges in wide[key] ?? [] { consider(ranges.first(covering: line, skipping: skipped, suppressions)) }
            }
            guard let best else { return nil }
            used[best] = true
            return suppressions[best]
        }
    }
}

/// Wide suppression ranges whose first lines rise with their comment order, with a tree of
/// the furthest last line under each node: the first range that covers a line is found by
/// descending the tree, in logarithmic time.
private struct WideRanges {
    let indices: [Int]
    let starts: [Int]
    private let size: Int
    private let furthest: [Int]

    init(_ indices: [Int], _ suppressions: [Suppression]) {
        self.indices = indices
        starts = indices.map { suppressions[$0].lines.lowerBound }
        var size = 1
        while size < indices.count { size *= 2 }
        self.size = size
        var tree = [Int](repeating: Int.min, count: 2 * size)
        for (position, index) in indices.enumerated() { tree[size + position] = suppressions[index].lines.upperBound }
        for node in stride(from: size - 1, to: 0, by: -1) { tree[node] = max(tree[2 * node], tree[2 * node + 1]) }
        furthest = tree
    }

    /// The index of the first range that starts at or before `line` and ends at or after it,
    /// whose comment is not on `skipped`.
    func first(covering line: Int, skipping skipped: Int?, _ suppressions: [Suppression]) -> Int? {
        // Ranges that start after `line` come after those that start before it.
        var low = 0, high = starts.count
        while low < high { let middle = (low + high) / 2; if starts[middle] <= line { low = middle + 1 } else { high = middle } }
        var from = 0
        while let position = first(atLeast: line, from: from, before: low, node: 1, nodeLow: 0, nodeHigh: size) {
            if suppressions[indices[position]].line != skipped { return indices[position] }
            from = position + 1
        }
        return nil
    }

    private func first(atLeast value: Int, from: Int, before limit: Int, node: Int, nodeLow: Int, nodeHigh: Int) -> Int? {
        guard nodeLow < limit, nodeHigh > from, furthest[node] >= value else { return nil }
        if nodeHigh - nodeLow == 1 { return nodeLow }
        let middle = (nodeLow + nodeHigh) / 2
        return first(atLeast: value, from: from, before: limit, node: 2 * node, nodeLow: nodeLow, nodeHigh: middle)
            ?? first(atLeast: value, from: from, before: limit, node: 2 * node + 1, nodeLow: middle, nodeHigh: nodeHigh)
    }
}
