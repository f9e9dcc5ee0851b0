import TextMatching

/// Names, 简介 and page copy that imitate 微信, 腾讯, WeChat, Weixin, Tencent or QQ (运营规范 8.3):
/// homophones, similar shapes, pinyin spellings, Latin typos, mixed-script letters and known
/// evasions (the evasions in the name and 简介 only).
struct PlatformMarkLookalikeRule: Rule {
    static let detector = MarkRegistry.detector(group: "tencent")

    let description = RuleDescription(
        id: "platform-mark-lookalike",
        family: .trademark,
        title: LocalizedText(
            zh: "名称、简介或页面使用与腾讯标识相近似的字样", en: "Imitation of a Tencent mark in the name, description or pages"),
        severity: .reject,
        citation: Citations.tencentMarks,
        rationale: LocalizedText(
            zh: """
                运营规范 8.3 禁止非腾讯官方帐号使用与“腾讯”“微信”“Tencent”“WeChat”“QQ”等相近似的字样（条文举例：腾迅、tencet、wecha）。\
                本规则在名称、简介和页面文字（WXML 文本与属性、脚本字符串、页面配置）中查找：同音字（薇信、腾迅，按不带声调的拼音比较）、形近字（徽信，依据 Checklists/marks 中的形近字表）、\
                拼音替代（微xin）、只差一个字母的拉丁拼写（wecha、tencet，只对 5 个字母以上的标识）、混入其他文字外形相同字母的写法\
                （Cyrillic е 的 WеChat，按 UTS #39 骨架比较）和常见替代写法（V信、vx），也包括用空格或符号拆开的写法（V 信、W e C h a t）。汉字标识至少要保留一半原字，\
                “维新”“威心”这类没有共同字的词不算；“定位信息”“微心愿”“征信”等合法词作为允许上下文排除。页面文字中不按常见替代写法判断：\
                vx、V信 是联系方式（由 contact-diversion 结合上下文判断），wx 是接口命名空间。完全相同的标识由 platform-marks-in-name 负责。
                """,
            en: """
                Clause 8.3 forbids accounts not run by Tencent from using words close to 腾讯, 微信, Tencent, WeChat or QQ \
                (the clause names 腾迅, tencet and wecha). The rule reads the name, the description and the page text (WXML \
                text and attributes, script strings, page configuration) and finds homophones \
                (薇信, 腾迅; toneless pinyin), similar shapes (徽信; the table in Checklists/marks), pinyin spellings (微xin), \
                Latin spellings one edit away from a mark of 5 or more letters (wecha, tencet), look-alike letters from \
                other scripts (WеChat with a Cyrillic е; UTS #39 skeletons) and known stand-ins (V信, vx), also when split by \
                spaces or symbols (V 信, W e C h a t). A Han imitation \
                must keep at least half of the mark's characters, so 维新 and 威心 do not count, and legitimate words such as \
                定位信息, 微心愿 and 征信 are allow-contexts. In page text the stand-ins are not judged: vx and V信 are contact \
                details (contact-diversion judges them in context) and wx is the API namespace. The exact marks are left to \
                platform-marks-in-name.
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
            RuleExample(name: "↓W e C h a t 记账"),
            RuleExample(description: "添加客服↓V 信领取优惠"),
            RuleExample(files: ["pages/index/index.wxml": "<view>关注↓薇信公众号领取福利</view>"]),
            RuleExample(files: ["pages/index/index.js": "Page({ data: { title: '↓騰迅新闻精选' } })"]),
        ],
        nonTriggeringExamples: [
            RuleExample(name: "微课堂学习"),
            RuleExample(name: "短信模板大全"),
            RuleExample(name: "腾云成语接龙"),
            RuleExample(name: "信号测速工具", description: "查看手机的定位信息和信号强度"),
            RuleExample(name: "Webchat Notes"),
            RuleExample(name: "小区停车助手", description: "支持微信支付停车费，可分享到微信好友"),
            RuleExample(name: "个人征信查询"),
            RuleExample(files: [
                "pages/index/index.wxml": "<view>请输入QQ号码，或加客服 vx 咨询</view>",
                "pages/index/index.js":
                    "Page({ onLoad() { const api = 'wx'; wx.request({ url: 'https://a.example/wx' }) } })",
            ]),
        ]
    )

    func prepare() {
        _ = Self.detector
    }

    func check(_ submission: Submission) -> [Finding] {
        // In page copy, stand-ins such as vx and V信 are contact details (contact-diversion judges
        // them in context) and wx is the API namespace in every code sample; only imitations of
        // the mark itself count there.
        markFindings(Self.detector, in: submission, kinds: LocatedText.Kind.metadata)
            + markFindings(Self.detector, in: submission, kinds: LocatedText.Kind.pageText) { match in
                !match.reasons.allSatisfy {
                    if case .knownEvasion = $0 { true } else { false }
                }
            }
    }
}
