import Foundation
import QAMarkdown

/// Reads `.qalint.yml` files: follows `extends` (relative paths, cycles are errors), loads
/// `packs`, merges the files base-first and validates every key, rule and option, with
/// errors that name the file, the line and the nearest valid name.
///
/// Merging: a key in a file replaces the same key of the file it extends, except `rules`
/// (merged rule by rule, options option by option), and `packs` and `overrides` (added to).
enum ConfigurationLoader {
    /// One file of an `extends` chain.
    struct Layer {
        var file: String
        /// Absolute folder of the file: relative paths and patterns in it start there.
        var directory: String
        var entries: [ConfigEntry]
    }

    static func load(path: String) throws -> Configuration {
        try parse(try read(path, from: nil), file: path)
    }

    /// A configuration file found beside the files it lints, with the files found above it:
    /// the nearest `.qalint.yml` in each parent folder applies first, up to one that says
    /// `root: true` (or the top of the file system), and each nearer file overrides it as
    /// `extends` would.
    static func load(cascading path: String) throws -> Configuration {
        try build(try cascade(path), registry: .builtin)
    }

    private static func cascade(_ path: String) throws -> [Layer] {
        var chain: [String] = []
        var loaded = Set<String>()
        let own = try layers(try read(path, from: nil), file: path, chain: &chain, loaded: &loaded)
        let top = own.last?.entries.first { $0.key == "root" }
        if let top, try ConfigReader(file: path).boolean(top.value, what: "'root'") { return own }
        let folder = (absolute(path) as NSString).deletingLastPathComponent
        let parentFolder = (folder as NSString).deletingLastPathComponent
        guard parentFolder != folder, let parent = Configuration.discover(from: parentFolder) else { return own }
        let above = try cascade(relativeDisplayPath(parent))
        let seen = Set(above.map { absolute($0.file) })
        return above + own.filter { !seen.contains(absolute($0.file)) }
    }

    /// `registry` is where rule lookup starts (the built-in rules, or those of a pack
    /// under test); the configuration's `packs` are added to it.
    static func parse(_ yaml: String, file: String, registry: RuleRegistry = .builtin) throws -> Configuration {
        var chain: [String] = []
        var loaded = Set<String>()
        return try build(try layers(yaml, file: file, chain: &chain, loaded: &loaded), registry: registry)
    }

    /// How many files one configuration may bring in through `extends`.
    static let maximumFiles = 64

    /// The text of a configuration file; `reference` is the `extends` that names it.
    private static func read(_ path: String, from reference: (file: String, line: Int)?) throws -> String {
        do {
            return try InputFile.text(path, what: "configuration file", limit: InputFile.yamlLimit)
        } catch let error as QALintError {
            guard let reference else { throw error }
            throw QALintError(file: reference.file, line: reference.line, "cannot read the configuration file '\(path)': \(error.message)")
        }
    }

    private static func absolute(_ path: String) -> String {
        PathNormalizer.normalized(path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// The file and every file it extends, base first. A file extended twice (a diamond)
    /// is read once, where it is first reached: reading it again for every path that reaches
    /// it would multiply, seven files deep, into millions.
    private static func layers(_ yaml: String, file: String, chain: inout [String], loaded: inout Set<String>) throws -> [Layer] {
        let reader = ConfigReader(file: file)
        let entries = try reader.mapping(try ConfigValue.parse(yaml, file: file), what: "the configuration")
        try reader.checkKeys(entries, known: Configuration.keys, what: "key")
        let path = absolute(file)
        let directory = (path as NSString).deletingLastPathComponent
        loaded.insert(path)
        chain.append(path)
        defer { chain.removeLast() }
        var result: [Layer] = []
        if let extends = entries.first(where: { $0.key == "extends" }) {
            let bases: [(String, Int)]
            if case .scalar(let single, let line) = extends.value {
                bases = [(single, line)]
            } else {
                guard case .sequence(let items, _) = extends.value else {
                    throw QALintError(file: file, line: extends.line, "'extends' must be a file path or a list of them")
                }
                bases = try items.map { (try reader.string($0, what: "each entry of 'extends'"), $0.line) }
            }
            for (base, line) in bases {
                let basePath = base.hasPrefix("/") ? base : relativeDisplayPath(directory + "/" + base)
                if chain.contains(absolute(basePath)) {
                    let cycle = (chain + [absolute(basePath)]).map { relativeDisplayPath($0) }.joined(separator: " → ")
                    throw QALintError(file: file, line: line, "'extends' makes a cycle: \(cycle)")
                }
                guard !loaded.contains(absolute(basePath)) else { continue }
                guard loaded.count < maximumFiles else {
                    throw QALintError(file: file, line: line, "'extends' brings in more than \(maximumFiles) configuration files")
                }
                result += try layers(try read(basePath, from: (file, line)), file: basePath, chain: &chain, loaded: &loaded)
            }
        }
        result.append(Layer(file: file, directory: directory, entries: entries))
        return result
    }

    /// A path as short as it can be said from the current folder.
    private static func relativeDisplayPath(_ path: String) -> String {
        let normalized = PathNormalizer.normalized(path)
        let current = PathNormalizer.normalized(FileManager.default.currentDirectoryPath) + "/"
        return normalized.hasPrefix(current) ? String(normalized.dropFirst(current.count)) : normalized
    }

    private static func build(_ layers: [Layer], registry: RuleRegistry) throws -> Configuration {
        var configuration = Configuration()
        configuration.registry = registry
        configuration.file = layers.last?.file
        configuration.files = layers.reversed().map(\.file)
        // Packs first, from every file: the other keys name their rules.
        for readFirst in [true, false] {
            for layer in layers {
                for entry in layer.entries {
                    guard let key = ConfigurationKey.named(entry.key), key.readFirst == readFirst else { continue }
                    let setting = try key.read(entry.value, layer, configuration)
                    setting(&configuration)
                }
            }
        }
        // Building every rule decodes its options, so a bad option value fails here, at load.
        _ = try RuleSet(configuration: configuration)
        for index in configuration.overrides.indices {
            _ = try RuleSet(configuration: configuration.applying(overrides: [index]))
        }
        return configuration
    }

    /// A path written in `layer`, relative to its folder, as short as it can be said from
    /// the current folder.
    static func path(_ written: String, in layer: Layer) -> String {
        written.hasPrefix("/") ? written : relativeDisplayPath(layer.directory + "/" + written)
    }

    /// One of the cases of `Choice`, by name.
    static func choice<Choice: RawRepresentable & CaseIterable>(_ value: ConfigValue, _ type: Choice.Type, what: String,
                                                                 reader: ConfigReader) throws -> Choice where Choice.RawValue == String {
        let name = try reader.string(value, what: what)
        let names = Choice.allCases.map(\.rawValue)
        guard let choice = Choice(rawValue: name) else {
            throw QALintError(file: reader.file, line: value.line,
                              "unknown \(what) value '\(name)'\(suggestion(for: name, in: names)) (valid: \(names.joined(separator: ", ")))")
        }
        return choice
    }

    /// `min-completeness: 80`, or `{overall: 80, per-document: 50}`.
    static func minCompleteness(_ value: ConfigValue, reader: ConfigReader) throws -> (overall: Double?, perDocument: Double?) {
        func percent(_ value: ConfigValue, _ what: String) throws -> Double {
            try reader.percentage(value, what: what)
        }
        if case .scalar = value { return (try percent(value, "'min-completeness'"), nil) }
        let entries = try reader.mapping(value, what: "'min-completeness'")
        try reader.checkKeys(entries, known: ["overall", "per-document"], what: "key", of: " in 'min-completeness'")
        return (try entries.first { $0.key == "overall" }.map { try percent($0.value, "'overall'") },
                try entries.first { $0.key == "per-document" }.map { try percent($0.value, "'per-document'") })
    }

    /// `completeness: {suppressed: answered}`.
    static func completeness(_ value: ConfigValue, reader: ConfigReader) throws -> CompletenessSettings {
        let entries = try reader.mapping(value, what: "'completeness'")
        try reader.checkKeys(entries, known: ["suppressed", "thresholds"], what: "key", of: " in 'completeness'")
        var settings = CompletenessSettings()
        for entry in entries {
            switch entry.key {
            case "suppressed":
                settings.suppressed = try choice(entry.value, CompletenessSettings.Suppressed.self, what: "'suppressed'", reader: reader)
            default:
                guard case .sequence(let items, _) = entry.value, items.count == 2 else {
                    throw QALintError(file: reader.file, line: entry.value.line, "'thresholds' must be two percentages, [LOW, HIGH]: red below LOW, amber below HIGH")
                }
                let low = try reader.percentage(items[0], what: "'thresholds'"), high = try reader.percentage(items[1], what: "'thresholds'")
                guard low <= high else {
                    throw QALintError(file: reader.file, line: entry.value.line, "'thresholds' must be [LOW, HIGH] with LOW at most HIGH, not [\(YAMLText.number(low)), \(YAMLText.number(high))]")
                }
                settings.thresholds = CompletenessSettings.Thresholds(low: low, high: high)
            }
        }
        return settings
    }

    /// `structure: {question-level: 3, section-level: 2, layouts: [heading, details]}`.
    static func structure(_ value: ConfigValue, reader: ConfigReader) throws -> QADocumentReader.Structure {
        let entries = try reader.mapping(value, what: "'structure'")
        try reader.checkKeys(entries, known: ["question-level", "section-level", "layouts"], what: "key", of: " in 'structure'")
        var structure = QADocumentReader.Structure()
        for entry in entries {
            switch entry.key {
            case "question-level", "section-level":
                let level = try reader.integer(entry.value, what: "'\(entry.key)'", minimum: 1)
                guard level <= 6 else { throw QALintError(file: reader.file, line: entry.value.line, "'\(entry.key)' must be a heading level from 1 to 6") }
                if entry.key == "question-level" { structure.questionLevel = level } else { structure.sectionLevel = level }
            default:
                let names = QuestionLayout.allCases.map(\.rawValue)
                structure.layouts = try reader.strings(entry.value, what: "'layouts'").map { name in
                    guard let layout = QuestionLayout(rawValue: name) else {
                        throw QALintError(file: reader.file, line: entry.value.line,
                                          "unknown layout '\(name)'\(suggestion(for: name, in: names)) (valid: \(names.joined(separator: ", ")))")
                    }
                    return layout
                }
            }
        }
        return structure
    }

    static func globs(_ value: ConfigValue, what: String, layer: Layer) throws -> [Glob] {
        let patterns = try ConfigReader(file: layer.file).strings(value, what: what)
        if let (pattern, problem) = patterns.lazy.compactMap({ pattern in Glob.problem(pattern).map { (pattern, $0) } }).first {
            throw QALintError(file: layer.file, line: value.line, "pattern '\(pattern)' in \(what) \(problem)")
        }
        return patterns.map { Glob($0, base: layer.directory) }
    }

    /// `rules:` entries, with `pack/*` entries expanded to the pack's rules (they come
    /// first, so that a rule named on its own wins over its pack's wildcard).
    static func rules(_ value: ConfigValue, reader: ConfigReader, registry: RuleRegistry) throws -> [(String, RuleConfiguration)] {
        let entries = try reader.mapping(value, what: "'rules'")
        var result: [(String, RuleConfiguration)] = []
        for entry in entries where entry.key.hasSuffix("/*") {
            let pack = String(entry.key.dropLast(2))
            let members = registry.rules(inPack: pack)
            guard !members.isEmpty else {
                throw QALintError(file: reader.file, line: entry.line,
                                  "unknown pack '\(pack)'\(suggestion(for: pack, in: registry.packs)) (loaded: \(registry.packs.joined(separator: ", ")))")
            }
            guard case .scalar = entry.value else {
                throw QALintError(file: reader.file, line: entry.line, "'\(entry.key)' takes a level (off, info, warning, error), not options")
            }
            for rule in members { result.append((rule.id, try RuleConfiguration(entry, rule: rule, reader: reader))) }
        }
        for entry in entries where !entry.key.hasSuffix("/*") {
            guard let rule = registry.description(of: entry.key) else {
                throw QALintError(file: reader.file, line: entry.line,
                                  "unknown rule '\(entry.key)'\(suggestion(for: entry.key, in: registry.ids))")
            }
            result.append((rule.id, try RuleConfiguration(entry, rule: rule, reader: reader)))
        }
        return result
    }

    /// `overrides:` entries: `files` and the keys an override may set, each read into a
    /// setting as at the top level.
    static func overrides(_ value: ConfigValue, layer: Layer, configuration: Configuration) throws -> [Override] {
        let reader = ConfigReader(file: layer.file)
        guard case .sequence(let items, _) = value else {
            throw QALintError(file: layer.file, line: value.line, "'overrides' must be a list of {files: [...], rules: {...}}")
        }
        let keys = ConfigurationKey.all.filter(\.inOverrides)
        return try items.map { item in
            let entries = try reader.mapping(item, what: "an override")
            try reader.checkKeys(entries, known: ["files"] + keys.map(\.name), what: "key", of: " in an override")
            guard let files = entries.first(where: { $0.key == "files" }) else {
                throw QALintError(file: layer.file, line: item.line, "an override needs 'files' (a list of patterns)")
            }
            let settings = try entries.compactMap { entry -> Override.Setting? in
                guard let key = keys.first(where: { $0.name == entry.key }) else { return nil }
                return Override.Setting(key: entry.key, value: entry.value, apply: try key.read(entry.value, layer, configuration))
            }
            return Override(files: try globs(files.value, what: "'files'", layer: layer), settings: settings, file: layer.file, line: item.line)
        }
    }
}

extension Configuration {
    /// The configuration with the overrides at `indices` applied, in order.
    public func applying(overrides indices: [Int]) -> Configuration {
        var result = self
        for index in indices {
            for setting in overrides[index].settings { setting.apply(&result) }
        }
        result.overrides = []
        return result
    }
}
