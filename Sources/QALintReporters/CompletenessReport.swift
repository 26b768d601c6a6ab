import Foundation
import QALintKit

/// The formats of `qalint report`: completeness per document and section, for people
/// (text), pull-request comments (markdown), tools (json), a browsable page (html), a
/// README badge (badge) and a shields.io endpoint (shields).
public enum CompletenessFormat: String, CaseIterable, Sendable {
    case text, markdown, json, html, badge, shields

    public func render(_ snapshot: CompletenessSnapshot, context: CompletenessContext = CompletenessContext()) -> String {
        switch self {
        case .text: CompletenessText.render(snapshot)
        case .markdown: CompletenessMarkdown.render(snapshot)
        case .json: snapshot.json()
        case .html: CompletenessPage.render(snapshot, context: context)
        case .badge: CompletenessBadge.render(snapshot.total, context: context)
        case .shields: CompletenessBadge.shields(snapshot.total, context: context)
        }
    }
}

extension CompletenessSnapshot {
    /// The JSON report (`qalint report --format json`), which `--compare` reads back.
    public func json() -> String {
        PrettyJSON().value(self, indent: 0) + "\n"
    }
}

/// "45.5%", or "—" where there is nothing to answer.
func answeredShare(_ counts: CompletenessSnapshot.Counts) -> String {
    counts.questions == 0 ? "—" : JSONNumber.format(counts.answeredPercent) + "%"
}

/// A bar for `counts`: empty where there are no questions.
func bar(_ counts: CompletenessSnapshot.Counts, width: Int = 20) -> String {
    counts.questions == 0 ? String(repeating: " ", count: width) : bar(counts.answeredPercent, width: width)
}

/// A bar of `width` cells, filled in proportion to `percent`.
func bar(_ percent: Double, width: Int = 20) -> String {
    let filled = min(width, max(0, Int((percent / 100 * Double(width)).rounded())))
    return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
}

/// "+2", "-1.5", "0".
func signed(_ value: Double) -> String {
    value > 0 ? "+" + JSONNumber.format(value) : JSONNumber.format(value)
}

extension CompletenessChange.Delta {
    /// "33.3% → 75%": answered before and after.
    var answeredPercentSpan: String {
        "\(JSONNumber.format(answeredPercentBefore))% → \(JSONNumber.format(answeredPercentAfter))%"
    }

    /// The changed counts, in the order every format shows them: "+2 answered", …, "0 removed".
    var countChanges: [String] {
        ["\(signed(Double(newlyAnswered))) answered", "\(signed(Double(newlyPlaceholder))) placeholder",
         "\(signed(Double(newlyEmpty))) empty", "\(added) added", "\(removed) removed"]
    }

    /// One line for text and HTML.
    var sentence: String {
        "Since the compared report: answered \(answeredPercentSpan) (\(signed(answeredPercentChange)) points), "
            + countChanges.joined(separator: ", ") + "."
    }
}

/// The text table: per document and section, questions, answered, placeholder, empty,
/// answered % and a bar; then the totals.
enum CompletenessText {
    static func render(_ snapshot: CompletenessSnapshot) -> String {
        var rows: [(String, CompletenessSnapshot.Counts)] = []
        for document in snapshot.documents {
            rows.append((document.path, document.counts))
            for section in document.sections { rows.append(("  " + section.title, section.counts)) }
        }
        rows.append(("total", snapshot.total))
        let width = min(60, max("document / section".count, rows.map { $0.0.count }.max() ?? 8))
        func pad(_ text: String, _ count: Int) -> String {
            text.count > count ? String(text.prefix(count - 1)) + "…" : text.padding(toLength: count, withPad: " ", startingAt: 0)
        }
        func right(_ text: String, _ count: Int) -> String { String(repeating: " ", count: max(0, count - text.count)) + text }
        var out = pad("document / section", width) + "  questions  answered  placeholder  empty  answered %\n"
        for (name, counts) in rows {
            if name == "total" { out += String(repeating: "-", count: width + 76) + "\n" }
            out += Escaping.terminal(pad(name, width)) + "  " + right(String(counts.questions), 9) + "  " + right(String(counts.answered), 8)
            out += "  " + right(String(counts.placeholder), 11) + "  " + right(String(counts.empty), 5)
            out += "  " + right(answeredShare(counts), 10) + "  " + bar(counts) + "\n"
        }
        if let change = snapshot.change { out += "\n" + change.total.sentence + "\n" }
        return out
    }
}

/// GitHub-flavoured Markdown, for a pull-request comment or the job summary: the change
/// first (when comparing), then the table.
enum CompletenessMarkdown {
    static func render(_ snapshot: CompletenessSnapshot) -> String {
        var out = "## Q&A completeness\n\n"
        if let change = snapshot.change {
            let total = change.total
            out += "**\(total.answeredPercentSpan) answered (\(signed(total.answeredPercentChange)) points)** · "
            out += total.countChanges.joined(separator: " · ") + "\n\n"
            let changed = change.documents.filter { $0.value != CompletenessChange.Delta(before: $0.value) }.keys.sorted()
            if !changed.isEmpty {
                out += "| document | answered % | answered | placeholder | empty | added | removed |\n|---|---:|---:|---:|---:|---:|---:|\n"
                for path in changed {
                    let delta = change.documents[path]!
                    out += "| \(Escaping.markdown(path)) | \(JSONNumber.format(delta.answeredPercentAfter))% (\(signed(delta.answeredPercentChange))) | "
                    out += "\(signed(Double(delta.newlyAnswered))) | \(signed(Double(delta.newlyPlaceholder))) | \(signed(Double(delta.newlyEmpty))) | "
                    out += "\(delta.added) | \(delta.removed) |\n"
                }
                out += "\n"
            }
        }
        out += "| document / section | questions | answered | placeholder | empty | answered % | |\n|---|---:|---:|---:|---:|---:|---|\n"
        for document in snapshot.documents {
            out += row("**\(Escaping.markdown(document.path))**", document.counts)
            for section in document.sections { out += row("&nbsp;&nbsp;" + Escaping.markdown(section.title), section.counts) }
        }
        out += row("**total**", snapshot.total)
        return out
    }

    private static func row(_ name: String, _ counts: CompletenessSnapshot.Counts) -> String {
        "| \(name) | \(counts.questions) | \(counts.answered) | \(counts.placeholder) | \(counts.empty) | "
            + "\(answeredShare(counts)) | \(bar(counts, width: 10)) |\n"
    }
}

extension CompletenessChange.Delta {
    /// A delta with nothing changed but the same percentages.
    init(before delta: CompletenessChange.Delta) {
        self.init()
        answeredPercentBefore = delta.answeredPercentBefore
        answeredPercentAfter = delta.answeredPercentBefore
    }
}
