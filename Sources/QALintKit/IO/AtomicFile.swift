import Foundation

/// Writing reports so that readers never see half a file: the text goes to a temporary
/// file beside the target, which is then renamed over it. Missing folders are created. A
/// run stopped by a signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
/// SIGVTALRM, SIGPROF) removes the temporary file it was writing.
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
        private var error: Int32 = 0

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
            TemporaryFiles.add(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let reason = Self.reason(errno)
                TemporaryFiles.remove(temporary)
                throw QALintError(file: path, "cannot write the file (\(reason))")
            }
            buffer.reserveCapacity(1 << 20)
        }

        public mutating func write(_ string: String) {
            buffer.append(contentsOf: string.utf8)
            if buffer.count >= 1 << 20 { flush() }
        }

        private mutating func flush() {
            guard error == 0 else { buffer.removeAll(keepingCapacity: true); return }
            error = writeAll(buffer, to: descriptor)
            buffer.removeAll(keepingCapacity: true)
        }

        /// Finishes the file and renames it into place; on failure nothing is left behind.
        public mutating func commit() throws {
            flush()
            if close(descriptor) != 0 && error == 0 { error = errno }
            if error == 0 && rename(temporary, path) != 0 { error = errno }
            if error != 0 { unlink(temporary) }
            TemporaryFiles.remove(temporary)
            guard error == 0 else { throw QALintError(file: path, "cannot write the file (\(Self.reason(error)))") }
        }

        static func reason(_ code: Int32) -> String {
            String(cString: strerror(code)).lowercased()
        }
    }
}

/// Standard output with a buffer, for reports printed to the terminal or a pipe. Write
/// errors are kept, not ignored: `finish` throws them, except a closed pipe (`qalint … |
/// head`), which ends the output quietly, as grep and ripgrep do.
public struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []
    private var error: Int32 = 0

    public init() {}

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public mutating func flush() {
        if error == 0 { error = writeAll(buffer, to: STDOUT_FILENO) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, and throws a write error other than a closed pipe.
    public mutating func finish() throws {
        flush()
        guard error == 0 || error == EPIPE else {
            throw QALintError(file: "standard output", "cannot write (\(AtomicFile.Stream.reason(error)))")
        }
    }

    /// Writes `text` to standard output at once.
    public static func print(_ text: String) throws {
        var stream = StandardOutputStream()
        stream.write(text)
        try stream.finish()
    }
}

/// Writes every byte; returns 0, or the `errno` of the write that failed.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return 0
    }
}

/// The temporary files being written, removed by a signal that stops the run. A signal
/// handler may only call async-signal-safe functions, so the paths are kept as C strings
/// in fixed slots, set and cleared by the (single) thread that writes reports.
enum TemporaryFiles {
    private static let capacity = 8
    nonisolated(unsafe) private static var slots = [UnsafeMutablePointer<CChar>?](repeating: nil, count: capacity)
    nonisolated(unsafe) private static var handled = false

    static func add(_ path: String) {
        installHandlers()
        guard let index = slots.firstIndex(where: { $0 == nil }) else { return }
        slots[index] = strdup(path)
    }

    static func remove(_ path: String) {
        guard let index = slots.firstIndex(where: { $0.map { String(cString: $0) } == path }) else { return }
        let pointer = slots[index]
        slots[index] = nil
        free(pointer)
    }

    private static func installHandlers() {
        guard !handled else { return }
        handled = true
        // Every signal whose default is to end the process. One the parent set to be
        // ignored (`nohup` ignores SIGHUP) stays ignored: it would not have stopped the run.
        // One it blocked (the mask is inherited) is unblocked: a run asked to stop must
        // stop, and clean up.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        for signal in stoppingSignals {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else { continue }  // SIG_DFL is nil
            sigaddset(&stopping, signal)
            Foundation.signal(signal) { received in
                TemporaryFiles.unlinkAll()
                Foundation.signal(received, SIG_DFL)
                raise(received)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
    }

    static let stoppingSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF]

    private static func unlinkAll() {
        slots.withUnsafeBufferPointer { buffer in
            for pointer in buffer { if let pointer { unlink(pointer) } }
        }
    }
}
