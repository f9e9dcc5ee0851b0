import Foundation

/// Privacy interfaces used for a kind of user information that the submitted 用户隐私保护指引
/// does not declare: the platform disables such interfaces (运营规范 10.1.1; 小程序隐私协议开发指南).
struct PrivacyGuideRule: Rule {
    let description = RuleDescription(
        id: "privacy-guide-undeclared",
        family: .privacy,
        title: LocalizedText(zh: "隐私保护指引未声明所用信息", en: "Used information missing from the privacy guide"),
        severity: .reject,
        citation: Citations.consentBeforeCollecting,
        rationale: LocalizedText(
            zh: """
                运营规范 10.1.1 要求采集用户数据前如实披露用途并获得同意。平台的做法是《小程序用户隐私保护指引》：\
                代码调用的隐私接口（位置、手机号、相册、剪切板、麦克风、摄像头……）所处理的信息必须在指引中声明，\
                “若未声明，对应接口或组件将直接禁用”（《小程序隐私协议开发指南》）。当 submission.json 的 privacyGuide \
                列出已声明的信息类型时，本规则把代码中实际用到的类型与之比对，每个未声明的类型报告一次，位置指向第一次使用。\
                没有 privacyGuide 时不检查。
                """,
            en: """
                Clause 10.1.1 requires disclosing the use of user data and getting consent before collecting it. The \
                platform does this through the 用户隐私保护指引 (privacy guide): the information processed by every \
                privacy interface the code calls (location, phone number, album, clipboard, microphone, camera …) must \
                be declared there, or "the interface or component is disabled outright" (小程序隐私协议开发指南). When \
                submission.json lists the declared types in privacyGuide, the rule compares them with the types the \
                code uses and reports each undeclared type once, at its first use. Without privacyGuide nothing is checked.
                """
        ),
        hint: LocalizedText(
            zh: "在公众平台的《用户隐私保护指引》中声明该信息类型及用途，并同步更新 submission.json 的 privacyGuide。",
            en:
                "Declare this information type and its purpose in the privacy guide on the MP admin site, and update privacyGuide in submission.json."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "submission.json": #"{"name": "附近门店", "privacyGuide": ["手机号"]}"#,
                "pages/index/index.js": "Page({\n  locate() {\n    ↓wx.getLocation({})\n  },\n})",
            ]),
            RuleExample(files: [
                "submission.json": #"{"privacyGuide": ["位置信息"]}"#,
                "pages/index/index.wxml":
                    "<button ↓open-type=\"getPhoneNumber\" bindgetphonenumber=\"onPhone\">登录</button>",
                "pages/index/index.js": "Page({ copy() { ↓wx.setClipboardData({ data: 'x' }) } })",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "submission.json": #"{"privacyGuide": ["位置信息", "手机号"]}"#,
                "pages/index/index.js": "Page({ locate() { wx.getLocation({}) } })",
                "pages/index/index.wxml": "<button open-type=\"getPhoneNumber|agreePrivacyAuthorization\">登录</button>",
            ]),
            RuleExample(files: ["pages/index/index.js": "Page({ locate() { wx.getLocation({}) } })"]),
            RuleExample(files: [
                "submission.json": #"{"privacyGuide": []}"#,
                "pages/index/index.js": "Page({ share() { wx.showShareMenu({}) } })",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let declared = submission.metadata.privacyGuide else { return [] }
        let declaredKeys = declared.map(Self.key)
        var reported: Set<String> = []
        var findings: [Finding] = []
        for use in PrivacyInterfaces.uses(in: submission) where !reported.contains(use.infoType) {
            let key = Self.key(use.infoType)
            guard !declaredKeys.contains(where: { !$0.isEmpty && (key.contains($0) || $0.contains(key)) }) else {
                continue
            }
            reported.insert(use.infoType)
            findings.append(
                finding(
                    LocalizedText(
                        zh: "\(use.evidence) 处理“\(use.infoType)”，但隐私保护指引未声明该信息",
                        en: "\(use.evidence) processes \"\(use.infoType)\", which the privacy guide does not declare"
                    ),
                    evidence: use.evidence,
                    at: use.location
                )
            )
        }
        return findings
    }

    /// The comparable core of an information type name: 位置信息 and 位置 match, 手机号码 and 手机号 match.
    static func key(_ name: String) -> String {
        var key = name
        for noise in ["（仅写入）", "(仅写入)", "权限", "信息", "号码", " "] {
            key = key.replacingOccurrences(of: noise, with: "")
        }
        return key == "手机" ? "手机号" : key
    }
}
