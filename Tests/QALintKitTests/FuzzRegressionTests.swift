import Foundation
import Testing
import TestSupport
import QALintFuzzing

/// The fuzz harness without libFuzzer: every input that once crashed qalint (saved in
/// `FuzzRegressions/`), and the documents `ci/fuzz` seeds with, go through the reader,
/// every rule and every report format. A crash fails the run.
@Suite struct FuzzRegressionTests {
    static let root = TestSupport.packageRoot

    static var inputs: [String] {
        var paths: [String] = []
        for folder in ["Tests/QALintKitTests/FuzzRegressions", "Tests/QALintKitTests/Fixtures", "Examples"] {
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            paths += names.filter { $0 != "README.md" && ($0.hasSuffix(".md") || folder.hasSuffix("FuzzRegressions")) }
                .sorted().map { "\(folder)/\($0)" }
        }
        return paths
    }

    @Test func thereAreInputs() {
        #expect(Self.inputs.count >= 5)
    }

    @Test(arguments: inputs)
    func input(_ path: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent(path))
        data.withUnsafeBytes { FuzzHarness.run($0) }
    }

    /// Bytes no editor writes: invalid UTF-8, NUL, lone surrogates' encodings, a byte-order
    /// mark in the middle.
    @Test func oddBytes() {
        let inputs: [[UInt8]] = [[], [0], [0xFF, 0xFE, 0x23, 0x20, 0x51, 0x3F], [0xED, 0xA0, 0x80], Array("## Q: \u{FEFF}What?\n\n\0TODO".utf8)]
        for bytes in inputs { bytes.withUnsafeBytes { FuzzHarness.run($0) } }
    }
}
