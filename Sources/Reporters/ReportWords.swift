import ReviewKit

/// Words the document reporters (Markdown, HTML) share, per language.
struct ReportWords {
    let language: Language

    var zh: Bool { language == .zh }
    var pass: String { zh ? "通过" : "PASS" }
    var reject: String { zh ? "不通过" : "REJECT" }
    var verdict: String { zh ? "结论" : "Verdict" }
    var rule: String { zh ? "规则" : "Rule" }
    var location: String { zh ? "位置" : "Location" }
    var message: String { zh ? "问题" : "Message" }
    var severity: String { zh ? "级别" : "Severity" }
    var evidence: String { zh ? "证据" : "Evidence" }
    var clause: String { zh ? "依据" : "Clause" }
    var fix: String { zh ? "修改" : "Fix" }
    var noFindings: String { zh ? "未发现问题。" : "No findings." }
    var metadata: String { zh ? "提交信息" : "Submission" }
    var details: String { zh ? "详情" : "Details" }

    /// A label followed by the colon of the language: "证据：" or "Evidence:".
    func label(_ word: String) -> String { word + (zh ? "：" : ":") }

    func verdictWord(_ verdict: Verdict) -> String { verdict == .pass ? pass : reject }

    func severityWord(_ severity: Severity) -> String {
        switch (severity, language) {
        case (.reject, .zh): "拒绝"
        case (.warning, .zh): "警告"
        case (.info, .zh): "提示"
        case (.reject, .en): "reject"
        case (.warning, .en): "warning"
        case (.info, .en): "info"
        }
    }

    func counts(_ summary: Report.Summary) -> String {
        zh
            ? "拒绝 \(summary.reject) · 警告 \(summary.warning) · 提示 \(summary.info)"
            : "\(summary.reject) reject · \(summary.warning) warning · \(summary.info) info"
    }

    func field(_ name: String) -> String {
        guard zh else { return name }
        switch name {
        case MetadataField.name.rawValue: return "名称"
        case MetadataField.description.rawValue: return "简介"
        case MetadataField.icon.rawValue: return "图标"
        case MetadataField.category.rawValue: return "类目"
        default: return name
        }
    }

    /// 《document》(edition) clause N, without the quote.
    func clauseHeading(_ citation: Citation) -> String {
        citation.heading(zh ? .zh : .en)
    }
}
