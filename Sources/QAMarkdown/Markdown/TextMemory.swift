import Foundation

/// Values computed from a text alone, remembered by the text for the life of the process and
/// shared by the threads of the per-file stage: what the reader and the similarity rules ask
/// of the same headings and questions again and again (within a document, and at every
/// keystroke in a language server). Bounded: past `limit` texts the memory starts over, and
/// texts longer than `longest` bytes (a paragraph, not a title) are computed, not kept.
public final class TextMemory<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int
    private let longest: Int

    public init(limit: Int = 100_000, longest: Int = .max) {
        self.limit = limit
        self.longest = longest
    }

    /// The longest text remembered where only titles and questions are: longer ones are
    /// paragraphs, asked about once.
    public static var title: Int { 400 }

    public func value(for text: String, _ compute: () -> Value) -> Value {
        guard text.utf8.count <= longest else { return compute() }
        let key = Key(text)
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let value = compute()  // outside the lock: other threads go on meanwhile
        lock.lock()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        lock.unlock()
        return value
    }

    /// A text with its 64-bit digest, hashed by the digest: hashing a title with `Hasher`
    /// on every lookup was most of what a lookup cost.
    private struct Key: Hashable {
        let text: String
        let digest: UInt64

        init(_ text: String) {
            self.text = text
            digest = TextNormalizer.digest(text)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.digest == rhs.digest && lhs.text == rhs.text }
    }
}
