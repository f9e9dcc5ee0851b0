import Foundation
public import ReviewKit

/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule that ran in
/// `tool.driver.rules` with its cited clause as help, one result per finding with a stable
/// fingerprint. Regions are 1-based and columns count Unicode code points. A metadata finding
/// points at submission.json without a region, with the field as a logical location.
public enum SARIFReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The `uriBaseId` of every artifact: the mini-program's project root.
    static let projectRoot = "PROJECTROOT"
    /// SARIF viewers truncate longer descriptions (GitHub: 1024 characters).
    static let descriptionLimit = 1024

    public static func render(_ report: Report, options: RenderOptions) -> String {
        let language = options.language
        let ruleIndex = Dictionary(
            report.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let fingerprints = report.fingerprints
        let results = report.findings.enumerated().map { index, finding in
            result(finding, fingerprint: fingerprints[index], ruleIndex: ruleIndex[finding.rule], language: language)
        }
        var baseIDs: [String: ArtifactLocation]?
        if let folder = ArtifactPaths.projectFolder(report) {
            baseIDs = [projectRoot: ArtifactLocation(uri: uri(folder), uriBaseId: nil)]
        }
        let log = Log(
            schema: schema,
            version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: report.tool.name,
                            version: report.tool.version,
                            semanticVersion: report.tool.version,
                            rules: report.rules.map { rule($0, language: language) }
                        )
                    ),
                    originalUriBaseIds: baseIDs,
                    columnKind: "unicodeCodePoints",
                    results: results,
                    properties: RunProperties(bundle: report.bundle, verdict: report.verdict, summary: report.summary)
                )
            ]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .reject: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The clause as a citation line and a quote; `help` of every rule.
    static func citationText(_ citation: Citation, language: Language) -> String {
        citation.heading(language) + (language == .zh ? "：" : ": ") + "“\(citation.text)”"
    }

    static func rule(_ rule: RuleDescription, language: Language) -> ReportingDescriptor {
        let fix = language == .zh ? "修改：" : "Fix: "
        let citation = citationText(rule.citation, language: language)
        let markdownQuote = rule.citation.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> \($0)" }.joined(separator: "\n")
        let heading = rule.citation.heading(language) + (language == .zh ? "：" : ":")
        return ReportingDescriptor(
            id: rule.id,
            name: rule.id,
            shortDescription: Message(text: truncated(rule.title(language))),
            fullDescription: Message(text: truncated(rule.rationale(language))),
            help: MultiformatMessage(
                text: "\(citation)\n\n\(fix)\(rule.hint(language))",
                markdown: "\(heading)\n\n\(markdownQuote)\n\n**\(fix)**\(rule.hint(language))"
            ),
            defaultConfiguration: Configuration(level: level(rule.severity)),
            properties: RuleProperties(
                tags: [rule.family.rawValue],
                clause: rule.citation.clause,
                document: rule.citation.document,
                edition: rule.citation.edition
            )
        )
    }

    static func result(_ finding: Finding, fingerprint: String, ruleIndex: Int?, language: Language)
        -> Result
    {
        let location = finding.location
        var physical: PhysicalLocation
        var logical: [LogicalLocation]?
        if let file = location.file, let line = location.line {
            let column = location.column ?? 1
            let span = finding.snippet?.evidenceColumns(line: line, column: column, evidence: finding.evidence)
            physical = PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: uri(file), uriBaseId: projectRoot),
                region: Region(
                    startLine: line, startColumn: column, endLine: span.map { _ in line }, endColumn: span?.upperBound)
            )
        } else {
            physical = PhysicalLocation(
                artifactLocation: ArtifactLocation(
                    uri: uri(location.file ?? ArtifactPaths.metadataFile), uriBaseId: projectRoot),
                region: nil
            )
        }
        if let field = location.field {
            logical = [LogicalLocation(name: field, fullyQualifiedName: "submission.\(field)", kind: "member")]
        }
        var text = finding.message(language)
        if location.file == nil, let field = location.field {
            text = "[\(field)\(location.column.map { ":\($0)" } ?? "")] " + text
        }
        return Result(
            ruleId: finding.rule,
            ruleIndex: ruleIndex,
            level: level(finding.severity),
            message: Message(text: text),
            locations: [Location(physicalLocation: physical, logicalLocations: logical)],
            partialFingerprints: ["mpcheck/v1": fingerprint],
            properties: ResultProperties(
                evidence: finding.evidence.isEmpty ? nil : finding.evidence,
                hint: finding.hint(language),
                severity: finding.severity.rawValue
            )
        )
    }

    /// A relative path as a URI reference: spaces, Chinese and other characters percent-encoded.
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func truncated(_ text: String) -> String {
        text.count <= descriptionLimit ? text : String(text.prefix(descriptionLimit - 1)) + "…"
    }

    // MARK: - The SARIF objects mpcheck writes (a subset of the schema)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var columnKind: String
        var results: [Result]
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var bundle: String
        var verdict: Verdict
        var summary: Report.Summary
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]
        var clause: String
        var document: String
        var edition: String
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var evidence: String?
        var hint: String
        var severity: String
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        /// Exclusive, like every SARIF end column.
        var endColumn: Int?
    }

    struct LogicalLocation: Encodable {
        var name: String
        var fullyQualifiedName: String
        var kind: String
    }
}
