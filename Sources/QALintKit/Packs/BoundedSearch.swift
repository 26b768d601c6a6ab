import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// Pack patterns searched with a bound on the work of the match engine, counted in its
/// steps (so the same on every machine), never in time alone.
///
/// On Linux the patterns run on ICU's regular-expression API directly — the engine
/// `NSRegularExpression` wraps there (Foundation's `_FoundationICU` module) — which stops a
/// search itself after a number of steps (`uregex_setTimeLimit`) at no cost to a search that
/// stays under it. `NSRegularExpression` offers the bound only through a progress call back
/// at every start position, which cost an eighth of a whole run. Elsewhere (macOS), that
/// call back counts the steps instead.
///
/// (`_FoundationICU` renames ICU's C functions with a `swift_` prefix, so that they cannot
/// clash with a system ICU: `swift_uregex_findNext` is ICU's `uregex_findNext`.)
///
/// Each pattern is compiled once when the pack loads (compiling one with `\p{L}` costs about
/// a millisecond); each document's check takes its own `Searcher`, as a compiled ICU
/// matcher serves one thread at a time.
final class BoundedPatterns: @unchecked Sendable {
    let patterns: [String]
    // Checked by `RegexSafety` when the pack loaded: compiling cannot fail.
    #if canImport(_FoundationICU)
    private let compiled: [OpaquePointer]
    #else
    private let expressions: [NSRegularExpression]
    #endif

    /// Steps a search may take on a text: a fixed allowance and a number per UTF-16 unit.
    /// An ordinary pattern takes a few steps per unit; one that backtracks (`.*.*.*=`)
    /// takes millions on a short text.
    static let stepsPerText = 1_000_000
    static let stepsPerUnit = 200

    static func allowedSteps(length: Int) -> Int { stepsPerText + stepsPerUnit * length }

    init(_ patterns: [(pattern: String, options: NSRegularExpression.Options)]) {
        self.patterns = patterns.map(\.pattern)
        #if canImport(_FoundationICU)
        compiled = patterns.compactMap { pattern, options in
            let units = Array(pattern.utf16)
            var status = U_ZERO_ERROR
            let flags: UInt32 = options.contains(.caseInsensitive) ? UREGEX_CASE_INSENSITIVE.rawValue : 0
            let regex = swift_uregex_open(units, Int32(units.count), flags, nil, &status)
            return status.rawValue <= U_ZERO_ERROR.rawValue ? regex : nil
        }
        #else
        expressions = patterns.compactMap { try? NSRegularExpression(pattern: $0.pattern, options: $0.options) }
        #endif
    }

    deinit {
        #if canImport(_FoundationICU)
        compiled.forEach { swift_uregex_close($0) }
        #endif
    }

    /// Why a search stopped without an answer.
    enum Stop: Error {
        case tooManySteps(pattern: String, allowed: Int)
    }

    /// The searches of one document, on one thread.
    final class Searcher {
        private let owner: BoundedPatterns
        #if canImport(_FoundationICU)
        private var matchers: [OpaquePointer?]
        #endif

        init(_ owner: BoundedPatterns) {
            self.owner = owner
            #if canImport(_FoundationICU)
            matchers = Array(repeating: nil, count: owner.compiled.count)
            #endif
        }

        deinit {
            #if canImport(_FoundationICU)
            for case let matcher? in matchers { swift_uregex_close(matcher) }
            #endif
        }

        /// The first match of any pattern in `text`, in the order of the patterns.
        func firstMatch(in text: String) throws(Stop) -> String? {
            #if canImport(_FoundationICU)
            let units = Array(text.utf16)
            let allowed = BoundedPatterns.allowedSteps(length: units.count)
            for index in owner.compiled.indices {
                if matchers[index] == nil {
                    var status = U_ZERO_ERROR
                    matchers[index] = swift_uregex_clone(owner.compiled[index], &status)
                }
                guard let matcher = matchers[index] else { continue }
                var status = U_ZERO_ERROR
                // The limit is in ICU's units of 10,000 steps, counted from setText.
                swift_uregex_setTimeLimit(matcher, Int32(clamping: allowed / 10_000), &status)
                let range: Range<Int>? = units.withUnsafeBufferPointer { buffer in
                    swift_uregex_setText(matcher, buffer.baseAddress, Int32(buffer.count), &status)
                    guard swift_uregex_findNext(matcher, &status) != 0, status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
                    let start = Int(swift_uregex_start(matcher, 0, &status)), end = Int(swift_uregex_end(matcher, 0, &status))
                    return start <= end ? start..<end : nil
                }
                // Text set for a search must outlive it: forget it before `units` goes.
                swift_uregex_setText(matcher, nil, 0, &status)
                if status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW {
                    throw .tooManySteps(pattern: owner.patterns[index], allowed: allowed)
                }
                if let range { return String(decoding: units[range], as: UTF16.self) }
            }
            return nil
            #else
            return try owner.countedFirstMatch(in: text)
            #endif
        }
    }

    #if !canImport(_FoundationICU)
    /// Without ICU's own bound: the search reports progress (a call back at every start
    /// position, and every ten thousand steps of a match), each call counting as 10,000
    /// steps' worth of a match or one start position.
    private func countedFirstMatch(in text: String) throws(Stop) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        let allowed = Self.allowedSteps(length: range.length)
        let calls = allowed / 10_000 + range.length
        for (index, expression) in expressions.enumerated() {
            var found: NSRange?
            var count = 0
            expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
                if let result {
                    found = result.range
                    stop.pointee = true
                } else {
                    count += 1
                    if count > calls { stop.pointee = true }
                }
            }
            if found == nil && count > calls { throw .tooManySteps(pattern: patterns[index], allowed: allowed) }
            if let found, let swiftRange = Range(found, in: text) { return String(text[swiftRange]) }
        }
        return nil
    }
    #endif
}
