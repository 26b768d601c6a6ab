import Foundation

/// `qalint lint -`: the document on standard input, read to its end but never past the
/// size of a Markdown file qalint reads (a larger input is an error, not a long wait).
public enum StandardInput {
    public static func read(name: String) throws -> Data {
        if isatty(STDIN_FILENO) != 0 {
            throw QALintError(file: name, "'lint -' reads the document from standard input, which is a terminal: pipe it in (cat FILE | qalint lint - --stdin-filename FILE)")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw QALintError(file: name, "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            if data.count > SourceFile.limit {
                throw QALintError(file: name, "standard input is larger than \(SourceFile.limit >> 20) MB, more than a Markdown file qalint reads")
            }
        }
    }
}
