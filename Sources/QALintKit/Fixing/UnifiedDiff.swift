/// One line of a diff: kept, removed or added.
struct DiffLine {
    enum Kind { case same, removed, added }
    var text: String
    var kind: Kind
}

/// A unified diff (`diff -u` style, `a/` and `b/` prefixes as git writes them) from the
/// lines of an edit, with three lines of context around each change.
enum UnifiedDiff {
    static let context = 3

    static func render(_ lines: [DiffLine], path: String) -> String {
        let changed = lines.indices.filter { lines[$0].kind != .same }
        guard !changed.isEmpty else { return "" }
        // Runs of lines to show: each change with its context, merged where they touch.
        var runs: [ClosedRange<Int>] = []
        for index in changed {
            let run = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = runs.last, run.lowerBound <= last.upperBound + 1 {
                runs[runs.count - 1] = last.lowerBound...max(last.upperBound, run.upperBound)
            } else {
                runs.append(run)
            }
        }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        for run in runs {
            let oldStart = lines[..<run.lowerBound].filter { $0.kind != .added }.count + 1
            let newStart = lines[..<run.lowerBound].filter { $0.kind != .removed }.count + 1
            let shown = lines[run]
            let oldCount = shown.filter { $0.kind != .added }.count
            let newCount = shown.filter { $0.kind != .removed }.count
            out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for line in shown {
                let mark = line.kind == .same ? " " : line.kind == .removed ? "-" : "+"
                var text = line.text.unicodeScalars[...]
                if text.last == "\r" { text = text.dropLast() }
                out += mark + String(text) + "\n"
            }
        }
        return out
    }
}
