/// An inline suppression (`mpcheck-disable-next-line`) without a reason, naming no known rule, or
/// silencing nothing. The reviewer applies suppressions against the findings of the rules that
/// ran; `check` alone runs the catalog's other rules to know what a suppression silences.
struct InvalidSuppressionRule: Rule {
    static let ruleID = "invalid-suppression"

    let description = RuleDescription(
        id: InvalidSuppressionRule.ruleID,
        family: .packaging,
        title: LocalizedText(zh: "无效的抑制注释", en: "Invalid suppression comment"),
        severity: .warning,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                <!-- mpcheck-disable-next-line 规则: 理由 --> 或 // mpcheck-disable-next-line 规则: 理由 可以让下一行\
                不再报告某条规则，但每一次豁免都要说明理由，便于审核前复查。没有理由的抑制注释不生效；规则 id 不存在、\
                或下一行并没有该规则的问题时，抑制注释已经过时，应当删除。
                """,
            en: """
                <!-- mpcheck-disable-next-line RULE: reason --> or // mpcheck-disable-next-line RULE: reason silences a \
                rule on the next line, but every waiver must say why, so it can be reviewed before submission. A \
                suppression without a reason has no effect; one naming an unknown rule, or whose next line has no \
                finding of that rule, is stale and should be removed.
                """
        ),
        hint: LocalizedText(
            zh: "写成 mpcheck-disable-next-line 规则id: 理由；不再需要时删除这条注释。",
            en: "Write mpcheck-disable-next-line RULE-ID: reason, and delete the comment once it is no longer needed."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml": """
                <!-- ↓mpcheck-disable-next-line media-autoplay -->
                <video src="a.mp4" autoplay></video>
                """
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": """
                <!-- ↓mpcheck-disable-next-line media-autoplay: 首页没有视频 -->
                <view>欢迎</view>
                """
            ]),
            RuleExample(files: [
                "pages/index/index.js": """
                Page({
                  // ↓mpcheck-disable-next-line induced-sharng: 拼错的规则 id
                  data: { tip: '转发后领取红包' }
                })
                """
            ]),
            RuleExample(files: [
                "pages/index/index.js": """
                // ↓mpcheck-disable-next-line : 没有写规则
                const a = 1
                """
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml": """
                <!-- mpcheck-disable-next-line media-autoplay: 运营活动页的静音预告片，已与审核沟通 -->
                <video src="a.mp4" autoplay muted></video>
                """
            ]),
            RuleExample(files: [
                "pages/index/index.js": """
                Page({
                  // mpcheck-disable-next-line induced-sharing: 文案引用自用户协议的禁止条款
                  data: { rule: '禁止出现“转发后领取红包”一类文案' }
                })
                """
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<!-- 这里说明 mpcheck-disable-next-line 的用法 -->\n<view>欢迎</view>"
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let suppressions = Suppression.find(in: submission)
        guard !suppressions.isEmpty else { return [] }
        let others = RuleRegistry.all.filter { $0.id != Self.ruleID }
        let findings = others.flatMap { $0.check(submission) }
        let known = Set(RuleRegistry.all.map(\.id))
        return SuppressionCheck.apply(suppressions, to: findings, knownRules: known).problems.map {
            Self.finding(for: $0.0, $0.1, by: self)
        }
    }

    /// The finding for a wrong suppression, made by `rule` (this rule, or it at another severity).
    static func finding(for suppression: Suppression, _ problem: SuppressionCheck.Problem, by rule: any Rule)
        -> Finding
    {
        let rules = suppression.rules.joined(separator: ", ")
        let message: LocalizedText
        switch problem {
        case .noReason:
            message = LocalizedText(
                zh: "抑制注释没有写理由（在规则 id 后加“: 理由”），因此不生效",
                en: "The suppression gives no reason (add \": reason\" after the rule id), so it has no effect")
        case .noRule:
            message = LocalizedText(zh: "抑制注释没有写规则 id", en: "The suppression names no rule")
        case .unknownRule(let id):
            message = LocalizedText(
                zh: "抑制注释中的规则 \(id) 不存在（mpcheck rules 列出全部规则）",
                en: "The suppression names \(id), which is no rule (mpcheck rules lists them)")
        case .unused:
            message = LocalizedText(
                zh: "第 \(suppression.targetLine) 行没有 \(rules) 的问题，这条抑制注释没有作用",
                en: "Line \(suppression.targetLine) has no \(rules) finding; the suppression silences nothing")
        }
        return rule.finding(
            message, evidence: suppression.text,
            at: .file(suppression.file, line: suppression.line, column: suppression.column))
    }
}
