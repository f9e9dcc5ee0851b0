/// `requiredPrivateInfos` declaring fuzzy and precise location together, which the platform
/// refuses to compile (运营规范 12.1; the 2022-07-14 location API notice).
struct FuzzyAndPreciseLocationRule: Rule {
    static let fuzzy = "getFuzzyLocation"
    /// The precise-location entries that exclude `getFuzzyLocation`.
    static let precise: Set<String> = [
        "getLocation", "onLocationChange", "startLocationUpdate", "startLocationUpdateBackground",
    ]

    let description = RuleDescription(
        id: "fuzzy-and-precise-location",
        family: .privacy,
        title: LocalizedText(zh: "同时声明模糊位置和精确位置", en: "Fuzzy and precise location declared together"),
        severity: .reject,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                微信官方公告《地理位置接口新增与相关流程调整》（2022-07-14 起生效）规定：requiredPrivateInfos 中的模糊位置\
                （getFuzzyLocation）与精确位置（getLocation、onLocationChange、startLocationUpdate、\
                startLocationUpdateBackground）互斥，同时声明时代码编译出错。运营规范 12.1 要求遵守开发文档中的规则和约定。\
                位置指向 getFuzzyLocation 这一项。chooseLocation、choosePoi、chooseAddress 可以和任一种一起声明。
                """,
            en: """
                WeChat's official notice on the new location APIs (in force since 2022-07-14) makes fuzzy location \
                (getFuzzyLocation) and precise location (getLocation, onLocationChange, startLocationUpdate, \
                startLocationUpdateBackground) mutually exclusive in requiredPrivateInfos; declaring both is a \
                compile error. Clause 12.1 requires following the rules of the development docs. The finding points \
                at the getFuzzyLocation entry. chooseLocation, choosePoi and chooseAddress go with either kind.
                """
        ),
        hint: LocalizedText(
            zh: "只保留一种：需要精确位置就删除 getFuzzyLocation，否则删除精确位置接口。",
            en: "Keep one kind: drop getFuzzyLocation if you need precise location, or drop the precise APIs."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "requiredPrivateInfos": ["↓getFuzzyLocation", "getLocation", "chooseLocation"]
                }
                """#
            ]),
            RuleExample(files: [
                "app.json":
                    #"{"pages": ["pages/index/index"], "requiredPrivateInfos": ["onLocationChange", "startLocationUpdate", "↓getFuzzyLocation"]}"#
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.json":
                    #"{"pages": ["pages/index/index"], "requiredPrivateInfos": ["getFuzzyLocation", "chooseLocation", "chooseAddress"]}"#
            ]),
            RuleExample(files: [
                "app.json":
                    #"{"pages": ["pages/index/index"], "requiredPrivateInfos": ["getLocation", "onLocationChange", "startLocationUpdate"]}"#
            ]),
            RuleExample(files: [
                "app.json":
                    #"{"pages": ["pages/index/index"], "requiredPrivateInfos": ["getFuzzyLocation", "choosePoi"]}"#,
                "pages/index/index.js": "Page({ onLoad() { wx.getFuzzyLocation({ type: 'wgs84' }) } })",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest,
            let entries = manifest.root["requiredPrivateInfos"]?.value.arrayValue
        else { return [] }
        let declared = entries.compactMap { $0.value.stringValue }
        let preciseDeclared = declared.filter { Self.precise.contains($0) }
        guard !preciseDeclared.isEmpty,
            let fuzzy = entries.first(where: { $0.value.stringValue == Self.fuzzy })
        else { return [] }
        let list = preciseDeclared.joined(separator: ", ")
        return [
            finding(
                LocalizedText(
                    zh: "requiredPrivateInfos 同时声明了 getFuzzyLocation 和精确位置接口 \(list)，两者互斥",
                    en:
                        "requiredPrivateInfos declares getFuzzyLocation together with the precise \(list); they exclude each other"
                ),
                evidence: Self.fuzzy,
                at: fuzzy.location(in: manifest.path)
            )
        ]
    }
}
