/// A `permission` purpose text that is empty or longer than 30 characters (运营规范 10.4.1;
/// 全局配置 permission).
struct LocationPurposeTextRule: Rule {
    /// "最长 30 个字符".
    static let maximumLength = 30

    let description = RuleDescription(
        id: "location-purpose-text",
        family: .privacy,
        title: LocalizedText(zh: "位置用途说明为空或过长", en: "Location purpose text empty or too long"),
        severity: .reject,
        citation: Citations.locationConsent,
        rationale: LocalizedText(
            zh: """
                运营规范 10.4.1 要求使用位置前告知用户并获得同意；告知的内容就是 app.json permission 中各个 scope 的 desc，\
                在授权弹窗中展示。《全局配置》规定 desc 必填、最长 30 个字符：空的 desc 没有告诉用户任何用途，\
                过长的 desc 无法通过编译。本规则按字符（汉字、字母、emoji 各算一个）计数，逐个检查 permission 中的位置 scope\
                （scope.userLocation、scope.userFuzzyLocation、scope.userLocationBackground）。
                """,
            en: """
                Clause 10.4.1 requires telling users before using their location and getting consent; what they are \
                told is the desc of each scope in app.json permission, shown in the authorisation dialog. The \
                app.json reference makes desc required and at most 30 characters: an empty desc tells the user \
                nothing, and a longer one does not compile. The rule counts characters (a Chinese character, a \
                letter or an emoji each count once) and checks every location scope in permission \
                (scope.userLocation, scope.userFuzzyLocation, scope.userLocationBackground).
                """
        ),
        hint: LocalizedText(
            zh: "用 30 个字符以内写清位置的用途，例如“用于查找你附近的门店”。",
            en: "State what the location is used for in at most 30 characters, e.g. \"用于查找你附近的门店\"."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"],
                 "permission": {"scope.userLocation": {"desc": "↓你的位置将用于查找附近的共享单车停放点并规划到达路线，不保存😀"}}}
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "permission": {
                    "scope.userLocation": {"desc": "↓你的位置信息将用于小程序位置接口的效果展示，以及为你推荐附近的门店、优惠活动和配送服务"}
                  }
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"],
                 "permission": {"scope.userFuzzyLocation": {"desc": "↓"}, "scope.userLocation": ↓{}}}
                """#
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "permission": {
                    "scope.userLocation": {"desc": "你的位置信息将用于小程序位置接口的效果展示"},
                    "scope.userFuzzyLocation": {"desc": "用于显示你所在城市的天气😀"}
                  }
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"{"pages": ["pages/index/index"], "window": {"navigationBarTitleText": "账本"}}"#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"],
                 "permission": {"scope.userLocation": {"desc": "你的位置将用于查找附近的共享单车停放点并规划到达路线，不保存"}}}
                """#
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest else { return [] }
        var findings: [Finding] = []
        for member in manifest.root["permission"]?.value.objectValue ?? [] where member.key.contains("Location") {
            let scope = member.key
            guard let desc = member.value["desc"], let text = desc.value.stringValue else {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "\(scope) 缺少用途说明 desc", en: "\(scope) has no purpose text (desc)"),
                        evidence: scope,
                        at: member.value.location(in: manifest.path)
                    )
                )
                continue
            }
            let length = text.count
            if text.trimmingWhitespace().isEmpty {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "\(scope) 的用途说明为空", en: "The purpose text of \(scope) is empty"),
                        evidence: text,
                        at: desc.location(in: manifest.path)
                    )
                )
            } else if length > Self.maximumLength {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "\(scope) 的用途说明有 \(length) 个字符，最长 30 个",
                            en: "The purpose text of \(scope) has \(length) characters; at most 30 are allowed"
                        ),
                        evidence: text,
                        at: desc.location(in: manifest.path)
                    )
                )
            }
        }
        return findings
    }
}
