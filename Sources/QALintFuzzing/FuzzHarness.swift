import QALintKit
import QALintReporters

/// One fuzz input, through everything that reads a document: the reader, every rule (the
/// interview pack and required sections turned on, so that nothing is skipped), the corpus
/// stage over two documents, and every report format. `ci/fuzz` drives it with libFuzzer;
/// the inputs that once crashed it are replayed by the tests
/// (`Tests/QALintKitTests/FuzzRegressions/`).
public enum FuzzHarness {
    static let linter: Linter = {
        // A fixed, valid configuration: if it did not load, the harness could test nothing.
        let configuration = try! Configuration.parse(
            "required-sections: [General, Security]\nrules:\n  interview/*: warning\n", file: "fuzz.qalint.yml")
        return try! Linter(configuration: configuration, currentDirectory: "/fuzz")
    }()

    /// Runs one input; any crash or trap is the finding. Invalid UTF-8 is read as the
    /// files qalint reads never are (they are rejected), so it is decoded with repairs.
    public static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        // Two documents: the input and its second half, so that corpus rules compare across
        // files (duplicates, templates) as well as within one.
        let half = String(text.unicodeScalars.dropFirst(text.unicodeScalars.count / 2))
        guard let result = try? linter.lint(sources: [("docs/fuzz.md", text), ("docs/half.md", half)]) else { return }
        for format in ReportFormat.allCases {
            var out = ""
            format.write(result, to: &out)
        }
        let snapshot = CompletenessSnapshot(result)
        for format in CompletenessFormat.allCases { _ = format.render(snapshot) }
        _ = InspectReporter().text(result)
        _ = InspectReporter().json(result)
        _ = Baseline(findings: result.findings).json()
    }
}
