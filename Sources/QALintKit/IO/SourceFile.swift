import Foundation

/// Reading a Markdown file, with errors that name the file (and the line, for bad UTF-8).
enum SourceFile {
    /// Markdown files are read up to this size: a question-and-answer document is far
    /// smaller, and reading is meant to be bounded per file.
    static let limit = 64 << 20

    static func read(path: String) throws -> String {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit { throw TooLarge() }
        return try decode(try InputFile.read(path, what: "Markdown file", limit: limit), path: path)
    }

    /// A Markdown file larger than `limit`: the run goes on without it (`reading-limit`).
    struct TooLarge: Error {}

    /// UTF-8 text (a leading byte-order mark is dropped); invalid UTF-8 is an error at its
    /// line and column.
    static func decode(_ data: Data, path: String) throws -> String {
        try InputFile.decode(data, path: path, what: "file")
    }
}
