import Yams

/// A YAML value with the line it stands on, so that every configuration error can name it.
public indirect enum ConfigValue: Sendable, Hashable {
    case scalar(String, line: Int)
    case sequence([ConfigValue], line: Int)
    case mapping([ConfigEntry], line: Int)
    case null(line: Int)

    public var line: Int {
        switch self {
        case .scalar(_, let line), .sequence(_, let line), .mapping(_, let line), .null(let line): line
        }
    }

    /// Parses YAML text; `file` names it in errors.
    static func parse(_ yaml: String, file: String) throws -> ConfigValue {
        do {
            try YAMLAnchors.check(yaml, file: file)
            guard let node = try Yams.compose(yaml: yaml) else { return .null(line: 1) }
            return try ConfigValue(node, file: file)
        } catch let error as QALintError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: file, lines: yaml.split(separator: "\n", omittingEmptySubsequences: false).count)
        }
    }

    private init(_ node: Node, file: String) throws {
        let line = node.mark?.line ?? 1
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            self = isNull ? .null(line: line) : .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            self = .sequence(try sequence.map { try ConfigValue($0, file: file) }, line: line)
        case .mapping(let mapping):
            var entries: [ConfigEntry] = []
            // Yams rejects duplicate keys itself (YamlError.duplicatedKeysInMapping).
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw QALintError(file: file, line: key.mark?.line ?? line, "keys must be plain names")
                }
                entries.append(ConfigEntry(key: keyScalar.string, line: key.mark?.line ?? line,
                                           value: try ConfigValue(value, file: file), file: file))
            }
            self = .mapping(entries, line: line)
        case .alias:
            throw QALintError(file: file, line: line, "YAML anchors and aliases (&name, *name) are not supported: write the value out")
        }
    }

    /// libyaml places errors found at the end of input one line past the last; `lines` clamps that.
    private static func describe(_ error: YamlError, file: String, lines: Int) -> QALintError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return QALintError(file: file, line: min(mark.line, max(lines, 1)), "invalid YAML: \(problem)")
        case .reader(let problem, let offset, _, let yaml):
            // The offset counts bytes; the line is where the offending byte stands.
            let line = offset.map { offset in yaml.utf8.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            return QALintError(file: file, line: line, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return QALintError(file: file, line: context.mark.line, "key '\(duplicates.joined(separator: "', '"))' is given twice")
        default:
            return QALintError(file: file, "invalid YAML: \(error)")
        }
    }
}

/// `key: value` in a YAML mapping, with the key's line and file.
public struct ConfigEntry: Sendable, Hashable {
    public var key: String
    public var line: Int
    public var value: ConfigValue
    public var file: String
}

/// Typed reading of configuration values, with errors that name file, line and what was
/// expected.
struct ConfigReader {
    let file: String

    func mapping(_ value: ConfigValue, what: String) throws -> [ConfigEntry] {
        switch value {
        case .mapping(let entries, _): return entries
        case .null: return []
        default: throw QALintError(file: file, line: value.line, "\(what) must be a mapping of names to values")
        }
    }

    func string(_ value: ConfigValue, what: String) throws -> String {
        guard case .scalar(let string, _) = value else {
            throw QALintError(file: file, line: value.line, "\(what) must be a single value")
        }
        return string
    }

    /// A list of non-blank strings: a blank entry matches everything or nothing (an empty
    /// phrase is in every answer, an empty section title in no document), never what was meant.
    func strings(_ value: ConfigValue, what: String) throws -> [String] {
        switch value {
        case .sequence(let items, _):
            return try items.map { item in
                let text = try string(item, what: "each entry of \(what)")
                guard !text.allSatisfy(\.isWhitespace) else {
                    throw QALintError(file: file, line: item.line, "an entry of \(what) is empty")
                }
                return text
            }
        case .null: return []
        default: throw QALintError(file: file, line: value.line, "\(what) must be a list, e.g. [a, b]")
        }
    }

    func boolean(_ value: ConfigValue, what: String) throws -> Bool {
        guard case .scalar(let string, _) = value, let flag = ["true": true, "false": false][string.lowercased()] else {
            throw QALintError(file: file, line: value.line, "\(what) must be true or false")
        }
        return flag
    }

    func integer(_ value: ConfigValue, what: String, minimum: Int, maximum: Int? = nil) throws -> Int {
        guard case .scalar(let string, _) = value, let number = Int(string) else {
            throw QALintError(file: file, line: value.line, "\(what) must be a whole number")
        }
        guard number >= minimum else {
            throw QALintError(file: file, line: value.line, "\(what) must be at least \(minimum)")
        }
        if let maximum, number > maximum {
            throw QALintError(file: file, line: value.line, "\(what) must be at most \(maximum)")
        }
        return number
    }

    /// A percentage from 0 to 100 (`NumericInput.percentage`).
    func percentage(_ value: ConfigValue, what: String) throws -> Double {
        guard case .scalar(let text, _) = value else {
            throw QALintError(file: file, line: value.line, "\(what) must be a percentage from 0 to 100")
        }
        return try NumericInput.percentage(text, what: what, file: file, line: value.line)
    }

    /// Rejects keys not in `known`, naming the nearest valid one.
    func checkKeys(_ entries: [ConfigEntry], known: [String], what: String, of owner: String = "") throws {
        for entry in entries where !known.contains(entry.key) {
            let valid = known.isEmpty ? "it takes none" : "valid: \(known.joined(separator: ", "))"
            throw QALintError(file: file, line: entry.line,
                              "unknown \(what) '\(entry.key)'\(owner)\(suggestion(for: entry.key, in: known)) (\(valid))")
        }
    }
}
