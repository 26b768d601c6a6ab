import QAMarkdown

/// MinHash signatures of texts, for finding near-identical answers without comparing all
/// pairs: texts whose word-trigram sets overlap by a Jaccard index J share each signature
/// value with probability J, and banding the signature (locality-sensitive hashing) makes
/// such texts meet in a bucket.
enum MinHash {
    static let count = 32
    static let bands = 8
    static var rows: Int { count / bands }

    /// Multipliers and offsets of the hash family, fixed so that signatures are stable.
    private static let family: [(UInt64, UInt64)] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in (next() | 1, next()) }
    }()

    /// Appends the signature of normalized text (words separated by single spaces) to
    /// `out`: `count` values.
    static func appendSignature(ofWords words: String, to out: inout [UInt32]) {
        // Hash each word once, then combine three at a time: no string per shingle.
        var wordHashes: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in words.utf8 {
            if byte == 0x20 {
                wordHashes.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
            } else {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        if !words.isEmpty { wordHashes.append(hash) }
        var minimums = [UInt32](repeating: .max, count: count)
        if !wordHashes.isEmpty {
            let width = min(3, wordHashes.count)
            for start in 0...(wordHashes.count - width) {
                var shingle: UInt64 = 0
                for offset in 0..<width { shingle = (shingle &* 0x100_0000_01b3) ^ wordHashes[start + offset] }
                for index in 0..<count {
                    let (a, b) = family[index]
                    let value = UInt32(truncatingIfNeeded: (a &* shingle &+ b) >> 32)
                    if value < minimums[index] { minimums[index] = value }
                }
            }
        }
        out.append(contentsOf: minimums)
    }

    /// The key of one band of a signature (the band index mixed in).
    static func bandKey(_ signature: ArraySlice<UInt32>, band: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
        let start = signature.startIndex + band * rows
        for value in signature[start..<start + rows] {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The estimated Jaccard index of two signatures.
    static func similarity(_ a: ArraySlice<UInt32>, _ b: ArraySlice<UInt32>) -> Double {
        Double(zip(a, b).filter { $0 == $1 }.count) / Double(count)
    }
}
