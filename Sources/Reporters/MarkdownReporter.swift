public import ReviewKit

/// Markdown for a pull-request or merge-request comment: the verdict, a findings table, and each
/// finding's evidence, clause, fix and code in a collapsed `<details>`.
public enum MarkdownReporter {
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let language = options.language
        let words = ReportWords(language: language)
        let mark = report.verdict == .pass ? "✅" : "❌"
        var out = "## mpcheck: \(mark) \(words.verdictWord(report.verdict))\n\n"
        out += "`\(inlineCode(report.bundle))` · \(words.counts(report.summary)) · mpcheck \(report.tool.version)\n"
        guard !report.findings.isEmpty else {
            return out + "\n\(words.noFindings)\n"
        }
        out += "\n| \(words.severity) | \(words.rule) | \(words.location) | \(words.message) |\n"
        out += "|---|---|---|---|\n"
        for finding in report.findings {
            let cells = [
                "\(icon(finding.severity)) \(words.severityWord(finding.severity))",
                "`\(inlineCode(finding.rule))`",
                "`\(inlineCode(finding.location.displayString))`",
                cell(finding.message(language)),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        out += "\n"
        for finding in report.findings {
            out += details(finding, metadata: report.metadata, words: words)
        }
        return out
    }

    static func details(_ finding: Finding, metadata: MetadataSummary, words: ReportWords) -> String {
        let language = words.language
        var out = "<details>\n<summary>\(icon(finding.severity)) <code>\(html(finding.rule))</code> "
        out += "<code>\(html(finding.location.displayString))</code>: \(html(finding.message(language)))</summary>\n\n"
        if finding.location.file == nil, let field = finding.location.field,
            let value = TextReporter.metadataValue(field, metadata)
        {
            out += "**\(words.label(words.field(field)))** \(cell(value))\n\n"
        }
        if !finding.evidence.isEmpty {
            out += "**\(words.label(words.evidence))** `\(inlineCode(finding.evidence))`\n\n"
        }
        out += "**\(words.label(words.clause))** \(words.clauseHeading(finding.citation))\n\n"
        out +=
            finding.citation.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> \($0)" }.joined(separator: "\n") + "\n\n"
        out += "**\(words.label(words.fix))** \(finding.hint(language))\n\n"
        if let snippet = finding.snippet, let line = finding.location.line {
            out += codeBlock(snippet, line: line, file: finding.location.file ?? "")
        }
        return out + "</details>\n\n"
    }

    /// The snippet with line numbers and a `>` beside the finding's line, in a fence longer than
    /// any backtick run inside it.
    static func codeBlock(_ snippet: Snippet, line: Int, file: String) -> String {
        let width = String(snippet.startLine + snippet.lines.count - 1).count
        let body = snippet.lines.enumerated().map { offset, text in
            let number = String(snippet.startLine + offset)
            let marker = snippet.startLine + offset == line ? ">" : " "
            return "\(marker) \(String(repeating: " ", count: width - number.count))\(number) | \(text)"
        }
        var fence = "```"
        while body.contains(where: { $0.contains(fence) }) { fence += "`" }
        return "\(fence)\n\(body.joined(separator: "\n"))\n\(fence)\n\n"
    }

    static func icon(_ severity: Severity) -> String {
        switch severity {
        case .reject: "❌"
        case .warning: "⚠️"
        case .info: "ℹ️"
        }
    }

    /// A table cell: one line, pipes escaped, HTML-significant characters escaped.
    static func cell(_ text: String) -> String {
        html(String(text.map { $0.isNewline ? " " : $0 })).replacing("|", with: "\\|")
    }

    /// Text for inside a code span: one line, no backticks (they would end the span), pipes
    /// escaped for tables.
    static func inlineCode(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 == "`" ? "'" : $0 }).replacing("|", with: "\\|")
    }

    static func html(_ text: String) -> String {
        HTMLReporter.escape(text)
    }
}
