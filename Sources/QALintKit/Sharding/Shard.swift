import Foundation
import QAMarkdown

/// One of N deterministic parts of a file list (`lint --shard I/N`): a file belongs to the
/// shard its path hashes to, so a file stays in its shard when others are added.
public struct Shard: Sendable, Equatable {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw QALintError("--shard \(index)/\(count): I must be between 1 and N")
        }
        self.index = index
        self.count = count
    }

    /// "I/N".
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw QALintError("--shard '\(text)' is not I/N, as in --shard 2/3")
        }
        try self.init(index: index, count: count)
    }

    public func contains(_ path: String) -> Bool {
        Int(TextNormalizer.stableHash(path) % UInt64(count)) == index - 1
    }
}
