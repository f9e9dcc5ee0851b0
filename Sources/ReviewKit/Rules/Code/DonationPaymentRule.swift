import TextMatching

/// Payment used for donations or fund-raising (运营规范 11.3).
struct DonationPaymentRule: Rule {
    static let words = ["捐款", "捐赠", "募捐", "募款", "众筹", "善款", "筹款"]
    static let matcher = PhraseMatcher(phrases: words, allowContexts: ["众筹网"])

    let description = RuleDescription(
        id: "donation-payment",
        family: .payment,
        title: LocalizedText(zh: "使用微信支付捐款、募捐", en: "Payment used for donations"),
        severity: .reject,
        citation: Citations.noDonations,
        rationale: LocalizedText(
            zh: """
                运营规范 11.3 禁止未经许可使用微信支付作为捐款和募捐。本规则在代码调用支付接口（wx.requestPayment 等）\
                且名称、简介或页面文字出现“捐款、捐赠、募捐、众筹、善款”等词时，在每处捐款用语上报告；不调用支付接口的\
                公益信息展示不触发。
                """,
            en: """
                Clause 11.3 forbids using WeChat Pay for donations or fund-raising without permission. The rule fires \
                when the code calls a payment API (wx.requestPayment …) and the name, description or page text uses \
                donation words (捐款, 捐赠, 募捐, 众筹, 善款 …); each such word is reported. Charity information without \
                any payment call does not fire.
                """
        ),
        hint: LocalizedText(
            zh: "取消通过小程序支付进行的捐款、募捐，或先取得腾讯许可。",
            en: "Stop taking donations through in-app payment, or obtain Tencent's permission first."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml": "<button bindtap=\"give\">爱心↓捐款 10 元</button>",
                "pages/index/index.js": "Page({ give() { wx.requestPayment({}) } })",
            ]),
            RuleExample(
                description: "为山区儿童↓众筹图书",
                files: ["pages/index/index.js": "Page({ pay() { wx.requestPayment({}) } })"],
                // Wrapping the script in a comment removes the payment call, so the text no longer counts.
                mutations: false
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["pages/index/index.wxml": "<view>捐赠物资请联系当地红十字会</view>"]),
            RuleExample(
                description: "在线点餐并使用微信支付",
                files: ["pages/index/index.js": "Page({ pay() { wx.requestPayment({}) } })"]
            ),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard !CallSite.find(PaymentNotDisclosedRule.paymentAPIs, in: submission).isEmpty else { return [] }
        var findings: [Finding] = []
        for text in submission.texts {
            for match in Self.matcher.matches(in: text.normalized) {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "小程序使用支付接口，同时出现捐款用语「\(match.matchedText)」",
                            en: "The app takes payments and uses the donation word \"\(match.matchedText)\""
                        ),
                        evidence: match.matchedText,
                        at: text.location(atScalarOffset: match.offset)
                    )
                )
            }
        }
        return findings
    }
}
