import QALintKit

/// The completeness page: one self-contained HTML file (no external assets). An overview
/// (total and a bar per document), then each document as a collapsible group with its
/// sections (a table sortable within the document) and its unanswered questions, each
/// linked to its line; a filter box; when, with what and from which commit it was made.
///
/// It reads without JavaScript (groups are `<details>`, the filter stays hidden); scripts
/// only sort, filter and open groups. Sort buttons are real buttons (keyboard), headers
/// carry `aria-sort` from the start, colours have a contrast of 4.5:1 or more, nothing is
/// wider than a 390 px phone, and it prints with every group open.
///
/// The markup is in `template` below; the functions after it fill its `{{slots}}`.
enum CompletenessPage {
    static func render(_ snapshot: CompletenessSnapshot, context: CompletenessContext) -> String {
        let manyDocuments = snapshot.documents.count > 8
        let total = snapshot.total
        return fill(template, [
            "level": context.level(total).rawValue,
            "percent": answeredShare(total),
            "totals": totals(total),
            "change": snapshot.change.map { "<p class=\"change\">\(h($0.total.sentence))</p>" } ?? "",
            "chart": chart(snapshot, context: context),
            "documents": snapshot.documents.enumerated().map { index, document in
                group(document, index: index, open: !manyDocuments, context: context)
            }.joined(separator: "\n"),
            "footer": footer(context),
        ])
    }

    static let template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Q&amp;A completeness</title>
        <style>
        :root { --low: #b42318; --mid: #8a4b00; --high: #1a7f37; --none: #57606a; --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--text); background: #fff; margin: 0 auto; max-width: 72rem; padding: 1rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; } h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
        a { color: #0550ae; }
        .level-low { --level: var(--low); } .level-mid { --level: var(--mid); } .level-high { --level: var(--high); } .level-none { --level: var(--none); }
        .pct { color: var(--level); font-weight: 700; font-variant-numeric: tabular-nums; }
        .total { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; margin: .5rem 0; }
        .total .pct { font-size: 2.25rem; line-height: 1; }
        .meter { display: block; height: .75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 3px; overflow: hidden; min-width: 4rem; }
        .meter > span { display: block; height: 100%; background: var(--level); }
        .muted, .counts, .where { color: var(--muted); }
        .chart { list-style: none; padding: 0; margin: 0; }
        .chart li { display: grid; grid-template-columns: minmax(0, 1fr) minmax(4rem, 14rem) 4.5rem; gap: .2rem .75rem; align-items: center; padding: .2rem 0; }
        .chart .pct { text-align: right; }
        .skip { position: absolute; left: -100vw; } .skip:focus { position: static; }
        .filter { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; padding: .75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
        .filter[hidden] { display: none; }
        .filter label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); flex: 1 1 12rem; }
        .filter input, .filter select { font: inherit; color: var(--text); padding: .3rem .4rem; border: 1px solid #818b98; border-radius: 4px; background: #fff; }
        details.document { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; }
        details.document > summary { cursor: pointer; padding: .6rem .75rem; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: .2rem .75rem; align-items: baseline; }
        details.document > summary .meter { grid-column: 1 / -1; }
        details.document[open] > summary { border-bottom: 1px solid var(--line); }
        .group { padding: 0 .75rem .75rem; }
        .path { font-weight: 600; } .doc-title { color: var(--muted); }
        details.document > summary .path::before { content: "\\25B8  "; } details.document[open] > summary .path::before { content: "\\25BE  "; }
        table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; table-layout: fixed; }
        thead th:not(:first-child) { width: 7.5rem; }
        caption { text-align: left; font-weight: 600; padding: .5rem 0 .25rem; }
        th, td { padding: .3rem .4rem; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; overflow-wrap: break-word; }
        th:first-child, td:first-child { text-align: left; }
        thead th { background: var(--soft); font-weight: 600; white-space: nowrap; }
        thead th button { font: inherit; color: inherit; background: none; border: 0; padding: .15rem; cursor: pointer; }
        thead th button:focus-visible, summary:focus-visible, a:focus-visible { outline: 3px solid #0969da; outline-offset: 1px; }
        th[aria-sort="ascending"] button::after { content: " \\2191"; } th[aria-sort="descending"] button::after { content: " \\2193"; }
        tbody th { font-weight: normal; }
        .unanswered { list-style: none; padding: 0; margin: 0; }
        .unanswered li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
        .status { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .35rem; border-radius: 3px; color: #fff; }
        .status-placeholder { background: var(--mid); } .status-empty { background: var(--low); }
        footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--line); font-size: .85rem; color: var(--muted); }
        @media (max-width: 40rem) {
          body { padding: .6rem; font-size: 15px; }
          .chart li { grid-template-columns: minmax(0, 1fr) 4.5rem; } .chart .meter { grid-column: 1 / -1; grid-row: 2; }
          th, td { padding: .25rem .2rem; font-size: .85rem; }
          thead th { white-space: normal; overflow-wrap: normal; font-size: .75rem; } thead th:not(:first-child) { width: 5rem; }
          .optional { display: none; }
        }
        @media print {
          .filter, .skip { display: none !important; }
          details.document { border: 0; } summary, tr, li { break-inside: avoid; } h2, h3, summary { break-after: avoid; }
          details.document > summary { border-bottom: 1px solid #000; }
          a { color: inherit; text-decoration: none; }
          .meter { border-color: #000; }
        }
        </style>
        </head>
        <body>
        <a class="skip" href="#documents">Skip to the documents</a>
        <header>
        <h1>Q&amp;A completeness</h1>
        <p class="total level-{{level}}"><span class="pct">{{percent}}</span> <span>{{totals}}</span></p>
        {{change}}
        </header>
        <main>
        <h2 id="overview">Overview</h2>
        {{chart}}
        <form class="filter" role="search" hidden>
          <label>Filter by document, section or question <input type="search" id="filter-text" autocomplete="off"></label>
          <label>Status <select id="filter-status"><option value="">any unanswered</option><option value="placeholder">placeholder</option><option value="empty">empty</option></select></label>
          <p class="muted" id="filter-result" role="status" aria-live="polite"></p>
        </form>
        <h2 id="documents">Documents</h2>
        {{documents}}
        </main>
        <footer>{{footer}}</footer>
        <script>
        (function () {
          "use strict";
          // Sorting: each header's button sorts its table's rows; aria-sort says how.
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (header, column) {
              var button = header.querySelector("button");
              if (!button) return;
              button.addEventListener("click", function () {
                var ascending = header.getAttribute("aria-sort") !== "ascending";
                Array.prototype.forEach.call(headers, function (other) { if (other.querySelector("button")) other.setAttribute("aria-sort", "none"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                function value(row) {
                  var cell = row.cells[column];
                  var raw = cell.getAttribute("data-value");
                  return raw !== null ? parseFloat(raw) : cell.textContent.trim().toLowerCase();
                }
                rows.sort(function (a, b) {
                  var x = value(a), y = value(b);
                  return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
          // Filtering: questions by text and status; a document whose path or title matches shows whole.
          var form = document.querySelector("form.filter");
          var text = document.getElementById("filter-text");
          var status = document.getElementById("filter-status");
          var result = document.getElementById("filter-result");
          form.hidden = false;
          form.addEventListener("submit", function (event) { event.preventDefault(); });
          function apply() {
            var words = text.value.trim().toLowerCase();
            var wanted = status.value;
            var shown = 0, documents = 0;
            document.querySelectorAll("details.document").forEach(function (group) {
              var whole = words !== "" && group.getAttribute("data-search").indexOf(words) >= 0;
              var visible = 0;
              group.querySelectorAll(".unanswered li").forEach(function (item) {
                var match = (wanted === "" || item.getAttribute("data-status") === wanted)
                  && (words === "" || whole || item.getAttribute("data-search").indexOf(words) >= 0);
                item.hidden = !match;
                if (match) visible += 1;
              });
              var filtering = words !== "" || wanted !== "";
              group.hidden = filtering && visible === 0 && !(whole && wanted === "");
              if (filtering && !group.hidden) group.open = true;
              if (!group.hidden) documents += 1;
              shown += visible;
            });
            result.textContent = words === "" && wanted === "" ? "" : shown + " unanswered questions in " + documents + " documents";
          }
          text.addEventListener("input", apply);
          status.addEventListener("change", apply);
          // A link to a closed group opens it; printing opens every group.
          function openTarget() {
            var target = location.hash && document.getElementById(location.hash.slice(1));
            if (target && target.tagName === "DETAILS") target.open = true;
          }
          window.addEventListener("hashchange", openTarget);
          openTarget();
          window.addEventListener("beforeprint", function () {
            document.querySelectorAll("details.document").forEach(function (group) { group.open = true; });
          });
        })();
        </script>
        </body>
        </html>

        """

    // MARK: - Slots

    static func totals(_ counts: CompletenessSnapshot.Counts) -> String {
        guard counts.questions > 0 else { return "no questions found" }
        return "answered: \(counts.answered) of \(Plural.count(counts.questions, "question")) · "
            + "\(counts.placeholder) placeholder · \(counts.empty) empty"
    }

    /// A bar per document, linking to its group.
    static func chart(_ snapshot: CompletenessSnapshot, context: CompletenessContext) -> String {
        guard !snapshot.documents.isEmpty else { return "<p class=\"muted\">No documents.</p>" }
        let items = snapshot.documents.enumerated().map { index, document in
            "<li class=\"level-\(context.level(document.counts).rawValue)\"><a href=\"#doc-\(index + 1)\">\(h(document.path))</a>"
                + "\(meter(document.counts))<span class=\"pct\">\(answeredShare(document.counts))</span></li>"
        }
        return "<ul class=\"chart\" aria-label=\"answered share of each document\">\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    /// A document: a collapsible group with its sections and unanswered questions.
    static func group(_ document: CompletenessSnapshot.Document, index: Int, open: Bool, context: CompletenessContext) -> String {
        let counts = document.counts
        let level = context.level(counts).rawValue
        let search = h(([document.path] + (document.title.map { [$0] } ?? [])).joined(separator: " ").lowercased())
        var out = "<details class=\"document level-\(level)\" id=\"doc-\(index + 1)\" data-search=\"\(search)\"\(open ? " open" : "")>\n"
        out += "<summary><span><span class=\"path\">\(h(document.path))</span>"
        if let title = document.title { out += " <span class=\"doc-title\">\(h(title))</span>" }
        out += "</span><span class=\"pct\">\(answeredShare(counts))</span>"
        out += "<span class=\"counts\">\(counts.questions == 0 ? "no questions" : totals(counts))</span>\(meter(counts))</summary>\n"
        out += "<div class=\"group\">\n"
        out += "<p><a href=\"\(h(context.link(document.path)))\">Open \(h(document.path))</a></p>\n"
        if !document.sections.isEmpty { out += sections(document, context: context) }
        let unanswered = document.entries.filter { $0.status != AnswerStatus.answered.rawValue }
        if unanswered.isEmpty {
            out += "<p class=\"muted\">\(counts.questions == 0 ? "No questions were found in this document." : "Every question is answered.")</p>\n"
        } else {
            out += "<h3>Unanswered questions (\(unanswered.count))</h3>\n<ul class=\"unanswered\">\n"
            for entry in unanswered {
                let where_ = (entry.section.map { h($0) + " · " } ?? "") + "line \(entry.line)"
                let search = h(([entry.question, entry.section ?? "", document.path] + (document.title.map { [$0] } ?? [])).joined(separator: " ").lowercased())
                out += "<li data-status=\"\(h(entry.status))\" data-search=\"\(search)\"><a href=\"\(h(context.link(document.path, line: entry.line)))\">\(h(entry.question))</a> "
                out += "<span class=\"status status-\(h(entry.status))\">\(h(entry.status))</span> <span class=\"where\">\(where_)</span></li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</div>\n</details>"
    }

    /// The sections of a document, sortable by each column.
    static func sections(_ document: CompletenessSnapshot.Document, context: CompletenessContext) -> String {
        // (A soft hyphen lets "unanswered" break on a phone.)
        let columns = ["section", "questions", "answered", "un&shy;answered", "answered %"]
        var out = "<table class=\"sortable\"><caption>Sections</caption>\n<thead><tr>"
        for name in columns {
            // "answered" is questions less unanswered: the column a phone does without.
            let optional = name == "answered" ? " class=\"optional\"" : ""
            out += "<th scope=\"col\" aria-sort=\"none\"\(optional)><button type=\"button\">\(name)</button></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for section in document.sections {
            let counts = section.counts
            out += "<tr class=\"level-\(context.level(counts).rawValue)\"><th scope=\"row\"><a href=\"\(h(context.link(document.path, line: section.line)))\">\(h(section.title))</a></th>"
            out += "<td data-value=\"\(counts.questions)\">\(counts.questions)</td><td data-value=\"\(counts.answered)\" class=\"optional\">\(counts.answered)</td>"
            out += "<td data-value=\"\(counts.placeholder + counts.empty)\">\(counts.placeholder + counts.empty)</td>"
            out += "<td data-value=\"\(counts.questions == 0 ? -1 : counts.answeredPercent)\"><span class=\"pct\">\(answeredShare(counts))</span></td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static func footer(_ context: CompletenessContext) -> String {
        var parts = ["Made by qalint \(h(context.version))"]
        if let generated = context.generated { parts.append("on \(h(generated))") }
        if let commit = context.commit { parts.append("at commit <code>\(h(commit))</code>") }
        let configuration = context.configuration.isEmpty
            ? "with the default configuration"
            : "with " + context.configuration.map { "<code>\(h($0))</code>" }.joined(separator: " extending ")
        return parts.joined(separator: " ") + ", " + configuration + "."
    }

    // MARK: - Pieces

    static func meter(_ counts: CompletenessSnapshot.Counts) -> String {
        let width = counts.questions == 0 ? 0 : min(100, max(0, counts.answeredPercent))
        return "<span class=\"meter\" aria-hidden=\"true\"><span style=\"width:\(JSONNumber.format(width))%\"></span></span>"
    }

    static func h(_ text: String) -> String { Escaping.xml(text) }

    /// The template with each `{{name}}` replaced by its value (values are not searched again).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = rest[open.lowerBound...]; break }
            let name = String(rest[open.upperBound..<close.lowerBound])
            out += values[name] ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
