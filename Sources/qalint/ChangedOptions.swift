import ArgumentParser

/// `--changed-since REF` and `--changed-questions` of `lint`.
struct ChangedOptions: ParsableArguments {
    // `.unconditional`: `--changed-since -x` is the value "-x" (refused with a clear
    // message), not "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp("Lint only the Markdown files changed since the merge base of this git ref and HEAD (committed, staged, unstaged or untracked).", valueName: "ref"))
    var changedSince: String?

    @Flag(help: "With --changed-since: report only findings on questions whose text or answer changed, and document findings that are new.")
    var changedQuestions = false
}
