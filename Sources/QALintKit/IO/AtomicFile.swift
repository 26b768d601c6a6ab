import Foundation

/// Writing reports so that readers never see half a file: the text goes to a temporary
/// file beside the target, which is then renamed over it. Missing folders are created.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        var stream = try Stream(path: path)
        stream.write(text)
        try stream.commit()
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

    /// A report being written: text is buffered into the temporary file as it comes, so a
    /// large report is never held whole in memory; `commit` renames it into place.
    public struct Stream: TextOutputStream {
        private let path: String
        private let temporary: String
        private let descriptor: Int32
        private var buffer: [UInt8] = []
        private var failed = false

        public init(path: String) throws {
            let url = URL(fileURLWithPath: path)
            let directory = url.deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw QALintError(file: path, "cannot create the folder \(directory.path)")
            }
            self.path = path
            temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { throw QALintError(file: path, "cannot write the file") }
            buffer.reserveCapacity(1 << 20)
        }

        public mutating func write(_ string: String) {
            buffer.append(contentsOf: string.utf8)
            if buffer.count >= 1 << 20 { flush() }
        }

        private mutating func flush() {
            guard !failed else { buffer.removeAll(keepingCapacity: true); return }
            var offset = 0
            while offset < buffer.count {
                let written = buffer.withUnsafeBytes { bytes in
                    Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                }
                if written <= 0 { failed = true; break }
                offset += written
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Finishes the file and renames it into place; on failure nothing is left behind.
        public mutating func commit() throws {
            flush()
            let closed = close(descriptor) == 0
            guard !failed, closed, rename(temporary, path) == 0 else {
                unlink(temporary)
                throw QALintError(file: path, "cannot write the file")
            }
        }
    }
}

/// Standard output with a buffer, for reports printed to the terminal or a pipe.
public struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []

    public init() {}

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
