import Foundation

/// Decoding the JSON files qalint reads back (baselines, completeness reports, shard files)
/// with one-line errors: a syntax error names its line and column; a value of the wrong
/// type or a missing key names its path in the document (`entries[3].count`).
enum JSONFile {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, kind: String,
                                     decoder: JSONDecoder = JSONDecoder()) throws -> T {
        let value: T
        do {
            value = try decoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error, data: data, path: path, kind: kind)
        }
        // The decoder keeps one of two equal keys without a word; a hand-edited file that
        // repeats "entries" would lose one of them.
        if let duplicate = JSONScan(data).firstDuplicateKey() {
            throw QALintError(file: path, line: duplicate.line, column: duplicate.column,
                              "not \(kind): the key '\(duplicate.key.prefix(60))' is given twice in one object")
        }
        return value
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
        guard let offset else {
            // Valid JSON the decoder refused: a number that does not fit its field (1.5 or
            // 2^64 for a count). Say which.
            if reason == "not valid JSON", let number = JSONScan(data).firstNumberOutOfRange() {
                return QALintError(file: path, line: number.line, column: number.column,
                                   "not \(kind): '\(number.key)' must be a whole number, not \(number.text.prefix(40))")
            }
            return QALintError(file: path, "\(String(reason.prefix(200))) (not \(kind))")
        }
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

/// A pass over JSON text that knows where everything stands: for the checks the decoder
/// does not make (repeated keys) and the places it does not give (a number out of range).
struct JSONScan {
    struct Place {
        var key: String
        var text: String
        var line: Int
        var column: Int
    }

    /// Keys whose values are fractions in qalint's files: every other number is a count or
    /// an index, a whole number.
    static let fractionKeys: Set<String> = [
        "answeredPercent", "answeredPercentBefore", "answeredPercentAfter", "answeredPercentChange", "minimumSimilarity",
    ]
    /// Keys whose values are 64-bit hashes (unsigned).
    static let hashKeys: Set<String> = ["answerDigest", "templateKey", "exact", "prompt"]

    private let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    func firstDuplicateKey() -> Place? {
        var result: Place?
        walk { event in
            if case .duplicate(let place) = event { result = place; return false }
            return true
        }
        return result
    }

    /// The first number that is not a whole number in Int's range, where a whole number is
    /// expected.
    func firstNumberOutOfRange() -> Place? {
        var result: Place?
        walk { event in
            if case .number(let place) = event, !Self.fractionKeys.contains(place.key),
               Self.hashKeys.contains(place.key) ? UInt64(place.text) == nil : Int(place.text) == nil {
                result = place
                return false
            }
            return true
        }
        return result
    }

    private enum Event {
        case duplicate(Place)
        case number(Place)
    }

    /// Reads the text once, calling `visit` for repeated keys and numbers until it returns
    /// false. Malformed text simply ends the walk (the decoder has said what is wrong).
    private func walk(_ visit: (Event) -> Bool) {
        var index = 0, line = 1, lineStart = 0
        // For each open object, the keys seen; for each open container, whether it is an object.
        var keys: [Set<String>] = []
        var isObject: [Bool] = []
        var lastKey = ""
        var expectingKey = false
        func column(_ position: Int) -> Int { position - lineStart + 1 }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
                index += 1
            case UInt8(ascii: "{"):
                keys.append([])
                isObject.append(true)
                expectingKey = true
                index += 1
            case UInt8(ascii: "["):
                isObject.append(false)
                expectingKey = false
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if isObject.popLast() == true { keys.removeLast() }
                expectingKey = false
                index += 1
            case UInt8(ascii: ","):
                expectingKey = isObject.last == true
                index += 1
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                var text: [UInt8] = []
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { text.append(bytes[index]); index += 1 }
                    if index < bytes.count { text.append(bytes[index]) }
                    index += 1
                }
                index += 1
                if expectingKey {
                    let key = String(decoding: text, as: UTF8.self)
                    lastKey = key
                    if !keys.isEmpty, !keys[keys.count - 1].insert(key).inserted,
                       !visit(.duplicate(Place(key: key, text: key, line: line, column: column(start)))) { return }
                    expectingKey = false
                }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let start = index
                while index < bytes.count, "+-.eE0123456789".utf8.contains(bytes[index]) { index += 1 }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                if !visit(.number(Place(key: lastKey, text: text, line: line, column: column(start)))) { return }
            default:
                index += 1
            }
        }
    }
}
