/// Clauses cited by code rules, quoted exactly from the rule sources.
enum Citations {
    static let operationRules = "微信小程序平台运营规范"
    static let operationRulesEdition = "2017-01-09"

    static func operationRule(_ clause: String, _ text: String) -> Citation {
        Citation(document: operationRules, edition: operationRulesEdition, clause: clause, text: text)
    }

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
    static let tencentMarks = operationRule(
        "8.3",
        "非腾讯官方帐号,禁止在帐号名称、输出内容中出现与腾讯已有知识产权内容相同(如‘腾讯’、‘微信’、‘Tencent'、‘WeChat’ 、‘QQ’等)、相近似(例如,腾迅、tencet、wecha等)的字样,或者容易与目前已有腾讯产品设计主题、外观等相混淆的内容。"
    )
    static let thirdPartyMarks = operationRule(
        "2.1",
        "微信小程序名称、icon、简介、描述等信息均不得含有政治敏感、色情、暴力血腥、恐怖内容及国家法律法规禁止的其他违法内容;未经授权不得使用第三方享有合法权益的商标、品牌标识等内容或与之相似的内容、信息、特殊角标,侵犯他人合法知识产权,也不得含有其他侵犯他人合法权益(包括但不限于肖像权、名誉权、隐私权、姓名权等)的内容。"
    )
}
