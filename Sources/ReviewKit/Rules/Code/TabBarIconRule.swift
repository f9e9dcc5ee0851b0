/// tabBar icons the developer tools refuse: network images, formats other than PNG and JPEG,
/// files over 40 KB (全局配置 tabBar).
struct TabBarIconRule: Rule {
    static let acceptedExtensions: Set<String> = ["png", "jpg", "jpeg"]
    /// "40kb", as the developer tools count it.
    static let maximumBytes = 40 * 1024

    let description = RuleDescription(
        id: "tabbar-icon",
        family: .icon,
        title: LocalizedText(zh: "tabBar 图标不合规", en: "Invalid tabBar icon"),
        severity: .reject,
        citation: Citations.tabBarIcon,
        rationale: LocalizedText(
            zh: """
                官方《全局配置》规定 tabBar 的 iconPath、selectedIconPath 大小限制为 40kb、不支持网络图片；开发者工具\
                只接受 .png、.jpg、.jpeg，违反时无法编译上传。本规则报告网络地址、其他扩展名和超过 40KB 的图标文件；\
                找不到的图标由 missing-image 报告。
                """,
            en: """
                The official app.json reference limits tabBar iconPath and selectedIconPath to 40kb and rules out \
                network images; the developer tools accept only .png, .jpg and .jpeg and refuse to compile \
                otherwise. The rule reports network URLs, other extensions and icon files over 40KB; an icon that \
                cannot be found is reported by missing-image.
                """
        ),
        hint: LocalizedText(
            zh: "把图标换成包内不超过 40KB 的 PNG 或 JPG（建议 81×81 像素）。",
            en: "Use a PNG or JPG inside the package of at most 40KB (81×81 pixels suggested)."
        ),
        triggeringExamples: [
            RuleExample(
                files: [
                    "app.json": #"""
                    {
                      "pages": ["pages/index/index", "pages/mine/mine"],
                      "tabBar": {"list": [
                        {"pagePath": "pages/index/index", "text": "首页",
                         "iconPath": "↓https://cdn.example.com/tab/home.png", "selectedIconPath": "images/home-on.png"},
                        {"pagePath": "pages/mine/mine", "text": "我的",
                         "iconPath": "↓images/mine.gif", "selectedIconPath": "↓images/mine-on.png"}
                      ]}
                    }
                    """#
                ],
                binaryFiles: [
                    "images/home-on.png": ExampleImages.png81x81, "images/mine.gif": ExampleImages.gif144x144,
                    "images/mine-on.png": ExampleImages.png81x81,
                ],
                sizes: ["images/mine-on.png": 45_000]
            ),
            RuleExample(
                files: [
                    "app.json": #"""
                    {"pages": ["pages/index/index", "pages/mine/mine"],
                     "tabBar": {"list": [
                       {"pagePath": "pages/index/index", "text": "首页", "iconPath": "↓//img.example.cn/home.png"},
                       {"pagePath": "pages/mine/mine", "text": "我的", "iconPath": "↓images/mine.webp"}
                     ]}}
                    """#
                ],
                binaryFiles: ["images/mine.webp": ExampleImages.webp]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    "app.json": #"""
                    {
                      "pages": ["pages/index/index", "pages/mine/mine"],
                      "tabBar": {"list": [
                        {"pagePath": "pages/index/index", "text": "首页",
                         "iconPath": "images/home.png", "selectedIconPath": "images/home-on.jpg"},
                        {"pagePath": "pages/mine/mine", "text": "我的"}
                      ]}
                    }
                    """#
                ],
                binaryFiles: [
                    "images/home.png": ExampleImages.png81x81, "images/home-on.jpg": ExampleImages.jpeg144x144,
                ]
            ),
            RuleExample(
                files: [
                    "app.json": #"""
                    {"pages": ["pages/index/index", "pages/mine/mine"],
                     "tabBar": {"list": [
                       {"pagePath": "pages/index/index", "text": "首页", "iconPath": "images/home.jpeg"},
                       {"pagePath": "pages/mine/mine", "text": "我的", "iconPath": "images/mine.png"}
                     ]}}
                    """#
                ],
                binaryFiles: [
                    "images/home.jpeg": ExampleImages.jpeg144x144, "images/mine.png": ExampleImages.png81x81,
                ],
                sizes: ["images/home.jpeg": 40 * 1024]
            ),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index", "pages/mine/mine"],
                 "tabBar": {"position": "top", "list": [
                   {"pagePath": "pages/index/index", "text": "推荐"}, {"pagePath": "pages/mine/mine", "text": "关注"}
                 ]}}
                """#
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest else { return [] }
        let bundle = submission.bundle
        let folder = AssetPath.folder(of: manifest.path)
        var findings: [Finding] = []
        for item in manifest.tabBarItems {
            for key in ["iconPath", "selectedIconPath"] {
                guard let element = item[key], let path = element.value.stringValue, !path.isEmpty else { continue }
                var problems: [LocalizedText] = []
                if AssetPath.isNetwork(path) {
                    problems.append(
                        LocalizedText(zh: "是网络图片，tabBar 不支持", en: "is a network image, which tabBar does not support"))
                } else {
                    let ext = SubmissionBuilder.fileExtension(path)
                    if !Self.acceptedExtensions.contains(ext) {
                        problems.append(
                            LocalizedText(
                                zh: "扩展名 .\(ext) 不被接受，只能是 .png、.jpg、.jpeg",
                                en: "has the extension .\(ext); only .png, .jpg and .jpeg are accepted"))
                    }
                    let file = AssetPath.candidates(path, from: folder, appRoot: bundle.appRoot).lazy
                        .compactMap { bundle.file(at: $0) }.first
                    if let file, file.bytes.count > Self.maximumBytes {
                        problems.append(
                            LocalizedText(
                                zh: "大小 \(file.bytes.count) 字节，超过 40KB", en: "is \(file.bytes.count) bytes, over 40KB"))
                    }
                }
                guard !problems.isEmpty else { continue }
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "tabBar 图标 \(path) " + problems.map(\.zh).joined(separator: "，"),
                            en: "The tabBar icon \(path) " + problems.map(\.en).joined(separator: " and ")
                        ),
                        evidence: path,
                        at: element.location(in: manifest.path)
                    )
                )
            }
        }
        return findings
    }
}
