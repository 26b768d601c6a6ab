import Foundation

/// A JSON file qalint writes and reads back (a baseline, a completeness report): it carries a
/// format version, and reading it gives one clear error naming the file when it is missing,
/// is not that kind of file, or is of another version.
public protocol VersionedJSONFile: Decodable {
    static var formatVersion: Int { get }
    /// What the file is, for errors: "a qalint baseline".
    static var fileKind: String { get }
    /// The error when the file cannot be read: "cannot read the baseline (…)".
    static var unreadable: String { get }
    var version: Int { get }
}

extension VersionedJSONFile {
    public static func read(path: String) throws -> Self {
        guard let data = FileManager.default.contents(atPath: path) else { throw QALintError(file: path, unreadable) }
        let value: Self
        do {
            value = try JSONDecoder().decode(Self.self, from: data)
        } catch {
            throw QALintError(file: path, "not \(fileKind) (\(error.localizedDescription))")
        }
        guard value.version == formatVersion else {
            throw QALintError(file: path, "\(fileKind) of format version \(value.version), not \(formatVersion)")
        }
        return value
    }
}
