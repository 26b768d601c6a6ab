/// Numbers qalint reads — from the command line, the configuration and the files it reads
/// back (baselines, reports, shard files) — validated here, in one place, so that every
/// source accepts the same values and no value can overflow or poison a comparison later
/// (NaN never fails a gate; 1e308 overflows a difference; a count near `Int.max` overflows
/// a sum).
public enum NumericInput {
    /// The largest count a file may hold (a baseline entry's `count`, a report's counts).
    public static let maximumCount = 1 << 40

    /// A percentage from 0 to 100, as text ("80", "80.5"); `what` names it in the error.
    public static func percentage(_ text: String, what: String, file: String? = nil, line: Int? = nil) throws -> Double {
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), isPercentage(value) else {
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
