/// The family a rule belongs to; reports group findings by it.
public enum RuleFamily: String, Sendable, Codable, CaseIterable {
    case basicInfo = "basic-info"
    case icon
    case inducement
    case diversion
    case distributionGambling = "distribution-gambling"
    case completeness
    case technical
    case privacy
    case media
    case payment
    case trademark
    case content
    case packaging

    public var title: LocalizedText {
        switch self {
        case .basicInfo: LocalizedText(zh: "基本信息", en: "Basic information")
        case .icon: LocalizedText(zh: "图标", en: "Icon")
        case .inducement: LocalizedText(zh: "诱导行为", en: "Inducement")
        case .diversion: LocalizedText(zh: "依赖、推广其他应用与导流", en: "Depending on other apps and diversion")
        case .distributionGambling:
            LocalizedText(zh: "分销、赌博与违规营销", en: "Distribution, gambling and deceptive marketing")
        case .technical: LocalizedText(zh: "技术实现", en: "Technical")
        case .content: LocalizedText(zh: "信息内容", en: "Content")
        case .trademark: LocalizedText(zh: "商标与商业外观", en: "Trademarks")
        case .media: LocalizedText(zh: "多媒体", en: "Media")
        case .privacy: LocalizedText(zh: "用户隐私", en: "Privacy")
        case .payment: LocalizedText(zh: "支付", en: "Payment")
        case .completeness: LocalizedText(zh: "可用性和完整性", en: "Completeness")
        case .packaging: LocalizedText(zh: "代码包", en: "Package")
        }
    }
}
