public import ReviewKit

/// The index page of `mpcheck batch --format html`: one table row per bundle, sortable by any column
/// (click a heading), linking to each bundle's page. Self-contained: inline style and script, and a
/// content security policy that forbids every request.
public enum BatchHTMLIndex {
    public static func render(_ summaries: [BatchSummary], language: Language) -> String {
        let words = BatchWords(language: language)
        let rejected = summaries.count { $0.verdict == .reject }
        let failed = summaries.count { $0.verdict == .error }
        var rows = ""
        for summary in summaries {
            let name = summary.bundle.htmlEscaped
            let link = summary.page.map { "<a href=\"\($0.htmlEscaped)\">\(name)</a>" } ?? name
            let verdictRank = summary.verdict == .error ? 0 : summary.verdict == .reject ? 1 : 2
            rows += """
                <tr class="\(summary.verdict.rawValue)"><td>\(link)</td>\
                <td data-sort="\(verdictRank)">\(words.verdict(summary.verdict))</td>\
                <td data-sort="\(summary.reject)">\(summary.reject)</td>\
                <td data-sort="\(summary.warning)">\(summary.warning)</td>\
                <td data-sort="\(summary.info)">\(summary.info)</td>\
                <td>\(summary.topRules.joined(separator: " ").htmlEscaped)</td>\
                <td>\((summary.error ?? "").htmlEscaped)</td>\
                <td data-sort="\(summary.milliseconds)">\(summary.milliseconds)</td></tr>

                """
        }
        let headings = [
            (words.bundle, "text"), (words.verdictHeading, "number"), (words.reject, "number"),
            (words.warning, "number"), (words.info, "number"), (words.topRules, "text"), (words.error, "text"),
            ("ms", "number"),
        ]
        .enumerated().map { index, heading in
            "<th data-column=\"\(index)\" data-type=\"\(heading.1)\">\(heading.0)</th>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'unsafe-inline'">
            <title>mpcheck batch</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
            th { cursor: pointer; background: #f4f4f4; user-select: none; }
            tr.reject td:nth-child(2) { color: #b00; font-weight: bold; }
            tr.error td:nth-child(2) { color: #850; font-weight: bold; }
            tr.pass td:nth-child(2) { color: #070; }
            </style>
            </head>
            <body>
            <h1>mpcheck batch</h1>
            <p>\(words.totals(count: summaries.count, rejected: rejected, failed: failed))</p>
            <table id="bundles">
            <thead><tr>\(headings)</tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            <script>
            (function () {
              var table = document.getElementById("bundles");
              var body = table.tBodies[0];
              var direction = {};
              table.tHead.addEventListener("click", function (event) {
                var heading = event.target.closest("th");
                if (!heading) return;
                var column = Number(heading.dataset.column);
                var numeric = heading.dataset.type === "number";
                var sign = direction[column] = -(direction[column] || -1);
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[column], y = b.cells[column];
                  var left = numeric ? Number(x.dataset.sort) : x.textContent;
                  var right = numeric ? Number(y.dataset.sort) : y.textContent;
                  return (left < right ? -1 : left > right ? 1 : 0) * sign;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            })();
            </script>
            </body>
            </html>

            """
    }
}

/// The fixed words of the batch pages, per language.
struct BatchWords {
    let language: Language

    var bundle: String { language == .zh ? "代码包" : "Bundle" }
    var verdictHeading: String { language == .zh ? "结论" : "Verdict" }
    var reject: String { language == .zh ? "拒绝" : "Reject" }
    var warning: String { language == .zh ? "警告" : "Warning" }
    var info: String { language == .zh ? "提示" : "Info" }
    var topRules: String { language == .zh ? "主要规则" : "Top rules" }
    var error: String { language == .zh ? "错误" : "Error" }

    func verdict(_ verdict: BatchSummary.Verdict) -> String {
        switch (verdict, language) {
        case (.pass, .zh): "通过"
        case (.reject, .zh): "不通过"
        case (.error, .zh): "无法读取"
        case (.pass, .en): "pass"
        case (.reject, .en): "reject"
        case (.error, .en): "error"
        }
    }

    func totals(count: Int, rejected: Int, failed: Int) -> String {
        switch language {
        case .zh: "共 \(count) 个代码包：不通过 \(rejected)，无法读取 \(failed)。点击表头排序。"
        case .en: "\(count) bundles: \(rejected) rejected, \(failed) could not be read. Click a heading to sort."
        }
    }
}
