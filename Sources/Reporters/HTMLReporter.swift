import Foundation
public import ReviewKit

/// One self-contained HTML page for a reviewer: a verdict banner, the submitted metadata with the
/// icon embedded as a `data:` picture, then the findings grouped by rule family, each with the
/// cited clause quoted in full and the code around it with the evidence highlighted. No scripts,
/// fonts or pictures are fetched: a Content-Security-Policy forbids every request.
public enum HTMLReporter {
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let words = ReportWords(language: options.language)
        let verdict = words.verdictWord(report.verdict)
        var out = "<!DOCTYPE html>\n<html lang=\"\(words.zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>mpcheck: \(escape(verdict)) · \(escape(report.bundle))</title>\n"
        out += "<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += banner(report, words: words)
        out += metadata(report, words: words)
        out += "<main>\n"
        let groups = families(report)
        if groups.isEmpty {
            out += "<p class=\"no-findings\">\(escape(words.noFindings))</p>\n"
        }
        var number = 0
        for (family, findings) in groups {
            out += "<section class=\"family\" id=\"family-\(family.id)\" data-family=\"\(family.id)\">\n"
            out += "<h2>\(escape(family.title(options.language))) <span class=\"count\">\(findings.count)</span></h2>\n"
            for finding in findings {
                number += 1
                out += article(finding, number: number, report: report, words: words)
            }
            out += "</section>\n"
        }
        out += "</main>\n<footer>mpcheck \(escape(report.tool.version))</footer>\n</body>\n</html>\n"
        return out
    }

    /// No request of any kind: pictures only from `data:`, styles only inline.
    static let csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

    // MARK: - Sections

    static func banner(_ report: Report, words: ReportWords) -> String {
        var out = "<header class=\"banner verdict-\(report.verdict.rawValue)\" id=\"verdict\">\n"
        out += "<p class=\"verdict-label\">\(escape(words.verdict))</p>\n"
        out += "<p class=\"verdict-word\">\(escape(words.verdictWord(report.verdict)))</p>\n"
        out += "<p class=\"counts\">\(escape(words.counts(report.summary)))</p>\n"
        out += "<p class=\"bundle\"><code>\(escape(report.bundle))</code></p>\n"
        return out + "</header>\n"
    }

    static func metadata(_ report: Report, words: ReportWords) -> String {
        let metadata = report.metadata
        var out = "<section class=\"metadata\" id=\"metadata\">\n<h2>\(escape(words.metadata))</h2>\n"
        out += "<div class=\"metadata-body\">\n"
        if let icon = report.icon {
            let data = Data(icon.bytes).base64EncodedString()
            out += "<img class=\"icon\" alt=\"\(escape(icon.path))\" src=\"data:\(icon.mediaType);base64,\(data)\">\n"
        }
        out += "<dl>\n"
        let rows: [(String, String?, String?)] = [
            (MetadataField.name.rawValue, metadata.name, metadata.nameSource.rawValue),
            (MetadataField.description.rawValue, metadata.description, metadata.descriptionSource.rawValue),
            (MetadataField.icon.rawValue, metadata.icon, nil),
            (
                MetadataField.category.rawValue,
                metadata.category.isEmpty ? nil : metadata.category.joined(separator: " / "), nil
            ),
        ]
        for (field, value, source) in rows {
            out += "<dt>\(escape(words.field(field)))</dt><dd>"
            out += value.map { escape($0) } ?? "<span class=\"missing\">—</span>"
            if let source, value != nil { out += " <span class=\"source\">\(escape(source))</span>" }
            out += "</dd>\n"
        }
        return out + "</dl>\n</div>\n</section>\n"
    }

    static func article(_ finding: Finding, number: Int, report: Report, words: ReportWords) -> String {
        let language = words.language
        let severity = finding.severity.rawValue
        var out =
            "<article class=\"finding severity-\(severity)\" id=\"finding-\(number)\" data-rule=\"\(escape(finding.rule))\">\n"
        out += "<header><span class=\"badge \(severity)\">\(escape(words.severityWord(finding.severity)))</span> "
        out += "<code class=\"rule\">\(escape(finding.rule))</code> "
        if let title = report.rule(finding.rule)?.title(language) {
            out += "<span class=\"title\">\(escape(title))</span> "
        }
        out += "<span class=\"location\">\(escape(finding.location.displayString))</span></header>\n"
        out += "<p class=\"message\">\(escape(finding.message(language)))</p>\n"
        if let snippet = finding.snippet, let line = finding.location.line {
            out += code(snippet, line: line, column: finding.location.column ?? 1, evidence: finding.evidence)
        } else if finding.location.file == nil, let field = finding.location.field,
            let value = TextReporter.metadataValue(field, report.metadata)
        {
            out += "<p class=\"field-value\"><span class=\"field\">\(escape(words.field(field)))</span> "
            out += highlighted(value, column: finding.location.column, evidence: finding.evidence) + "</p>\n"
        } else if !finding.evidence.isEmpty {
            out += "<p class=\"evidence\">\(escape(words.evidence)): <mark>\(escape(finding.evidence))</mark></p>\n"
        }
        out +=
            "<blockquote class=\"clause\"><p class=\"clause-source\">\(escape(words.clauseHeading(finding.citation)))</p>"
        out += "<p class=\"clause-text\">\(escape(finding.citation.text))</p></blockquote>\n"
        out += "<p class=\"fix\"><strong>\(escape(words.label(words.fix)))</strong>\(words.zh ? "" : " ")"
        out += "\(escape(finding.hint(language)))</p>\n"
        return out + "</article>\n"
    }

    /// The snippet with line numbers; the finding's line is marked and the evidence on it wrapped
    /// in `<mark>` when it stands there verbatim.
    static func code(_ snippet: Snippet, line: Int, column: Int, evidence: String) -> String {
        let span = snippet.evidenceColumns(line: line, column: column, evidence: evidence)
        var out = "<pre class=\"snippet\"><code>"
        for (offset, text) in snippet.lines.enumerated() {
            let number = snippet.startLine + offset
            let hit = number == line
            out += "<span class=\"line\(hit ? " hit" : "")\"><span class=\"number\">\(number)</span>"
            if hit, let span {
                out += split(text, span.lowerBound, span.upperBound)
            } else {
                out += escape(text)
            }
            out += "</span>\n"
        }
        return out + "</code></pre>\n"
    }

    /// A metadata value with the evidence at `column` highlighted, when it stands there.
    static func highlighted(_ value: String, column: Int?, evidence: String) -> String {
        let snippet = Snippet(startLine: 1, lines: [value])
        guard let column, let span = snippet.evidenceColumns(line: 1, column: column, evidence: evidence) else {
            return escape(value)
        }
        return split(value, span.lowerBound, span.upperBound)
    }

    /// Escaped text with the 1-based scalar columns `start..<end` inside `<mark>`.
    private static func split(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        func part(_ range: Range<Int>) -> String {
            escape(String(String.UnicodeScalarView(scalars[range])))
        }
        return part(0..<(start - 1)) + "<mark>" + part((start - 1)..<(end - 1)) + "</mark>"
            + part((end - 1)..<scalars.count)
    }

    /// Findings by family, families in catalog order; a rule missing from the report's rules
    /// goes to the package family.
    static func families(_ report: Report) -> [(RuleFamily, [Finding])] {
        var groups: [RuleFamily: [Finding]] = [:]
        for finding in report.findings {
            groups[report.rule(finding.rule)?.family ?? .packaging, default: []].append(finding)
        }
        return RuleFamily.allCases.compactMap { family in groups[family].map { (family, $0) } }
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String { text.htmlEscaped }
}

extension RuleFamily {
    /// The family's id in HTML: its raw value.
    var id: String { rawValue }
}
