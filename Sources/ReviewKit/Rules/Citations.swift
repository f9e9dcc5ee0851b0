/// Clauses cited by code rules, quoted exactly from the rule sources.
enum Citations {
    static let operationRules = "微信小程序平台运营规范"
    static let operationRulesEdition = "2017-01-09"

    static func operationRule(_ clause: String, _ text: String) -> Citation {
        Citation(document: operationRules, edition: operationRulesEdition, clause: clause, text: text)
    }

    static let iconClear = operationRule("2.2", "微信小程序icon必须清晰,不能含有其它水印信息。")
    static let basicInfoRelated = operationRule(
        "2.4",
        "微信小程序的名称、icon、简介等基本信息,相互之间必须有所关联。"
    )
    static let completeProduct = operationRule(
        "9.1",
        "提交的微信小程序应该是一个完成品,要求可以打开、可以运行,且不得为测试版。"
    )
    static let followDevelopmentDocs = operationRule(
        "12.1",
        "遵守微信小程序开发文档和开发规范中的规则和约定。"
    )
    static let noAutoplay = operationRule("12.5.3", "禁止视频、音乐、语音等多媒体的自动播放。")
    static let locationConsent = operationRule(
        "10.4.1",
        "在采集、传送或使用地理位置数据之前未通知并获得用户同意的小程序,将会被拒绝。"
    )
    static let paymentInDescription = operationRule(
        "11.1",
        "若微信小程序内存在支付行为,需在微信小程序的简介中有明确的指示。"
    )
    static let keepSecrets = operationRule("10.3.1", "请谨慎保管好你的帐号、密码和密钥。")
    static let noExecutableCode = operationRule("12.3.2", "不得安装或运行其他可执行代码的程序。")
    static let noNonPublicAPI = operationRule("12.4.1", "不得使用非公开的API的程序。")
}
