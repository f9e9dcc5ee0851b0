/// Location APIs used without the purpose text and the `requiredPrivateInfos` declaration that
/// tell the user and the platform about it (运营规范 10.4.1; 小程序配置 app.json).
struct LocationWithoutConsentRule: Rule {
    /// The eight location APIs app.json `requiredPrivateInfos` must declare (小程序配置, 全局配置).
    static let declaredAPIs: Set<String> = [
        "getFuzzyLocation", "getLocation", "onLocationChange", "startLocationUpdate",
        "startLocationUpdateBackground", "chooseLocation", "choosePoi", "chooseAddress",
    ]
    /// APIs that ask for `scope.userLocation` (or its fuzzy/background variants), which need a
    /// `permission` purpose text.
    static let scopedAPIs: Set<String> = [
        "getLocation", "getFuzzyLocation", "startLocationUpdate", "startLocationUpdateBackground",
    ]
    static let locationScopes: Set<String> = [
        "scope.userLocation", "scope.userLocationBackground", "scope.userFuzzyLocation",
    ]

    let description = RuleDescription(
        id: "location-without-consent",
        family: .privacy,
        title: LocalizedText(zh: "使用地理位置未声明用途", en: "Location used without declared purpose"),
        severity: .reject,
        citation: Citations.locationConsent,
        rationale: LocalizedText(
            zh: """
                运营规范 10.4.1 要求采集位置前告知用户并获得同意。平台据此要求：调用 wx.getLocation、\
                wx.getFuzzyLocation、wx.startLocationUpdate(Background) 或以位置 scope 调用 wx.authorize 时，\
                app.json 必须有 permission["scope.userLocation"].desc（模糊位置也可写在 scope.userFuzzyLocation）；\
                8 个位置接口（getFuzzyLocation、getLocation、onLocationChange、startLocationUpdate、\
                startLocationUpdateBackground、chooseLocation、choosePoi、chooseAddress）还必须列入 \
                requiredPrivateInfos（《小程序配置 / 全局配置》，2022-07-14 起），否则接口调用失败、代码无法提审。
                """,
            en: """
                Clause 10.4.1 requires telling users and getting consent before collecting location. The platform \
                enforces it: calling wx.getLocation, wx.getFuzzyLocation, wx.startLocationUpdate(Background), or \
                wx.authorize with a location scope needs permission["scope.userLocation"].desc in app.json (fuzzy \
                location may use scope.userFuzzyLocation); the eight location APIs (getFuzzyLocation, getLocation, \
                onLocationChange, startLocationUpdate, startLocationUpdateBackground, chooseLocation, choosePoi, \
                chooseAddress) must also be listed in requiredPrivateInfos (app.json reference, since 2022-07-14), \
                or the calls fail and the code cannot be submitted for review.
                """
        ),
        hint: LocalizedText(
            zh: "在 app.json 中添加 permission.scope.userLocation.desc（30 字以内说明用途）并在 requiredPrivateInfos 中声明该接口。",
            en:
                "Add permission.scope.userLocation.desc (purpose, at most 30 characters) and list the API in requiredPrivateInfos in app.json."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js": "Page({\n  onTap() {\n    ↓wx.getLocation({ type: 'gcj02' })\n  }\n})"
            ]),
            RuleExample(files: [
                "app.json": #"{"pages": ["pages/index/index"], "requiredPrivateInfos": ["getLocation"]}"#,
                "pages/index/index.js": "Page({ onTap() { ↓wx.getLocation({}) } })",
            ]),
            RuleExample(files: [
                "app.json":
                    #"{"pages": ["pages/index/index"], "permission": {"scope.userLocation": {"desc": "用于查找附近门店"}}}"#,
                "pages/index/index.ts": "export function pick() {\n  return ↓wx.chooseLocation({})\n}",
            ]),
            RuleExample(files: ["pages/index/index.js": "↓wx.authorize({ scope: 'scope.userLocation' })"]),
            RuleExample(files: ["pages/index/index.js": "import Taro from '@tarojs/taro'\n↓Taro.getFuzzyLocation()"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"],
                 "permission": {"scope.userLocation": {"desc": "用于查找附近门店"}},
                 "requiredPrivateInfos": ["getLocation", "chooseLocation"]}
                """#,
                "pages/index/index.js": "Page({ onTap() { wx.getLocation({}); wx.chooseLocation({}) } })",
            ]),
            RuleExample(files: [
                "pages/index/index.js":
                    "// wx.getLocation({}) is not used any more\nconst getLocation = () => cache.location"
            ]),
            RuleExample(files: ["pages/index/index.js": "const tip = '请调用 wx.getLocation 获取位置'\nmap.getLocation()"]),
            RuleExample(files: ["pages/index/index.js": "wx.authorize({ scope: 'scope.writePhotosAlbum' })"]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let declared = Set(submission.manifest?.requiredPrivateInfos ?? [])
        let purposes = submission.manifest?.permissionDescriptions ?? [:]
        let hasPurpose = !(purposes["scope.userLocation"] ?? "").isEmpty
        let hasFuzzyPurpose = hasPurpose || !(purposes["scope.userFuzzyLocation"] ?? "").isEmpty
        var findings: [Finding] = []
        for site in CallSite.find(Self.declaredAPIs.union(["authorize"]), in: submission) {
            var missing: [String] = []
            var needsPurpose = Self.scopedAPIs.contains(site.api)
            if site.api == "authorize" {
                needsPurpose = site.argumentStrings().contains { Self.locationScopes.contains($0) }
                guard needsPurpose else { continue }
            }
            let purposeMissing = site.api == "getFuzzyLocation" ? !hasFuzzyPurpose : !hasPurpose
            if needsPurpose && purposeMissing {
                missing.append("permission[\"scope.userLocation\"].desc")
            }
            if Self.declaredAPIs.contains(site.api) && !declared.contains(site.api) {
                missing.append("requiredPrivateInfos: \"\(site.api)\"")
            }
            guard !missing.isEmpty else { continue }
            let list = missing.joined(separator: ", ")
            findings.append(
                finding(
                    LocalizedText(
                        zh: "调用 \(site.evidence) 使用地理位置，但 app.json 缺少 \(list)",
                        en: "\(site.evidence) uses the user's location, but app.json lacks \(list)"
                    ),
                    evidence: site.evidence,
                    at: site.location
                )
            )
        }
        return findings
    }
}
