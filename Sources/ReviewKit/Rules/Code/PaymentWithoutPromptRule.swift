/// A payment started from a lifecycle hook, so the user sees no prompt before paying (运营规范 11.2).
struct PaymentWithoutPromptRule: Rule {
    let description = RuleDescription(
        id: "payment-without-prompt",
        family: .payment,
        title: LocalizedText(zh: "页面加载即发起支付", en: "Payment started on load"),
        severity: .warning,
        citation: Citations.promptBeforePaying,
        rationale: LocalizedText(
            zh: """
                运营规范 11.2 要求执行支付前在页面中明确提示用户。在 onLoad、onShow、onReady、onLaunch 等生命周期函数中\
                直接调用 wx.requestPayment 等支付接口，意味着用户还没看到金额、也没有点击就被拉起支付。由点击事件或确认弹窗\
                发起的支付不触发。静态分析无法确认页面上的提示文案，因此作为警告。
                """,
            en: """
                Clause 11.2 requires a clear prompt on the page before a payment. Calling wx.requestPayment or another \
                payment API straight from a lifecycle hook (onLoad, onShow, onReady, onLaunch …) opens the payment \
                before the user has seen the amount or tapped anything. Payments started from a tap or a confirm \
                dialog do not fire. Static analysis cannot confirm the prompt on the page, so this is a warning.
                """
        ),
        hint: LocalizedText(
            zh: "在页面上展示金额和商品，由用户点击“确认支付”后再调用支付接口。",
            en: "Show the amount and the item on the page and call the payment API only after the user taps to confirm."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/pay/pay.js": "Page({\n  onLoad(query) {\n    ↓wx.requestPayment({ ...query })\n  },\n})"
            ]),
            RuleExample(files: [
                "pages/pay/pay.js": "Page({ onShow: function () { api.order().then((o) => ↓wx.requestPayment(o)) } })"
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/pay/pay.js":
                    "Page({\n  onLoad() { this.loadOrder() },\n  confirm() { wx.requestPayment({}) },\n})"
            ])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let sites = CallSite.find(PaymentNotDisclosedRule.paymentAPIs, in: submission)
        guard !sites.isEmpty else { return [] }
        var findings: [Finding] = []
        for script in submission.scripts {
            let inScript = sites.filter { $0.script.path == script.path && $0.script.lineOffset == script.lineOffset }
            guard !inScript.isEmpty else { continue }
            let hooks = FunctionBodies.ranges(named: FunctionBodies.lifecycleHooks, in: script)
            for site in inScript where hooks.contains(where: { $0.contains(site.index) }) {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "在生命周期函数中直接调用 \(site.evidence)，用户付款前看不到提示",
                            en:
                                "\(site.evidence) is called from a lifecycle hook, so the user gets no prompt before paying"
                        ),
                        evidence: site.evidence,
                        at: site.location
                    )
                )
            }
        }
        return findings
    }
}
