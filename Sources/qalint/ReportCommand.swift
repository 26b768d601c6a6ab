import ArgumentParser
import Foundation
import QALintKit
import QALintReporters

extension CompletenessFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report how complete documents are: per document and section, questions answered, placeholder and empty.")

    @Argument(help: "Files or folders, as for lint.")
    var paths: [String] = ["."]

    @Option(help: ArgumentHelp("Format, optionally with a file: text, markdown, json, html, badge, shields, or FORMAT=FILE. Repeatable.", valueName: "format[=file]"))
    var format: [FormatRequest<CompletenessFormat>] = []

    @Option(help: ArgumentHelp("Write the report that has no file of its own to this file.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("A JSON report of an earlier run (qalint report --format json): show what changed since.", valueName: "file"))
    var compare: String?

    @Flag(help: "Exit 1 when completeness went down since --compare: answered % dropped, or a placeholder or empty answer appeared.")
    var failOnRegression = false

    @Option(help: ArgumentHelp("Link each question of the html page to URL + its repository path + #L<line> (https://github.com/ORG/REPO/blob/SHA/); without it, links are relative to the page.", valueName: "url"))
    var linkBase: String?

    @Option(help: ArgumentHelp("The left-hand text of the badge and shields formats.", valueName: "text"))
    var badgeLabel = "answered"

    @OptionGroup var gates: CompletenessGateOptions
    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let requests = try FormatRequest<CompletenessFormat>.resolve(format, default: .text, output: output)
        let configurations = try configurationOptions.resolve(paths: paths)
        let configuration = configurations.run
        var flags = RunPolicy.Flags()
        try gates.apply(to: &flags)
        flags.compare = compare
        flags.failOnRegression = failOnRegression
        let outcome = try LintRun(configurations: configurations, input: .paths(paths), policy: try RunPolicy.report(configuration, flags)).run()
        let targets = try FormatRequest.targets(requests, inputs: outcome.inputs)
        Console.error(outcome.notes)
        let snapshot = outcome.snapshot
        var context = CompletenessContext()
        context.linkBase = linkBase
        context.paths = RepositoryPaths.current()
        context.thresholds = configuration.completeness.thresholds
        context.badgeLabel = badgeLabel
        context.configuration = configuration.files
        if requests.contains(where: { $0.format == .html }) {
            context.generated = Self.generated()
            context.commit = GitChanges.head()
        }
        for (request, target) in zip(requests, targets) {
            if case .file(let file) = target { context.pageFolder = (file as NSString).deletingLastPathComponent } else { context.pageFolder = "" }
            let text = request.format.render(snapshot, context: context)
            switch target {
            case .file(let file): try AtomicFile.write(text, to: file)
            case .standardOutput: try Console.out(text)
            }
        }
        Console.error(outcome.failures.flatMap(\.messages))
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// When the page was made: `SOURCE_DATE_EPOCH` (for reproducible pages), else now; in UTC.
    static func generated() -> String {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: epoch.map { Date(timeIntervalSince1970: $0) } ?? Date())
    }
}
