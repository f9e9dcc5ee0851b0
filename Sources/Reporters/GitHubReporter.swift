public import ReviewKit

/// GitHub Actions workflow commands, one per finding, so findings show as annotations on the
/// pull request: `::error file=…,line=…,col=…,endColumn=…,title=…::message`. Reject is an
/// error, warning a warning, info a notice. Paths are prefixed with the bundle folder so they
/// are relative to the repository when mpcheck runs from its root; metadata findings point at
/// submission.json.
public enum GitHubReporter {
    public static func render(_ report: Report, options: RenderOptions) -> String {
        let language = options.language
        var out = ""
        for finding in report.findings {
            let location = finding.location
            var properties: [(String, String)] = [
                ("file", ArtifactPaths.repositoryPath(location.file ?? ArtifactPaths.metadataFile, in: report))
            ]
            if location.file != nil, let line = location.line {
                properties.append(("line", "\(line)"))
                let column = location.column ?? 1
                properties.append(("col", "\(column)"))
                if let span = finding.snippet?.evidenceColumns(line: line, column: column, evidence: finding.evidence) {
                    properties.append(("endColumn", "\(span.upperBound - 1)"))
                }
            }
            properties.append(("title", "mpcheck \(finding.rule)"))
            var message = finding.message(language)
            if location.file == nil, let field = location.field {
                message = "[\(field)] " + message
            }
            let citation = finding.citation
            message += "\n" + SARIFReporter.citationText(citation, language: language)
            message += "\n" + (language == .zh ? "修改：" : "Fix: ") + finding.hint(language)
            let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            out += "::\(command(finding.severity)) \(list)::\(escapeData(message))\n"
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .reject: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escaping of a command's message, as the Actions runner expects it.
    /// Works on Unicode scalars, so "\r\n" (one `Character`) becomes "%0D%0A".
    static func escapeData(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    /// Escaping of a property value: also ":" and ",", which separate properties.
    static func escapeProperty(_ text: String) -> String {
        escape(text, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    private static func escape(_ text: String, _ table: [(Unicode.Scalar, String)]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if let replacement = table.first(where: { $0.0 == scalar })?.1 {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
