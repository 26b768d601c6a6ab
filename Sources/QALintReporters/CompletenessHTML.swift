import QALintKit

/// One self-contained HTML page (no external assets or scripts): an overview, bars per
/// document and section, and the unanswered questions with their file and line, in tables
/// sortable by clicking a column header; readable on a phone.
enum CompletenessHTML {
    static func render(_ snapshot: CompletenessSnapshot) -> String {
        func h(_ text: String) -> String { Escaping.xml(text) }
        func percent(_ value: Double) -> String { JSONNumber.format(value) + "%" }
        func barCell(_ counts: CompletenessSnapshot.Counts) -> String {
            guard counts.questions > 0 else { return "<td class=\"bar\"></td>" }
            return "<td class=\"bar\"><span style=\"width:\(JSONNumber.format(min(100, max(0, counts.answeredPercent))))%\"></span></td>"
        }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Q&amp;A completeness</title>
            <style>
            body { font: 15px/1.4 system-ui, -apple-system, Segoe UI, sans-serif; margin: 1rem auto; max-width: 70rem; padding: 0 1rem; color: #222; }
            h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
            .overview { font-size: 1.2rem; margin: 1rem 0; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; }
            th, td { padding: .3rem .5rem; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap; }
            th:first-child, td:first-child { text-align: left; white-space: normal; }
            th { cursor: pointer; user-select: none; background: #f5f5f5; }
            th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
            td.bar { width: 30%; min-width: 6rem; } td.bar span { display: block; height: .8rem; background: #4c1; border-radius: 2px; }
            tr.section td:first-child { padding-left: 1.5rem; color: #555; }
            .status-placeholder { color: #b35c00; } .status-empty { color: #c00; }
            </style>
            </head>
            <body>
            <h1>Q&amp;A completeness</h1>
            <p class="overview"><strong>\(percent(snapshot.total.answeredPercent))</strong> answered:
            \(snapshot.total.answered) of \(Plural.count(snapshot.total.questions, "question")), \(snapshot.total.placeholder) placeholder, \(snapshot.total.empty) empty.</p>

            """
        if let change = snapshot.change { out += "<p>\(h(change.total.sentence))</p>\n" }
        out += "<h2>Documents and sections</h2>\n<div class=\"scroll\"><table class=\"sortable\">\n"
        out += "<thead><tr><th>document / section</th><th>questions</th><th>answered</th><th>placeholder</th><th>empty</th><th>answered %</th><th>bar</th></tr></thead>\n<tbody>\n"
        for document in snapshot.documents {
            let counts = document.counts
            out += "<tr><td>\(h(document.path))</td><td>\(counts.questions)</td><td>\(counts.answered)</td><td>\(counts.placeholder)</td>"
            out += "<td>\(counts.empty)</td><td data-value=\"\(counts.answeredPercent)\">\(h(answeredShare(counts)))</td>\(barCell(counts))</tr>\n"
            for section in document.sections {
                let counts = section.counts
                out += "<tr class=\"section\"><td>\(h(section.title))</td><td>\(counts.questions)</td><td>\(counts.answered)</td>"
                out += "<td>\(counts.placeholder)</td><td>\(counts.empty)</td><td data-value=\"\(counts.answeredPercent)\">\(h(answeredShare(counts)))</td>"
                out += "\(barCell(counts))</tr>\n"
            }
        }
        out += "</tbody></table></div>\n"
        let unanswered = snapshot.documents.flatMap { document in
            document.entries.filter { $0.status != AnswerStatus.answered.rawValue }.map { (document.path, $0) }
        }
        out += "<h2>Unanswered questions (\(unanswered.count))</h2>\n<div class=\"scroll\"><table class=\"sortable\">\n"
        out += "<thead><tr><th>question</th><th>status</th><th>file</th><th>line</th></tr></thead>\n<tbody>\n"
        for (path, entry) in unanswered {
            out += "<tr><td>\(h(entry.question))</td><td class=\"status-\(h(entry.status))\">\(h(entry.status))</td>"
            out += "<td><a href=\"\(h(Escaping.href(path)))\">\(h(path))</a></td><td>\(entry.line)</td></tr>\n"
        }
        out += "</tbody></table></div>\n"
        out += """
            <script>
            document.querySelectorAll("table.sortable").forEach(function (table) {
              table.querySelectorAll("th").forEach(function (header, column) {
                header.addEventListener("click", function () {
                  var ascending = header.getAttribute("aria-sort") !== "ascending";
                  table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
                  header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  function value(row) {
                    var cell = row.cells[column];
                    var raw = cell.getAttribute("data-value") || cell.textContent;
                    var number = parseFloat(raw);
                    return isNaN(number) ? raw.toLowerCase() : number;
                  }
                  rows.sort(function (a, b) {
                    var x = value(a), y = value(b);
                    return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
            });
            </script>
            </body>
            </html>

            """
        return out
    }
}
