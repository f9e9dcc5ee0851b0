import TextMatching

/// Names and 简介 that imitate 微信, 腾讯, WeChat, Weixin, Tencent or QQ (运营规范 8.3): homophones,
/// similar shapes, pinyin spellings, Latin typos, mixed-script letters and known evasions.
struct PlatformMarkLookalikeRule: Rule {
    static let detector = MarkRegistry.detector(group: "tencent")

    let description = RuleDescription(
        id: "platform-mark-lookalike",
        family: .trademark,
        title: LocalizedText(zh: "名称或简介使用与腾讯标识相近似的字样", en: "Imitation of a Tencent mark in the name or description"),
        severity: .reject,
        citation: Citations.tencentMarks,
        rationale: LocalizedText(
            zh: """
                运营规范 8.3 禁止非腾讯官方帐号使用与“腾讯”“微信”“Tencent”“WeChat”“QQ”等相近似的字样（条文举例：腾迅、tencet、wecha）。\
                本规则在名称和简介中查找：同音字（薇信、腾迅，按不带声调的拼音比较）、形近字（徽信，依据 Checklists/marks 中的形近字表）、\
                拼音替代（微xin）、只差一个字母的拉丁拼写（wecha、tencet，只对 5 个字母以上的标识）、混入其他文字外形相同字母的写法\
                （Cyrillic е 的 WеChat，按 UTS #39 骨架比较）和常见替代写法（V信、vx）。汉字标识至少要保留一半原字，\
                “维新”“威心”这类没有共同字的词不算；“定位信息”“微心愿”等合法词作为允许上下文排除。完全相同的标识由 platform-marks-in-name 负责。
                """,
            en: """
                Clause 8.3 forbids accounts not run by Tencent from using words close to 腾讯, 微信, Tencent, WeChat or QQ \
                (the clause names 腾迅, tencet and wecha). The rule reads the name and the description and finds homophones \
                (薇信, 腾迅; toneless pinyin), similar shapes (徽信; the table in Checklists/marks), pinyin spellings (微xin), \
                Latin spellings one edit away from a mark of 5 or more letters (wecha, tencet), look-alike letters from \
                other scripts (WеChat with a Cyrillic е; UTS #39 skeletons) and known stand-ins (V信, vx). A Han imitation \
                must keep at least half of the mark's characters, so 维新 and 威心 do not count, and legitimate words such as \
                定位信息 and 微心愿 are allow-contexts. The exact marks are left to platform-marks-in-name.
                """
        ),
        hint: LocalizedText(
            zh: "删除与腾讯标识相近的字样，换用与功能相关的名称。",
            en: "Remove the imitation of the Tencent mark and name the app after what it does."
        ),
        triggeringExamples: [
            RuleExample(name: "↓薇信小助手"),
            RuleExample(name: "我的↓徽信工具箱"),
            RuleExample(name: "↓騰迅新闻速递"),
            RuleExample(description: "有问题请加↓V信客服咨询"),
            RuleExample(name: "↓Tencet 新闻"),
            RuleExample(name: "↓W\u{0435}Chat 记账"),
            RuleExample(name: "↓微xin头像"),
        ],
        nonTriggeringExamples: [
            RuleExample(name: "微课堂学习"),
            RuleExample(name: "短信模板大全"),
            RuleExample(name: "腾云成语接龙"),
            RuleExample(name: "信号测速工具", description: "查看手机的定位信息和信号强度"),
            RuleExample(name: "Webchat Notes"),
            RuleExample(name: "小区停车助手", description: "支持微信支付停车费，可分享到微信好友"),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        markFindings(Self.detector, in: submission, kinds: LocatedText.Kind.metadata)
    }
}
