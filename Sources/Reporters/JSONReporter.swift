import Foundation
public import ReviewKit

/// The machine-readable report: `mpcheck check --format json`. Keys are sorted and findings are
/// in report order, so output is deterministic. Shape documented in the README.
public enum JSONReporter {
    struct Document: Encodable {
        var tool: Report.Tool
        var bundle: String
        var verdict: Verdict
        var summary: Report.Summary
        var metadata: MetadataSummary
        var findings: [Item]
    }

    struct Item: Encodable {
        var rule: String
        var title: String
        var severity: Severity
        var message: String
        var evidence: String
        var citation: Citation
        var location: Location
        var hint: String
    }

    public static func render(_ report: Report, options: RenderOptions) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(document(report, language: options.language))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The document `render` encodes; `batch --format jsonl` encodes the same one on a single line.
    static func document(_ report: Report, language: Language) -> Document {
        let titles = Dictionary(RuleRegistry.all.map { ($0.id, $0.description.title) }, uniquingKeysWith: { a, _ in a })
        return Document(
            tool: report.tool,
            bundle: report.bundle,
            verdict: report.verdict,
            summary: report.summary,
            metadata: report.metadata,
            findings: report.findings.map { finding in
                Item(
                    rule: finding.rule,
                    title: titles[finding.rule]?(language) ?? finding.rule,
                    severity: finding.severity,
                    message: finding.message(language),
                    evidence: finding.evidence,
                    citation: finding.citation,
                    location: finding.location,
                    hint: finding.hint(language)
                )
            }
        )
    }
}
