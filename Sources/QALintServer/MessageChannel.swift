import Foundation

/// JSON-RPC messages framed as the Language Server Protocol frames them: `Content-Length`
/// headers, a blank line, the JSON body. Reads from a file descriptor (standard input),
/// writes to another (standard output); bounded, so a lying header cannot exhaust memory.
final class MessageChannel {
    private let input: Int32
    private let output: Int32
    private var buffer: [UInt8] = []
    /// The largest message taken (an open 5,000-line document is well under it).
    static let limit = 64 << 20

    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    enum Received {
        case message([String: Any])
        /// A frame whose body is not a JSON object: answered with a parse error.
        case malformed(String)
    }

    /// The next message; nil at the end of input.
    func next() -> Received? {
        while true {
            if let separator = headerEnd() {
                let header = String(decoding: buffer[..<separator], as: UTF8.self)
                let length = header.split(separator: "\r\n").compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingCharacters(in: .whitespaces))
                }.first
                guard let length, length >= 0, length <= Self.limit else {
                    buffer.removeFirst(separator + 4)
                    return .malformed("a header without a valid Content-Length")
                }
                while buffer.count < separator + 4 + length {
                    guard fill() else { return nil }
                }
                let body = Data(buffer[(separator + 4)..<(separator + 4 + length)])
                buffer.removeFirst(separator + 4 + length)
                guard let object = try? JSONSerialization.jsonObject(with: body), let message = object as? [String: Any] else {
                    return .malformed("a body that is not a JSON object")
                }
                return .message(message)
            }
            guard buffer.count <= 64 << 10 else {
                buffer.removeAll()
                return .malformed("a header longer than 64 KB")
            }
            guard fill() else { return nil }
        }
    }

    /// Whether another message has already arrived (or part of one): the server lints only
    /// once a burst of changes is over.
    var hasPending: Bool {
        if !buffer.isEmpty { return true }
        var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    func send(_ message: [String: Any]) {
        guard let body = try? JSONSerialization.data(withJSONObject: message, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        var frame = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(body)
        frame.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(output, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Reads what is available into the buffer; false at the end of input.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }
}
