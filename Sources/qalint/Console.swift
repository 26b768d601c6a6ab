import Foundation
import QALintKit

/// What the command line prints outside the lint reports: text on standard output (write
/// errors thrown, a closed pipe quiet) and lines on standard error, both made safe for a
/// terminal (file names and configuration text may hold escape sequences).
enum Console {
    /// Text for standard output: rule help, an effective configuration, an inspection, a
    /// report. Lines and tabs are kept; any other control or bidirectional character (a
    /// pack's message, a section title) is shown escaped, never sent to the terminal.
    static func out(_ text: String) throws {
        try StandardOutputStream.print(TerminalText.safeLines(text))
    }

    /// Lines for standard error. A standard error that cannot be written is ignored: there
    /// is nowhere left to say so.
    static func error(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let text = lines.map(TerminalText.safe).joined(separator: "\n") + "\n"
        text.utf8CString.withUnsafeBytes { bytes in
            var offset = 0
            let count = bytes.count - 1  // without the terminating NUL
            while offset < count {
                let written = write(STDERR_FILENO, bytes.baseAddress! + offset, count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// Where each report of a command goes, resolved before anything is written.
extension FormatRequest {
    static func targets(_ requests: [Self], inputs: [String]) throws -> [OutputTarget] {
        try OutputTarget.resolve(requests.map(\.file), inputs: inputs)
    }
}
