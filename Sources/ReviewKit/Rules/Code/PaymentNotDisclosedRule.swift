import TextMatching

/// Payment APIs used while the 简介 never says the mini-program takes payments (运营规范 11.1).
struct PaymentNotDisclosedRule: Rule {
    static let paymentAPIs: Set<String> = [
        "requestPayment", "requestVirtualPayment", "requestOrderPayment", "requestCommonPayment",
        "requestPluginPayment",
    ]
    /// Words that tell a reader of the 简介 that money changes hands.
    static let disclosureWords = [
        "支付", "付费", "付款", "收费", "缴费", "购买", "购物", "充值", "下单", "点单", "点餐", "订购", "预订",
        "购票", "订票", "商城", "会员", "买单", "收银",
    ]
    /// The disclosure words, matched in the normalised 简介 (so 付費 and 購買 count too).
    static let disclosureMatcher = PhraseMatcher(phrases: disclosureWords)

    let description = RuleDescription(
        id: "payment-not-disclosed",
        family: .payment,
        title: LocalizedText(zh: "存在支付但简介未说明", en: "Payment not disclosed in the description"),
        severity: .reject,
        citation: Citations.paymentInDescription,
        rationale: LocalizedText(
            zh: """
                运营规范 11.1 要求存在支付行为的小程序在简介中明确说明。本规则在脚本调用 wx.requestPayment、\
                wx.requestVirtualPayment 等支付接口，而简介中没有“支付、付费、购买、充值、下单、商城、会员”等说明支付的词时触发，\
                位置指向每一处支付调用。
                """,
            en: """
                Clause 11.1 requires a mini-program that takes payments to say so in its description. The rule fires \
                when scripts call wx.requestPayment, wx.requestVirtualPayment or another payment API while the \
                description contains no word that discloses payment (支付, 付费, 购买, 充值, 下单, 商城, 会员 …); each \
                payment call is reported.
                """
        ),
        hint: LocalizedText(
            zh: "在简介中写明付费内容，例如“支持在线下单并使用微信支付”。",
            en: "Say what users pay for in the description, e.g. \"order online and pay with WeChat Pay\"."
        ),
        triggeringExamples: [
            RuleExample(
                description: "记录每天的喝水量，提醒你按时喝水",
                files: [
                    "pages/index/index.js":
                        "Page({\n  buy() {\n    ↓wx.requestPayment({ timeStamp: '', nonceStr: '', package: '', paySign: '' })\n  }\n})"
                ]
            ),
            RuleExample(files: [
                "pages/vip/vip.js": "Page({ buy() { ↓wx.requestVirtualPayment({ mode: 'short_series_coin' }) } })"
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                description: "精品咖啡在线点单，支持微信支付和会员积分",
                files: ["pages/index/index.js": "Page({ buy() { wx.requestPayment({}) } })"]
            ),
            RuleExample(
                description: "精品咖啡，線上點餐",
                files: ["pages/index/index.js": "Page({ buy() { wx.requestPayment({}) } })"]
            ),
            RuleExample(
                description: "记录每天的喝水量，提醒你按时喝水",
                files: ["pages/index/index.js": "// TODO: wx.requestPayment later\nconst label = 'requestPayment'"]
            ),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let text = submission.metadata.description ?? ""
        guard Self.disclosureMatcher.matches(in: text).isEmpty else { return [] }
        return CallSite.find(Self.paymentAPIs, in: submission).map { site in
            finding(
                LocalizedText(
                    zh: "代码调用了 \(site.evidence)，但简介没有说明支付（如“支付”“购买”“充值”）",
                    en: "The code calls \(site.evidence), but the description never mentions payment"
                ),
                evidence: site.evidence,
                at: site.location
            )
        }
    }
}
