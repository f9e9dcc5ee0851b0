/// Privacy interfaces used without any consent flow of the app's own. Since 2023-10-17 the
/// platform shows its own consent popup, so this is only a warning.
struct PrivacyConsentFlowRule: Rule {
    static let consentAPIs: Set<String> = [
        "onNeedPrivacyAuthorization", "requirePrivacyAuthorize", "getPrivacySetting", "openPrivacyContract",
    ]

    let description = RuleDescription(
        id: "privacy-consent-flow-missing",
        family: .privacy,
        title: LocalizedText(zh: "使用隐私接口但没有自定义授权流程", en: "Privacy interfaces without a consent flow"),
        severity: .warning,
        citation: Citations.consentBeforeCollecting,
        rationale: LocalizedText(
            zh: """
                运营规范 10.1.1 要求采集用户数据前获得同意。代码调用隐私接口，却没有 wx.onNeedPrivacyAuthorization、\
                wx.requirePrivacyAuthorize、wx.getPrivacySetting 或 open-type="agreePrivacyAuthorization" 按钮时，\
                自 2023-10-17 起平台会弹出官方授权弹窗，因此只作警告：确认官方弹窗的时机符合产品流程。
                """,
            en: """
                Clause 10.1.1 requires consent before collecting user data. When the code calls privacy interfaces but \
                has no wx.onNeedPrivacyAuthorization, wx.requirePrivacyAuthorize, wx.getPrivacySetting or \
                open-type="agreePrivacyAuthorization" button, the platform shows its own consent popup (since \
                2023-10-17), so this is only a warning: check that the official popup fits the product's flow.
                """
        ),
        hint: LocalizedText(
            zh: "在首次使用隐私接口前展示隐私协议并提供 open-type=\"agreePrivacyAuthorization\" 按钮，或确认官方弹窗可以接受。",
            en:
                "Show the privacy contract with an open-type=\"agreePrivacyAuthorization\" button before the first privacy call, or accept the official popup."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js": "Page({\n  pick() {\n    ↓wx.chooseMedia({ count: 1 })\n  },\n})"
            ])
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js": "Page({ pick() { wx.chooseMedia({}) } })",
                "app.js": "App({ onLaunch() { wx.onNeedPrivacyAuthorization((resolve) => this.ask(resolve)) } })",
            ]),
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<button open-type=\"agreePrivacyAuthorization\" bindagreeprivacyauthorization=\"ok\">同意</button>",
                "pages/index/index.js": "Page({ pick() { wx.chooseMedia({}) } })",
            ]),
            RuleExample(files: ["pages/index/index.js": "Page({ tap() { wx.showToast({ title: '你好' }) } })"]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let first = PrivacyInterfaces.uses(in: submission).first else { return [] }
        if !CallSite.find(Self.consentAPIs, in: submission).isEmpty { return [] }
        let hasButton = submission.wxmlFiles.contains { file in
            file.document.elements.contains { element in
                element.attribute("open-type")?.value?.contains("agreePrivacyAuthorization") == true
            }
        }
        if hasButton { return [] }
        return [
            finding(
                LocalizedText(
                    zh: "\(first.evidence) 处理“\(first.infoType)”，但小程序没有自己的隐私授权流程，将由平台弹出官方授权弹窗",
                    en:
                        "\(first.evidence) processes \"\(first.infoType)\", but the app has no consent flow of its own; the platform will show its official popup"
                ),
                evidence: first.evidence,
                at: first.location
            )
        ]
    }
}
