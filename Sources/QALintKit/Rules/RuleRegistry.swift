import Foundation

/// Builds a rule from its settings.
public struct RuleFactory: Sendable {
    public var description: RuleDescription
    let make: @Sendable (RuleSettings) throws -> any Rule

    init(description: RuleDescription, make: @escaping @Sendable (RuleSettings) throws -> any Rule) {
        self.description = description
        self.make = make
    }

    init<R: BuiltinRule>(_ type: R.Type) {
        self.init(description: R.description) { try R(settings: $0) }
    }
}

/// Every rule a run knows: the Swift rules, the built-in packs compiled in from `Rules/`,
/// and the packs a configuration names. Also the data packs supply to Swift rules.
public struct RuleRegistry: Sendable {
    public private(set) var factories: [RuleFactory]
    /// Pack data by the rule it is for (`phrase-list` files for `placeholder-answer`).
    public private(set) var data: [String: [PackData]] = [:]
    /// Names of the loaded packs.
    public private(set) var packs: [String] = []

    /// The Swift rules, in the order `qalint rules` lists them.
    static let swiftRules: [RuleFactory] = [
        RuleFactory(PlaceholderAnswerRule.self),
        RuleFactory(EmptyAnswerRule.self),
        RuleFactory(DuplicateQuestionRule.self),
        RuleFactory(MissingSectionRule.self),
        RuleFactory(EmptySectionRule.self),
        RuleFactory(AnswerMarkerStyleRule.self),
        RuleFactory(SimilarQuestionRule.self),
        RuleFactory(DuplicateAnswerRule.self),
        RuleFactory(TocMismatchRule.self),
        RuleFactory(UnusedSuppressionRule.self),
        RuleFactory(ReadingLimitRule.self),
    ]

    /// The Swift rules and the built-in packs. The packs are compiled in and checked by the
    /// test suite, so loading them cannot fail in a released binary; `builtinError` tells
    /// a test if it did.
    public static let builtin: RuleRegistry = loadBuiltin().registry
    static let builtinError: QALintError? = loadBuiltin().error

    private static func loadBuiltin() -> (registry: RuleRegistry, error: QALintError?) {
        var registry = RuleRegistry(factories: swiftRules)
        do {
            for (pack, files) in BuiltinRulePacks.packs {
                try registry.add(try PackLoader.load(pack: pack, files: files, builtin: true))
            }
            return (registry, nil)
        } catch let error as QALintError {
            return (RuleRegistry(factories: swiftRules), error)
        } catch {
            return (RuleRegistry(factories: swiftRules), QALintError("\(error)"))
        }
    }

    private init(factories: [RuleFactory]) {
        self.factories = factories
    }

    /// Adds the pack in `folder` (its name is the folder's name; each `*.yml` is a rule or
    /// pack data).
    public func adding(packFolder folder: String, namedIn file: String, line: Int) throws -> RuleRegistry {
        var copy = self
        try copy.add(try PackLoader.load(folder: folder, namedIn: file, line: line))
        return copy
    }

    private mutating func add(_ pack: LoadedPack) throws {
        guard !packs.contains(pack.name) else {
            throw QALintError(file: pack.origin, line: pack.originLine, "a pack named '\(pack.name)' is already loaded (pack names must be unique)")
        }
        packs.append(pack.name)
        factories += pack.rules
        for item in pack.data { data[item.target, default: []].append(item) }
    }

    public var descriptions: [RuleDescription] { factories.map(\.description) }
    public var ids: [String] { factories.map(\.description.id) }

    public func description(of id: String) -> RuleDescription? {
        factories.first { $0.description.id == id }?.description
    }

    /// The rules of one pack.
    public func rules(inPack pack: String) -> [RuleDescription] {
        descriptions.filter { $0.pack == pack }
    }
}
