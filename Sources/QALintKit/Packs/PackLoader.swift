import Foundation
import QAMarkdown

/// Data a pack supplies to a Swift rule (`kind: phrase-list`, `for: placeholder-answer`).
public struct PackData: Sendable {
    /// The rule it is for.
    public var target: String
    public var kind: String
    public var file: String
    public var entries: [ConfigEntry]
}

/// What loading one pack folder gives.
struct LoadedPack {
    var name: String
    /// Where the pack came from, for errors: the configuration file and line that name it.
    var origin: String
    var originLine: Int?
    var rules: [RuleFactory]
    var data: [PackData]
}

/// Reads a declarative rule pack: a folder whose `*.yml` files each define a rule (id
/// `<pack>/<file name>`) of one of the kinds, or data for a Swift rule. Loading is
/// strict: a bad key, kind, scope, severity, pattern or example is an error with file and line.
enum PackLoader {
    /// The kinds of rule a pack file may define, each one Swift type.
    static let ruleKinds: [String: any PackRuleKind.Type] = [
        "existence": ExistenceRule.self,
        "metric": MetricRule.self,
        "required-sections": RequiredSectionsRule.self,
    ]
    /// Kinds of data for Swift rules, and the rule each is for.
    static let dataKinds: [String: String] = ["phrase-list": "placeholder-answer"]

    static func load(folder: String, namedIn file: String, line: Int) throws -> LoadedPack {
        switch FileKind(folder) {
        case .directory: break
        case .missing: throw QALintError(file: file, line: line, "pack folder '\(folder)' does not exist")
        default: throw QALintError(file: file, line: line, "'\(folder)' is not a folder: a pack is a folder of .yml rule files")
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
        let url = URL(fileURLWithPath: folder)
        var files: [(name: String, text: String)] = []
        for name in names {
            let path = url.appendingPathComponent(name).path
            files.append((name, try InputFile.text(path, what: "pack file", limit: InputFile.yamlLimit)))
        }
        let pack = url.standardizedFileURL.lastPathComponent
        var loaded = try load(pack: pack, files: files, builtin: false, directory: folder, origin: file)
        loaded.originLine = line
        return loaded
    }

    static func load(pack: String, files: [(name: String, text: String)], builtin: Bool,
                     directory: String? = nil, origin: String? = nil) throws -> LoadedPack {
        let folder = directory ?? "Rules/\(pack)"
        guard isKebabCase(pack) else {
            throw QALintError(file: origin ?? folder, "pack name '\(pack)' must be kebab-case (lower-case letters, digits and dashes)")
        }
        var rules: [RuleFactory] = []
        var data: [PackData] = []
        for (name, text) in files {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let base = (name as NSString).deletingPathExtension
            guard isKebabCase(base) else {
                throw QALintError(file: path, "rule file names must be kebab-case, as in short-answer.yml")
            }
            let reader = ConfigReader(file: path)
            let entries = try reader.mapping(try ConfigValue.parse(text, file: path), what: "a pack file")
            let kindEntry = try entries.first { $0.key == "kind" }
                ?? { throw QALintError(file: path, line: 1, "missing 'kind' (one of \(allKinds.joined(separator: ", ")))") }()
            let kind = try reader.string(kindEntry.value, what: "'kind'")
            if let target = dataKinds[kind] {
                try reader.checkKeys(entries, known: ["kind", "for"] + PlaceholderPhrases.keys, what: "key")
                // `for` names the one rule this kind of data is for; any other is a mistake.
                if let entry = entries.first(where: { $0.key == "for" }), try reader.string(entry.value, what: "'for'") != target {
                    throw QALintError(file: path, line: entry.line, "'for' of a \(kind) must be \(target), not '\(try reader.string(entry.value, what: "'for'"))'")
                }
                data.append(PackData(target: target, kind: kind, file: path, entries: entries))
                continue
            }
            guard let type = ruleKinds[kind] else {
                throw QALintError(file: path, line: kindEntry.value.line,
                                  "unknown kind '\(kind)'\(suggestion(for: kind, in: allKinds)) (valid: \(allKinds.joined(separator: ", ")))")
            }
            let definition = try PackRuleDefinition(id: "\(pack)/\(base)", pack: pack, entries: entries,
                                                    extraKeys: type.keys, scope: type.findingScope(entries), reader: reader)
            let rule = try type.init(definition: definition, entries: entries, reader: reader)
            rules.append(RuleFactory(description: rule.description) { _ in rule })
        }
        return LoadedPack(name: pack, origin: origin ?? folder, rules: rules, data: data)
    }

    static var allKinds: [String] { (Array(ruleKinds.keys) + Array(dataKinds.keys)).sorted() }

    static func isKebabCase(_ name: String) -> Bool {
        !name.isEmpty && name.first!.isLetter && name.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
            && name.allSatisfy(\.isASCII)
    }
}

/// A rule kind of declarative packs.
protocol PackRuleKind: DocumentRule {
    /// Keys this kind adds to the common ones.
    static var keys: [String] { get }
    /// Whether its findings are about questions or about the document.
    static func findingScope(_ entries: [ConfigEntry]) -> RuleScope
    init(definition: PackRuleDefinition, entries: [ConfigEntry], reader: ConfigReader) throws
}

extension PackRuleKind {
    /// Kinds with a `scope` key: findings on questions and answers are question-level.
    static func findingScope(_ entries: [ConfigEntry]) -> RuleScope {
        guard case .scalar(let name, _)? = entries.first(where: { $0.key == "scope" })?.value,
              let scope = TextScope(rawValue: name) else { return .document }
        return scope.findingScope
    }
}
