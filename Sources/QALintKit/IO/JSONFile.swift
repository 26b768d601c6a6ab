import Foundation

/// Decoding the JSON files qalint reads back (baselines, completeness reports, shard files)
/// with one-line errors: a syntax error names its line and column; a value of the wrong
/// type or a missing key names its path in the document (`entries[3].count`).
enum JSONFile {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, kind: String,
                                     decoder: JSONDecoder = JSONDecoder()) throws -> T {
        do {
            return try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path, kind: kind)
        }
    }

    static func describe(_ error: DecodingError, data: Data, path: String, kind: String) -> QALintError {
        func at(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "" : " at \(text)"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return QALintError(file: path, "not \(kind): expected \(name(of: type))\(at(context.codingPath))")
        case .valueNotFound(let type, let context):
            return QALintError(file: path, "not \(kind): \(name(of: type)) missing\(at(context.codingPath))")
        case .keyNotFound(let key, let context):
            return QALintError(file: path, "not \(kind): '\(key.stringValue)' missing\(at(context.codingPath))")
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return QALintError(file: path, "not \(kind): \(context.debugDescription)\(at(context.codingPath))")
        default:
            return syntaxError(in: data, path: path, kind: kind)
        }
    }

    /// Where the JSON breaks, found with JSONSerialization (which says "around character N").
    private static func syntaxError(in data: Data, path: String, kind: String) -> QALintError {
        var reason = "not valid JSON"
        var offset: Int?
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            if let range = detail.range(of: "character "), let number = Int(detail[range.upperBound...].prefix { $0.isNumber }) {
                offset = number
            } else if detail.contains("end of file") || data.isEmpty {
                offset = data.count
                reason = "not valid JSON: it ends too early"
            } else if !detail.isEmpty {
                reason = "not valid JSON: \(detail.trimmingCharacters(in: CharacterSet(charactersIn: ".")))"
            }
        }
        guard let offset else { return QALintError(file: path, "\(reason) (not \(kind))") }
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return QALintError(file: path, line: line, column: column, "\(reason) (not \(kind))")
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is Int.Type, is UInt64.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
