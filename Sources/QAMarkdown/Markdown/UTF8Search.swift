/// Substring search on UTF-8 bytes, for the checks that run on every block of every document
/// and almost always fail ("does this hold `{{`?"): Foundation's `contains` bridges through
/// CFString and showed in instruction counts.
enum UTF8Search {
    static func contains(_ text: some StringProtocol, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= needle.count else { return false }
            var start = 0
            let last = bytes.count - needle.count
            while start <= last {
                if bytes[start] == first {
                    var matched = 1
                    while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                start += 1
            }
            return false
        }
        if let found { return found }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.indices.contains { start in
                buffer[start] == first && start + needle.count <= buffer.count && buffer[start..<(start + needle.count)].elementsEqual(needle)
            }
        }
    }
}
