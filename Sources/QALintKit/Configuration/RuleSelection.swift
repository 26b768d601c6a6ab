/// `--select` and `--ignore`: rules named on the command line, over whatever the
/// configurations (and their overrides) say. `--select` runs only the rules it names (a rule
/// that is off runs at its default severity); `--ignore` turns rules off. Both take rule ids
/// and `PACK/*`.
public struct RuleSelection: Sendable {
    public var select: [String]
    public var ignore: [String]

    public init(select: [String] = [], ignore: [String] = []) {
        self.select = select
        self.ignore = ignore
    }

    public var isEmpty: Bool { select.isEmpty && ignore.isEmpty }

    /// Every name must be a rule or a pack of `registry`; a typo is an error that says the
    /// nearest name.
    public func validate(against registry: RuleRegistry) throws {
        for (flag, names) in [("--select", select), ("--ignore", ignore)] {
            for name in names {
                if name.hasSuffix("/*") {
                    let pack = String(name.dropLast(2))
                    guard registry.packs.contains(pack) else {
                        throw QALintError("\(flag): unknown pack '\(pack)'\(suggestion(for: pack, in: registry.packs))")
                    }
                } else if registry.description(of: name) == nil {
                    throw QALintError("\(flag): unknown rule '\(name)'\(suggestion(for: name, in: registry.ids))")
                }
            }
        }
    }

    /// The configuration with the selection put over its rule levels.
    public func applied(to configuration: Configuration) -> Configuration {
        guard !isEmpty else { return configuration }
        var result = configuration
        for rule in configuration.registry.descriptions {
            var level = configuration.level(of: rule)
            if !select.isEmpty {
                if !select.contains(where: { Self.names(rule.id, $0) }) {
                    level = .off
                } else if level == .off {
                    level = .on(rule.defaultSeverity)
                }
            }
            if ignore.contains(where: { Self.names(rule.id, $0) }) { level = .off }
            result.rules[rule.id, default: RuleConfiguration(level: nil, options: configuration.options(of: rule))].level = level
        }
        return result
    }

    /// Whether `name` (an id or `PACK/*`) names the rule `id`.
    static func names(_ id: String, _ name: String) -> Bool {
        name.hasSuffix("/*") ? id.hasPrefix(name.dropLast()) : id == name
    }
}
