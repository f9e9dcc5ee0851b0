/// Clauses of current official development documents, for facts the 2017 运营规范 lacks. The
/// pages carry no date, so the edition is the year of the copy quoted in `RuleSources/official/`.
extension Citations {
    static let appConfiguration = "微信小程序开发文档·全局配置"
    static let subpackageLoading = "微信小程序开发文档·分包加载"
    static let developmentDocsEdition = "2026 官方文档"

    static let tabBarItemCount = Citation(
        document: appConfiguration,
        edition: developmentDocsEdition,
        clause: "tabBar",
        text: "其中 list 接受一个数组，只能配置最少 2 个、最多 5 个 tab。"
    )
    static let tabBarIcon = Citation(
        document: appConfiguration,
        edition: developmentDocsEdition,
        clause: "tabBar list iconPath",
        text: "图片路径，icon 大小限制为 40kb，建议尺寸为 81px * 81px，不支持网络图片。"
    )
    static let packageSizeLimits = Citation(
        document: subpackageLoading,
        edition: developmentDocsEdition,
        clause: "分包加载",
        text: """
            - 整个小程序所有分包大小不超过 30M（服务商代开发的小程序不超过 20M）
            - 单个分包/主包大小不能超过 2M
            """
    )
}
