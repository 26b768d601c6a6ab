/// 64-bit keys with the item each came from, grouped by key — `duplicate-answer`'s MinHash
/// band keys, `similar-question`'s index buckets: a least-significant-digit radix sort over
/// the keys (eight passes of a byte), stable, so that items keep the order they were added
/// in within a key. It does in linear time what a comparison sort of (key, item) pairs did
/// in n log n with a closure per comparison. (No package we may use sorts integers by radix;
/// this is forty lines.)
struct KeyedItems {
    private(set) var keys: [UInt64] = []
    private(set) var items: [Int32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        items.reserveCapacity(capacity)
    }

    mutating func append(_ key: UInt64, item: Int32) {
        keys.append(key)
        items.append(item)
    }

    /// Sorts by key; within a key, items stay in the order they were appended. (On raw
    /// buffers: array accesses in these loops cost a uniqueness check each.)
    mutating func sort() {
        let count = keys.count
        guard count > 1 else { return }
        var fromKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        var fromItems = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        var toKeys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        var toItems = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 256)
        defer {
            for buffer in [fromKeys, toKeys] { buffer.deallocate() }
            for buffer in [fromItems, toItems] { buffer.deallocate() }
            counts.deallocate()
        }
        _ = fromKeys.initialize(from: keys)
        _ = fromItems.initialize(from: items)
        for pass in 0..<8 {
            let shift = UInt64(pass * 8)
            counts.initialize(repeating: 0)
            for key in fromKeys { counts[Int((key >> shift) & 0xFF)] += 1 }
            // A byte that every key shares orders nothing.
            if counts.contains(count) { continue }
            var total = 0
            for index in 0..<256 {
                let here = counts[index]
                counts[index] = total
                total += here
            }
            for index in 0..<count {
                let bucket = Int((fromKeys[index] >> shift) & 0xFF)
                toKeys[counts[bucket]] = fromKeys[index]
                toItems[counts[bucket]] = fromItems[index]
                counts[bucket] += 1
            }
            swap(&fromKeys, &toKeys)
            swap(&fromItems, &toItems)
        }
        keys = Array(fromKeys)
        items = Array(fromItems)
    }

    /// The runs of equal keys with two or more items, as ranges of `items`.
    func sharedRuns() -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] == keys[start] { end += 1 }
            if end - start > 1 { runs.append(start..<end) }
            start = end
        }
        return runs
    }
}
