/// Numbers qalint reads — from the command line, the configuration and the files it reads
/// back (baselines, reports, shard files) — validated here, in one place, so that every
/// source accepts the same values and no value can overflow or poison a comparison later
/// (NaN never fails a gate; 1e308 overflows a difference; a count near `Int.max` overflows
/// a sum).
public enum NumericInput {
    /// The largest count a file may hold (a baseline entry's `count`, a report's counts).
    public static let maximumCount = 1 << 40

    /// A percentage from 0 to 100, as decimal text ("80", "80.5"); `what` names it in the
    /// error. Only digits and one point: `Double` alone would also take "0x40", "1e2" and
    /// "nan".
    public static func percentage(_ text: String, what: String, file: String? = nil, line: Int? = nil) throws -> Double {
        let digits = Substring(text.trimmingCharacters(in: .whitespaces))
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let decimal = !digits.isEmpty && parts.count <= 2 && !parts[0].isEmpty
            && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } } && (parts.count == 1 || !parts[1].isEmpty)
        guard decimal, let value = Double(digits), isPercentage(value) else {
            throw QALintError(file: file, line: line, "\(what) must be a percentage from 0 to 100, not '\(text)'")
        }
        return value
    }

    public static func isPercentage(_ value: Double) -> Bool {
        value.isFinite && (0...100).contains(value)
    }

    public static func isCount(_ value: Int) -> Bool {
        (0...maximumCount).contains(value)
    }
}

import Foundation
