import Foundation

/// Reading the files a run takes in — Markdown, configuration and pack files, baselines,
/// compared reports, shard files — the same careful way: only a regular file (a link to
/// one is followed), never a device, pipe or folder (`/dev/zero` as a configuration would
/// be read forever), and no larger than the limit its kind sets. Every refusal is one line
/// naming the file.
enum InputFile {
    /// The bytes of `path`; `what` names the kind in errors ("configuration file").
    static func read(_ path: String, what: String, limit: Int) throws -> Data {
        switch FileKind(path) {
        case .regular: break
        case .missing: throw QALintError(file: path, "no such \(what)")
        case .loop: throw QALintError(file: path, "is a loop of symbolic links")
        case .tooLong: throw QALintError(file: path, "is a path longer than the system takes")
        case .directory: throw QALintError(file: path, "is a folder, not a \(what)")
        case .other(let kind): throw QALintError(file: path, "is \(kind), not a \(what) qalint can read")
        case .link: break  // FileKind(path) follows links: not reached
        }
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > limit {
            throw QALintError(file: path, "is larger than \(limit / (1 << 20)) MB, more than a \(what) qalint reads")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QALintError(file: path, "cannot read the \(what) (permission denied?)")
        }
        guard data.count <= limit else {
            throw QALintError(file: path, "is larger than \(limit / (1 << 20)) MB, more than a \(what) qalint reads")
        }
        return data
    }

    /// The text of `path`, which must be UTF-8 (a configuration saved as Latin-1 by an
    /// editor is an error at the line and column of its first bad byte).
    static func text(_ path: String, what: String, limit: Int) throws -> String {
        try decode(try read(path, what: what, limit: limit), path: path, what: what)
    }

    /// UTF-8 text (a leading byte-order mark is dropped); invalid UTF-8 is an error at its
    /// line and column.
    static func decode(_ data: Data, path: String, what: String) throws -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error: break loop
            }
        }
        throw QALintError(file: path, line: line, column: column, "the \(what) is not valid UTF-8 text (save it as UTF-8)")
    }

    /// Limits by kind: configuration text is small; reports and shard files grow with the corpus.
    static let yamlLimit = 4 << 20
    static let jsonLimit = 2 << 30
}

