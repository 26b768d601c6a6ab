import Foundation
import QALintKit

/// What the completeness page and badges need beside the counts: where links point, when,
/// from which commit and configuration the report was made, and where colours turn.
public struct CompletenessContext: Sendable {
    /// `--link-base URL`: questions link to `URL` + the repository-relative path + `#L<line>`
    /// (`https://github.com/ORG/REPO/blob/SHA/`). Without it, links are relative to the page.
    public var linkBase: String?
    /// The folder the page is written to, relative to the current folder ("" for the
    /// current folder itself, or standard output).
    public var pageFolder = ""
    /// Repository-relative paths, for `linkBase`.
    public var paths = RepositoryPaths()
    /// When the report was made (ISO 8601, UTC), its qalint version, the commit checked out.
    public var generated: String?
    public var version = QALintTool.version
    public var commit: String?
    /// The configuration files the run read, the nearest first.
    public var configuration: [String] = []
    /// Where the colour turns from red to amber to green.
    public var thresholds = CompletenessSettings.Thresholds()
    /// The badge's left-hand text.
    public var badgeLabel = "answered"

    public init() {}

    /// The level of an answered share: `low`, `mid`, `high`, or `none` without questions.
    public func level(_ counts: CompletenessSnapshot.Counts) -> Level {
        counts.questions == 0 ? .none : level(counts.answeredPercent)
    }

    public func level(_ percent: Double) -> Level {
        percent < thresholds.low ? .low : percent < thresholds.high ? .mid : .high
    }

    /// The colour levels; each colour has a contrast of at least 4.5:1 with white (as a
    /// background for white text) and as text on the page's light background.
    public enum Level: String, Sendable {
        case low, mid, high, none

        public var colour: String {
            switch self {
            case .low: "#b42318"
            case .mid: "#8a4b00"
            case .high: "#1a7f37"
            case .none: "#57606a"
            }
        }
    }

    /// The link of a document's line: on the forge with `linkBase`, else relative to the
    /// page's folder.
    public func link(_ path: String, line: Int? = nil) -> String {
        let anchor = line.map { "#L\($0)" } ?? ""
        if let linkBase {
            let base = linkBase.hasSuffix("/") ? linkBase : linkBase + "/"
            return base + Escaping.percentEncoded(paths.relativePath(path)) + anchor
        }
        // An absolute path stays absolute: it resolves wherever the page is.
        return Escaping.href(path.hasPrefix("/") ? path : Self.relative(path, from: pageFolder)) + anchor
    }

    /// `path` (relative to the current folder, or absolute) as seen from `folder` (the same).
    static func relative(_ path: String, from folder: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        func components(_ path: String) -> [Substring] {
            var result: [Substring] = []
            let absolute = path.hasPrefix("/") ? path : currentDirectory + "/" + path
            for part in absolute.split(separator: "/") where part != "." {
                if part == ".." { if !result.isEmpty { result.removeLast() } } else { result.append(part) }
            }
            return result
        }
        let from = components(folder.isEmpty ? "." : folder)
        let to = components(path)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common).map(String.init)).joined(separator: "/")
    }
}
