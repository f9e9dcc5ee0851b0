public import ReviewKit

/// A plain HTML page for one bundle of a batch: verdict, counts and a table of findings.
///
/// Deliberately simple and kept apart from the rest of the batch output, so that a full HTML report
/// can replace it: only `render` is called, by the batch command. Self-contained like the index.
public enum BatchBundlePage {
    public static func render(_ row: BatchRow, language: Language) -> String {
        let words = BatchWords(language: language)
        let summary = row.summary
        var body = "<h1>\(row.bundle.htmlEscaped)</h1>\n"
        body += "<p class=\"\(summary.verdict.rawValue)\">\(words.verdictHeading): \(words.verdict(summary.verdict))"
        if let report = row.report {
            body += " · \(words.reject) \(report.summary.reject) · \(words.warning) \(report.summary.warning)"
            body += " · \(words.info) \(report.summary.info)</p>\n"
            body += findingsTable(report, language: language)
        } else {
            body += "</p>\n<p>\((row.error ?? "").htmlEscaped)</p>\n"
        }
        body += "<p><a href=\"../index.html\">← index</a></p>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(row.bundle.htmlEscaped) · mpcheck</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
            .reject { color: #b00; font-weight: bold; }
            .error { color: #850; font-weight: bold; }
            .pass { color: #070; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func findingsTable(_ report: Report, language: Language) -> String {
        guard !report.findings.isEmpty else { return "" }
        var table = "<table>\n<thead><tr><th>severity</th><th>location</th><th>rule</th><th>message</th>"
        table += "<th>evidence</th><th>clause</th></tr></thead>\n<tbody>\n"
        for finding in report.findings {
            let citation = finding.citation
            let clause = "\(citation.document) (\(citation.edition)) \(citation.clause): \(citation.text)"
            table += "<tr><td class=\"\(finding.severity.rawValue)\">\(finding.severity.rawValue)</td>"
            table += "<td>\(finding.location.displayString.htmlEscaped)</td>"
            table += "<td>\(finding.rule.htmlEscaped)</td>"
            table += "<td>\(finding.message(language).htmlEscaped)</td>"
            table += "<td>\(finding.evidence.htmlEscaped)</td>"
            table += "<td>\(clause.htmlEscaped)</td></tr>\n"
        }
        return table + "</tbody>\n</table>\n"
    }
}
