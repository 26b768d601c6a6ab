import Foundation

/// Writing reports so that readers never see half a file: the text goes to a temporary
/// file beside the target, which is then renamed over it. Missing folders are created.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw QALintError(file: path, "cannot create the folder \(directory.path)")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
            throw QALintError(file: path, "cannot write the file")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw QALintError(file: path, "cannot write the file (\(String(cString: strerror(errno))))")
        }
    }

    /// Appends to a file that another program owns (GitHub's step summary), creating it
    /// when missing. One write call, so the text lands whole.
    public static func append(_ text: String, to path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
        }() else {
            throw QALintError(file: path, "cannot append to the file")
        }
        defer { try? handle.close() }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw QALintError(file: path, "cannot append to the file")
        }
    }
}
