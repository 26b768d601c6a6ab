import Foundation

/// Reading a Markdown file, with errors that name the file (and the line, for bad UTF-8).
enum SourceFile {
    static func read(path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw QALintError(file: path, "no such file")
            }
            throw QALintError(file: path, isDirectory.boolValue ? "is a directory" : "cannot read the file (permission denied?)")
        }
        return try decode(data, path: path)
    }

    /// UTF-8 text (a leading byte-order mark is dropped); invalid UTF-8 is an error at its line.
    static func decode(_ data: Data, path: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw QALintError(file: path, line: line, "the file is not valid UTF-8 text")
    }
}
