import Foundation

/// One run of qalint as a command asks for it: which files (found with the configuration,
/// or carried by the shard files of `lint --shard` jobs), the lint itself, and the run's
/// policy — `--changed-questions`, the baseline, the completeness gates, fail-on and a
/// regression since an earlier report. `lint`, `merge`, `report` and `baseline` map their
/// flags onto it and print what it returns; none of them decides anything itself.
public struct LintRun: Sendable {
    public enum Input: Sendable {
        /// Files and folders, searched with the configuration's `include` and `exclude`.
        case paths([String])
        /// The shard files of `lint --shard I/N` jobs, to finish as one run (`qalint merge`).
        case shards([String])
        /// One document read from standard input (`lint -`), linted as if it were the file
        /// `name` (`--stdin-filename`): that file's configuration applies and reports name it.
        case standardInput(name: String, bytes: Data)
    }

    public var configuration: Configuration
    /// Each file's own configuration, the nearest `.qalint.yml` (none: `configuration` for all).
    public var nearest: NearestConfiguration?
    public var input: Input
    public var policy: RunPolicy
    /// `--shard I/N`: lint only that part of the files, and carry the shard data.
    public var shard: Shard?
    /// `--changed-since REF`: lint only the files changed since the merge base of REF and HEAD.
    public var changedSince: String?
    /// `--select` and `--ignore`.
    public var selection = RuleSelection()
    /// Leave out the files git ignores from folder searches (`--no-ignore` turns it off).
    public var gitignore = true
    /// `--changed-questions`: report only findings on questions changed since `changedSince`.
    public var changedQuestions = false

    public init(configuration: Configuration, input: Input, policy: RunPolicy) {
        self.configuration = configuration
        self.input = input
        self.policy = policy
    }

    /// A run whose files each take their nearest configuration (or `--config`'s).
    public init(configurations: NearestConfiguration, input: Input, policy: RunPolicy) {
        self.init(configuration: configurations.run, input: input, policy: policy)
        nearest = configurations
    }

    public func run() throws -> RunOutcome {
        if changedQuestions && changedSince == nil { throw QALintError("--changed-questions needs --changed-since REF") }
        let linter = try Linter(configuration: configuration, selection: selection)
        var notes: [String] = []
        var result: LintResult
        var changes: GitChanges?
        var inputs = configuration.files + configuration.packFiles + [policy.baseline, policy.compare].compactMap { $0 }
        var nearest = self.nearest ?? NearestConfiguration(explicit: configuration)
        switch input {
        case .paths(let paths):
            changes = try changedSince.map { try GitChanges.since($0, forPaths: paths) }
            let found = try FileDiscovery.find(in: paths, gitignore: gitignore) { try nearest.configuration(for: $0) }
            notes += found.skipped
            var files = found.files
            if let changes {
                files = files.filter { changes.change(for: $0) != nil }
                if files.isEmpty { notes.append("qalint: no Markdown files in \(paths.joined(separator: " ")) changed since \(changes.ref)") }
            } else if files.isEmpty {
                notes.append("qalint: warning: no Markdown files found in \(paths.joined(separator: " "))")
            }
            let configurations = try nearest.configurations(for: files)
            inputs += Set(configurations.values.flatMap(\.files)).sorted()
            result = try linter.lint(files: files, shard: shard, configurations: configurations)
        case .shards(let files):
            result = try linter.merge(shardFiles: files)
            inputs += files
        case .standardInput(let name, let bytes):
            if changedSince != nil { throw QALintError("--changed-since compares files in git: it cannot take standard input") }
            let text = try SourceFile.decode(bytes, path: name)
            let own = try nearest.configurations(for: [name])
            inputs += own.values.flatMap(\.files)
            result = try linter.lint(sources: [(name, text)], shard: shard, configurations: own)
        }
        inputs += result.files.map(\.path)
        if changedQuestions, let changes {
            var oldTexts: [String: String?] = [:]
            for file in result.files {
                guard let change = changes.change(for: file.path) else { continue }
                oldTexts.updateValue(try changes.oldText(of: change), forKey: file.path)
            }
            try ChangedQuestions.filter(&result, oldTexts: oldTexts, linter: linter)
        }

        var failures: [RunFailure] = []
        var baseline: BaselineUse?
        if let file = policy.baseline {
            let renames = changes?.renames(of: result.files.map(\.path)) ?? [:]
            let outcome = try Baseline.read(path: file).renamed(renames).apply(to: result.findings)
            result.findings = outcome.findings
            // Entries of files this run did not lint are not stale: they were not looked at.
            let linted = Set(result.files.map(\.path))
            let use = BaselineUse(file: file, suppressed: outcome.suppressed, stale: outcome.stale.filter { linted.contains($0.path) })
            notes.append(use.summary)
            if policy.strictBaseline && !use.stale.isEmpty { failures.append(.fixedBaselineEntries(use.stale)) }
            baseline = use
        }
        if let threshold = policy.failOn {
            let count = result.findings.filter { $0.severity >= threshold }.count
            if count > 0 { failures.insert(.findings(count: count, atOrAbove: threshold), at: 0) }
        }
        let completeness = result.completeness
        if let minimum = policy.minCompleteness, completeness.answeredPercent < minimum {
            failures.append(.completeness(percent: completeness.answeredPercent, minimum: minimum))
        }
        if let minimum = policy.minDocumentCompleteness {
            for file in result.files where file.completeness.questions > 0 && file.completeness.answeredPercent < minimum {
                failures.append(.documentCompleteness(path: file.path, percent: file.completeness.answeredPercent, minimum: minimum))
            }
        }
        var change: CompletenessChange?
        if let compare = policy.compare {
            change = CompletenessChange(from: try CompletenessSnapshot.read(path: compare), to: CompletenessSnapshot(result))
            if policy.failOnRegression, change?.isRegression == true { failures.append(.regression(since: compare)) }
        }
        return RunOutcome(result: result, inputs: inputs, notes: notes, baseline: baseline, change: change, failures: failures)
    }
}

/// A baseline applied to a run.
public struct BaselineUse: Sendable {
    public var file: String
    /// How many findings it matched (not reported).
    public var suppressed: Int
    /// Its entries for linted files that matched nothing: debt paid off.
    public var stale: [Baseline.Entry]

    /// The line standard error shows.
    public var summary: String {
        let staleCount = stale.reduce(0) { $0 + $1.count }
        return "qalint: baseline \(file): \(suppressed) known finding\(suppressed == 1 ? "" : "s") not reported, "
            + "\(staleCount) \(staleCount == 1 ? "entry no longer matches" : "entries no longer match") (fixed)"
    }
}

/// What a run gives a command to print.
public struct RunOutcome: Sendable {
    public var result: LintResult
    /// Every file the run read — linted files, configuration and pack files, the baseline,
    /// the compared report, shard files — which no output may overwrite (`OutputTarget`).
    public var inputs: [String]
    /// Lines for standard error before the reports: warnings, and what the baseline left out.
    public var notes: [String]
    /// What the policy's baseline left out, and its entries that no longer match.
    public var baseline: BaselineUse?
    /// The change in completeness since the policy's `compare` report.
    public var change: CompletenessChange?
    /// Why the run fails, in the order they were found; empty when it passes.
    public var failures: [RunFailure]

    /// The first reason the run fails.
    public var exitReason: RunFailure? { failures.first }

    /// Whether completeness went down since `compare` (nil without one).
    public var isRegression: Bool? { change?.isRegression }

    /// The completeness report of the run, with the change since `compare`.
    public var snapshot: CompletenessSnapshot {
        var snapshot = CompletenessSnapshot(result)
        snapshot.change = change
        return snapshot
    }

    /// 0 when the run passes, 1 when it fails (2, for errors, is thrown).
    public var exitCode: Int32 { failures.isEmpty ? 0 : 1 }
}
