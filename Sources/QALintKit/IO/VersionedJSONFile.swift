import Foundation

/// A JSON file qalint writes and reads back (a baseline, a completeness report): it carries a
/// format version, and reading it gives one clear error naming the file (and the line and
/// column of a syntax error) when it is missing, is not that kind of file, is of another
/// version, or holds values out of range.
public protocol VersionedJSONFile: Decodable {
    static var formatVersion: Int { get }
    /// What the file is, for errors: "a qalint baseline".
    static var fileKind: String { get }
    /// The error when the file cannot be read: "cannot read the baseline (…)".
    static var unreadable: String { get }
    var version: Int { get }
    /// The value with its numbers checked (`NumericInput`), or a one-line error.
    func validated(file: String) throws -> Self
}

extension VersionedJSONFile {
    public static func read(path: String) throws -> Self {
        guard FileKind(path) != .missing else { throw QALintError(file: path, unreadable) }
        let data = try InputFile.read(path, what: "file", limit: InputFile.jsonLimit)
        let value = try JSONFile.decode(Self.self, from: data, path: path, kind: fileKind)
        guard value.version == formatVersion else {
            throw QALintError(file: path, "\(fileKind) of format version \(value.version), not \(formatVersion)")
        }
        return try value.validated(file: path)
    }
}
