import Foundation

/// `map` over all cores, keeping the input order.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) throws -> R) rethrows -> [R] {
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, Result { try transform(items[index]) })
        }
        return try results.values.map { try $0!.get() }
    }
}

/// Slots written once each from many threads.
private final class ResultBox<R: Sendable>: @unchecked Sendable {
    private var slots: [Result<R, any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result<R, any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<R, any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
