/// Clauses cited by code rules, quoted exactly from the rule sources.
enum Citations {
    static let operationRules = "微信小程序平台运营规范"
    static let operationRulesEdition = "2017-01-09"

    static func operationRule(_ clause: String, _ text: String) -> Citation {
        Citation(document: operationRules, edition: operationRulesEdition, clause: clause, text: text)
    }

    /// The current edition of the 运营规范 as published on the official site, for rules the 2017
    /// edition lacks (`RuleSources/official/operation-rules-current.md`).
    static let currentOperationRules = "微信小程序平台运营规范（现行版）"
    static let currentOperationRulesEdition = "2026 官方文档"

    static func currentOperationRule(_ clause: String, _ text: String) -> Citation {
        Citation(document: currentOperationRules, edition: currentOperationRulesEdition, clause: clause, text: text)
    }

    static let iconClear = operationRule("2.2", "微信小程序icon必须清晰,不能含有其它水印信息。")
    static let descriptionStatesFunctions = operationRule(
        "2.3",
        "小程序的简介和描述需明确介绍微信小程序的功能,准确反映微信小程序的核心体验,并保持最新。"
    )
    static let iconColouredBackground = operationRule("13.4", "icon建议使用有色背景。")
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
    static let consentBeforeCollecting = operationRule(
        "10.1.1",
        "在采集用户数据之前,必须确保经过用户同意,并向用户如实披露数据用途、使用范围等相关信息。"
    )
    static let noRecordingUnknown = operationRule("12.5.4", "不得在用户不知情的情况下,使用录音功能。")
    static let promptBeforePaying = operationRule("11.2", "执行支付动作前,需在页面中对用户有明确的提示。")
    static let noDonations = operationRule("11.3", "未经腾讯许可,不得使用微信支付作为捐款和募捐。")
    static let noInducement = operationRule(
        "5.1",
        "微信小程序的页面内容中,不得存在诱导类行为,包括但不限于诱导分享、诱导添加、诱导关注、诱导下载等;如不得要求用户分享、添加、关注或下载后才可操作;不得含有明示或暗示用户分享的文案、图片、按钮、浮层、弹窗等;不得通过利益诱惑诱导用户分享、传播;不得用夸张言语来胁迫、引诱用户分享;不得强制或诱导用户添加小程序。"
    )
    static let paymentInDescription = operationRule(
        "11.1",
        "若微信小程序内存在支付行为,需在微信小程序的简介中有明确的指示。"
    )
    static let keepSecrets = operationRule("10.3.1", "请谨慎保管好你的帐号、密码和密钥。")
    static let noExecutableCode = operationRule("12.3.2", "不得安装或运行其他可执行代码的程序。")
    static let noNonPublicAPI = operationRule("12.4.1", "不得使用非公开的API的程序。")
    static let tencentMarks = operationRule(
        "8.3",
        "非腾讯官方帐号,禁止在帐号名称、输出内容中出现与腾讯已有知识产权内容相同(如‘腾讯’、‘微信’、‘Tencent'、‘WeChat’ 、‘QQ’等)、相近似(例如,腾迅、tencet、wecha等)的字样,或者容易与目前已有腾讯产品设计主题、外观等相混淆的内容。"
    )
    static let thirdPartyMarks = operationRule(
        "2.1",
        "微信小程序名称、icon、简介、描述等信息均不得含有政治敏感、色情、暴力血腥、恐怖内容及国家法律法规禁止的其他违法内容;未经授权不得使用第三方享有合法权益的商标、品牌标识等内容或与之相似的内容、信息、特殊角标,侵犯他人合法知识产权,也不得含有其他侵犯他人合法权益(包括但不限于肖像权、名誉权、隐私权、姓名权等)的内容。"
    )
    static let virtualGoodsPayment = currentOperationRule(
        "14.6",
        "开发者在小程序内提供的虚拟商品，购买和支付均需接入小程序虚拟支付；不得引导至app、公众号、h5、个人号、网站、安卓支付完成支付。"
    )
    /// The diversion clause the `off-platform-links` checklist cites: links and QR codes that lead
    /// to third-party platforms and accounts.
    static let maliciousDiversion = Citation(
        document: "“即梦AI”社区自律公约",
        edition: "未注明日期",
        clause: "33. 恶意导流",
        text: "平台禁止制作、发布、传播不利于平台良好内容生态的导流信息，如第三方平台账号或带有第三方平台水印、logo等内容的外部链接、二维码等可识别标志。"
    )
}
