import TextMatching

/// Names that use, or imitate, the third-party marks registered in Checklists/marks (the carriers
/// and postal service listed by 远方好物 第四条(四)): 运营规范 2.1 forbids unauthorised use of
/// third-party trademarks and of content similar to them.
struct ThirdPartyMarkRule: Rule {
    static let detector = MarkRegistry.detector(group: "third-party", reportsExactMarks: true)

    let description = RuleDescription(
        id: "third-party-mark-in-name",
        family: .trademark,
        title: LocalizedText(zh: "名称使用或仿冒第三方商标", en: "Third-party mark used or imitated in the name"),
        severity: .reject,
        citation: Citations.thirdPartyMarks,
        rationale: LocalizedText(
            zh: """
                运营规范 2.1 规定未经授权不得使用第三方享有合法权益的商标、品牌标识或与之相似的内容。本规则检查名称中\
                Checklists/marks 登记的第三方标识（远方好物 第四条(四) 列举的中国邮政、中国电信、中国移动、中国联通、中国网通、中国铁通）\
                及其同音、形近、拼音替代写法（中国移东、中国联统）；繁体、全角、插入分隔符的写法按规范化后的文字判断。\
                简介中提到运营商（“支持中国移动号码充值”）属于正常说明，不检查。
                """,
            en: """
                Clause 2.1 forbids the unauthorised use of third-party trademarks, brand marks or content similar to them. \
                The rule reads the name for the third-party marks registered in Checklists/marks (the carriers and postal \
                service listed by 远方好物 第四条(四): 中国邮政, 中国电信, 中国移动, 中国联通, 中国网通, 中国铁通) and their \
                homophones, similar shapes and pinyin spellings (中国移东, 中国联统); traditional, full-width and separated \
                forms are judged after normalisation. Naming a carrier in the description (\"top up 中国移动 numbers\") is \
                ordinary usage and is not checked.
                """
        ),
        hint: LocalizedText(
            zh: "删除名称中的第三方标识；如已获授权，请在提交时提供授权证明。",
            en:
                "Remove the third-party mark from the name; if you are authorised, provide the authorisation when submitting."
        ),
        triggeringExamples: [
            RuleExample(name: "↓中国移动话费查询"),
            RuleExample(name: "掌上↓中國·聯通"),
            RuleExample(name: "↓中国移东流量助手"),
            RuleExample(name: "↓中国dian信营业厅"),
        ],
        nonTriggeringExamples: [
            RuleExample(name: "中国地图"),
            RuleExample(name: "移动办公助手"),
            RuleExample(name: "电信诈骗防范知识"),
            RuleExample(name: "中国移民政策"),
            RuleExample(name: "话费充值助手", description: "支持中国移动、中国联通和中国电信号码充值"),
        ]
    )

    func prepare() {
        _ = Self.detector
    }

    func check(_ submission: Submission) -> [Finding] {
        markFindings(Self.detector, in: submission, kinds: [.name])
    }
}
