/// The family a rule belongs to; reports group findings by it.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    case basicInfo = "basic-info"
    case inducement
    case trademark
    case media
    case privacy
    case payment
    case completeness
    case packaging
    case technical

    public var title: LocalizedText {
        switch self {
        case .basicInfo: LocalizedText(zh: "基本信息", en: "Basic information")
        case .inducement: LocalizedText(zh: "诱导行为", en: "Inducement")
        case .trademark: LocalizedText(zh: "商标与商业外观", en: "Trademarks")
        case .media: LocalizedText(zh: "多媒体", en: "Media")
        case .privacy: LocalizedText(zh: "用户隐私", en: "Privacy")
        case .payment: LocalizedText(zh: "支付", en: "Payment")
        case .completeness: LocalizedText(zh: "可用性和完整性", en: "Completeness")
        case .packaging: LocalizedText(zh: "代码包", en: "Package")
        case .technical: LocalizedText(zh: "技术实现", en: "Technical")
        }
    }
}
