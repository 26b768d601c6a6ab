import Foundation
import QALintKit

/// SARIF 2.1.0 (OASIS), as GitHub code scanning and other viewers read it: one run whose
/// driver describes every enabled rule with its documentation, and one result per finding
/// with a repository-relative location, related locations and line-independent
/// `partialFingerprints`.
public struct SARIFReporter: Sendable {
    public var paths: RepositoryPaths

    public init(paths: RepositoryPaths = RepositoryPaths()) {
        self.paths = paths
    }

    static let sourceRoot = "%SRCROOT%"

    public func render(_ result: LintResult) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: result.rules.enumerated().map { ($1.id, $0) })
        let fingerprints = Fingerprints.of(result.findings, paths: paths)
        let results = zip(result.findings, fingerprints).map { finding, fingerprint in
            Result(
                ruleId: finding.rule,
                ruleIndex: ruleIndex[finding.rule],
                level: Self.level(finding.severity),
                message: Message(text: finding.message),
                locations: [Location(physicalLocation: physical(finding.path, line: finding.range.startLine,
                                                                 column: finding.range.startColumn, endLine: finding.range.endLine))],
                relatedLocations: finding.related.isEmpty ? nil : finding.related.enumerated().map { index, place in
                    Location(id: index + 1, physicalLocation: physical(place.path, line: place.line),
                             message: Message(text: "other occurrence"))
                },
                partialFingerprints: ["qalintFindingIdentity/v1": fingerprint])
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(rules: result.rules.map(Rule.init))),
            columnKind: "unicodeCodePoints",
            results: results)])
        return (JSONText.encode(log) ?? "{}") + "\n"
    }

    private func physical(_ path: String, line: Int, column: Int? = nil, endLine: Int? = nil) -> PhysicalLocation {
        let artifact: ArtifactLocation
        switch paths.place(of: path) {
        case .inRepository(let relative):
            artifact = ArtifactLocation(uri: Self.uriEncoded(relative), uriBaseId: Self.sourceRoot)
        case .outside(let absolute):
            artifact = ArtifactLocation(uri: "file://" + Self.uriEncoded(absolute), uriBaseId: nil)
        }
        return PhysicalLocation(artifactLocation: artifact, region: Region(startLine: line, startColumn: column, endLine: endLine))
    }

    /// Percent-encodes everything but unreserved characters and `/`.
    static func uriEncoded(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    // MARK: - SARIF objects (only the properties qalint fills)

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = QALintTool.name
        var version = QALintTool.version
        var semanticVersion = QALintTool.version
        var informationUri = QALintTool.informationURI
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration

        init(_ rule: RuleDescription) {
            id = rule.id
            name = rule.id.split(whereSeparator: { $0 == "-" || $0 == "/" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            shortDescription = Message(text: rule.summary)
            fullDescription = Message(text: RuleHelp.summary(rule))
            help = MultiformatMessage(text: RuleHelp.summary(rule), markdown: RuleHelp.markdown(rule))
            defaultConfiguration = Configuration(level: SARIFReporter.level(rule.defaultSeverity))
        }
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int?
    }
}
