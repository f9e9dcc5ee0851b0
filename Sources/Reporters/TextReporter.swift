public import ReviewKit

/// The terminal report: verdict first, then findings grouped by severity, each with its
/// location, rule, evidence, cited clause and a one-line fix. Chinese by default.
public enum TextReporter {
    /// Longest clause quote shown per finding; `mpcheck explain` prints the whole clause.
    static let quoteLimit = 60

    public static func render(_ report: Report, options: RenderOptions) -> String {
        let language = options.language
        let style = Style(enabled: options.color)
        let words = Words(language: language)
        var out = ""
        out += "mpcheck \(report.tool.version) · \(words.reviewing) \(report.bundle)\n"
        let counts = words.counts(report.summary)
        switch report.verdict {
        case .pass: out += style.bold(style.green("\(words.verdict)\(words.pass)")) + "  (\(counts))\n"
        case .reject: out += style.bold(style.red("\(words.verdict)\(words.reject)")) + "  (\(counts))\n"
        }
        for severity in [Severity.reject, .warning, .info] {
            let group = report.findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out += "\n" + style.colored(severity, style.bold("\(words.heading(severity)) (\(group.count))")) + "\n"
            for finding in group {
                out += "  \(style.bold(finding.location.displayString))  \(style.dim("[\(finding.rule)]"))\n"
                out += "    \(finding.message(language))\n"
                if finding.location.file == nil, let value = metadataValue(finding.location.field, report.metadata) {
                    out += "    \(words.field(finding.location.field ?? ""))\(oneLine(value, limit: 80))\n"
                }
                if !finding.evidence.isEmpty {
                    out += "    \(words.evidence)\(oneLine(finding.evidence, limit: 80))\n"
                }
                out += "    \(words.clause)\(citation(finding.citation, language: language))\n"
                out += "    \(words.fix)\(finding.hint(language))\n"
            }
        }
        if report.findings.isEmpty {
            out += "\n\(words.noFindings)\n"
        }
        return out
    }

    /// The judged value of a metadata field, shown beside findings located in it.
    static func metadataValue(_ field: String?, _ metadata: MetadataSummary) -> String? {
        switch field {
        case MetadataField.name.rawValue: metadata.name
        case MetadataField.description.rawValue: metadata.description
        case MetadataField.icon.rawValue: metadata.icon
        case MetadataField.category.rawValue:
            metadata.category.isEmpty ? nil : metadata.category.joined(separator: " / ")
        default: nil
        }
    }

    static func citation(_ citation: Citation, language: Language) -> String {
        let quote = oneLine(citation.text, limit: quoteLimit)
        return citation.heading(language) + (language == .zh ? "：" : ": ") + quote
    }

    /// Collapses line breaks and cuts to `limit` characters with an ellipsis.
    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        guard flat.count > limit else { return flat }
        return String(flat.prefix(limit)) + "…"
    }
}

/// The fixed words of the text report, per language.
private struct Words {
    let language: Language

    var reviewing: String { language == .zh ? "审核" : "reviewing" }
    var verdict: String { language == .zh ? "结论：" : "Verdict: " }
    var pass: String { language == .zh ? "通过" : "PASS" }
    var reject: String { language == .zh ? "不通过" : "REJECT" }
    var evidence: String { language == .zh ? "证据：" : "evidence: " }
    var clause: String { language == .zh ? "依据：" : "clause: " }
    var fix: String { language == .zh ? "修改：" : "fix: " }
    var noFindings: String { language == .zh ? "未发现问题。" : "No findings." }

    func field(_ name: String) -> String {
        guard language == .zh else { return "\(name): " }
        switch name {
        case MetadataField.name.rawValue: return "名称："
        case MetadataField.description.rawValue: return "简介："
        case MetadataField.icon.rawValue: return "图标："
        case MetadataField.category.rawValue: return "类目："
        default: return "\(name)："
        }
    }

    func heading(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.reject, .zh): "拒绝"
        case (.warning, .zh): "警告"
        case (.info, .zh): "提示"
        case (.reject, .en): "Reject"
        case (.warning, .en): "Warning"
        case (.info, .en): "Info"
        }
    }

    func counts(_ summary: Report.Summary) -> String {
        switch language {
        case .zh: "拒绝 \(summary.reject) · 警告 \(summary.warning) · 提示 \(summary.info)"
        case .en: "\(summary.reject) reject · \(summary.warning) warning · \(summary.info) info"
        }
    }
}

/// ANSI styling that does nothing when colour is off.
private struct Style {
    let enabled: Bool

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String { wrap("1", text) }
    func dim(_ text: String) -> String { wrap("2", text) }
    func red(_ text: String) -> String { wrap("31", text) }
    func green(_ text: String) -> String { wrap("32", text) }

    func colored(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .reject: wrap("31", text)
        case .warning: wrap("33", text)
        case .info: wrap("36", text)
        }
    }
}
