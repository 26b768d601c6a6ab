/// Groups items that are pairwise similar (transitively), for rules that report a
/// near-duplicate group once with all its places.
struct SimilarityGroups {
    private var parent: [Int]
    /// The best score seen for each item's link into its group.
    private(set) var scores: [Int: Double] = [:]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func link(_ a: Int, _ b: Int, score: Double) {
        let rootA = find(a), rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
        scores[a] = max(scores[a] ?? 0, score)
        scores[b] = max(scores[b] ?? 0, score)
    }

    private mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var current = item
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    /// Groups of two or more, each sorted, in order of their first member.
    mutating func groups() -> [[Int]] {
        var members: [Int: [Int]] = [:]
        for item in scores.keys { members[find(item), default: []].append(item) }
        return members.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}

/// A place in the corpus a similarity finding names.
struct SimilarPlace {
    var path: String
    var line: Int
    var text: String

    func location() -> Location { Location(path: path, line: line) }
}

/// "line 12", "other.md:12", for lists of places in messages.
func describe(_ places: [SimilarPlace], from path: String, limit: Int = 5) -> String {
    let shown = places.prefix(limit).map { $0.location().description(from: path) }.joined(separator: ", ")
    return places.count > limit ? "\(shown) and \(places.count - limit) more" : shown
}

/// The `min-similarity` and `scope` options of the similarity rules, as each file's
/// signature carries them (overrides may set them per file).
public struct SimilaritySettings: Sendable, Codable {
    /// 0…1.
    var minimumSimilarity: Double
    /// Compare only within the file.
    var documentScope: Bool

    enum Scope: String, CaseIterable, Sendable { case corpus, document }

    /// `min-similarity`, in percent, from `minimum` to 100; 80 by default.
    static func minSimilarity(minimum: Int, summary: String) -> RuleOption<Int> {
        .integer("min-similarity", default: 80, minimum: minimum, maximum: 100, summary: summary)
    }

    /// `scope`: compare across all linted documents, or only within each.
    static func scope(_ what: String) -> RuleOption<Scope> {
        .choice("scope", default: .corpus, summary: "Compare \(what) across all linted documents, or only within each document.")
    }

    init(minSimilarity: RuleOption<Int>, scope: RuleOption<Scope>, options: RuleOptions) throws {
        minimumSimilarity = Double(try minSimilarity.value(in: options)) / 100
        documentScope = try scope.value(in: options) == .document
    }
}

/// Which items are compared together: the items of files with `scope: document` within
/// their file, all the others in one run.
func comparisonRuns(count: Int, path: (Int) -> String, documentScope: (Int) -> Bool) -> [[Int]] {
    // The corpus run first, then each file's own in path order (most files have none).
    var corpus: [Int] = []
    corpus.reserveCapacity(count)
    var files: [String: [Int]] = [:]
    for index in 0..<count {
        if documentScope(index) { files[path(index), default: []].append(index) } else { corpus.append(index) }
    }
    return (corpus.isEmpty ? [] : [corpus]) + files.keys.sorted().map { files[$0]! }
}

/// A group as a finding presents it: reported at its second place (the first later
/// copy), naming the first and the rest.
struct ReportedGroup {
    let places: [SimilarPlace]
    /// The member the finding is on.
    let reported: Int

    /// The member a group's finding is on: its second.
    static func reported(of members: [Int]) -> Int { members[1] }
    /// Every place but the reported one, the first one first.
    let others: [SimilarPlace]

    init(members: [Int], place: (Int) -> SimilarPlace) {
        places = members.map(place)
        reported = Self.reported(of: members)
        others = places.enumerated().filter { $0.offset != 1 }.map(\.element)
    }
}
