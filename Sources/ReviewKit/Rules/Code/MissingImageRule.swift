/// An `<image>` src or a tabBar icon that names a local file the bundle does not hold (运营规范 9.1).
struct MissingImageRule: Rule {
    /// Elements whose `src` is an image file.
    static let imageTags: Set<String> = ["image", "cover-image"]

    let description = RuleDescription(
        id: "missing-image",
        family: .completeness,
        title: LocalizedText(zh: "引用的图片不存在", en: "Referenced image missing"),
        severity: .warning,
        citation: Citations.completeProduct,
        rationale: LocalizedText(
            zh: """
                WXML 中 <image>、<cover-image> 的 src 和 app.json 中 tabBar 的 iconPath、selectedIconPath 写的是包内固定路径，\
                而代码包里没有这个文件时，页面上会出现空白或裂图，审核会视为未完成（9.1）。以 / 开头的路径从小程序根目录找，\
                其他路径从 WXML 所在目录找（也接受从根目录能找到的写法）。网络图片、data:、wxfile:// 以及含 {{ }} 的动态路径不检查。
                """,
            en: """
                When the src of <image> or <cover-image> in WXML, or a tabBar iconPath or selectedIconPath in app.json, \
                is a fixed path in the package and the package lacks that file, the page shows a blank or broken \
                image, which reviewers treat as unfinished (9.1). Paths starting with / are looked up from the app \
                root, others from the WXML file's folder (a path found from the app root is accepted too). Network \
                images, data:, wxfile:// and paths bound with {{ }} are not checked.
                """
        ),
        hint: LocalizedText(
            zh: "把图片放进代码包的对应位置，或改正路径。",
            en: "Put the image at that place in the package, or correct the path."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<view class=\"banner\">\n  <image src=\"↓/images/banner.png\" mode=\"widthFix\" />\n</view>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<image class=\"avatar\" src=\"↓../../assets/default-avatar.jpg\"></image>",
                "assets/avatar.jpg": "",
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index", "pages/mine/mine"],
                  "tabBar": {"list": [
                    {"pagePath": "pages/index/index", "text": "首页", "iconPath": "images/home.png",
                     "selectedIconPath": "↓images/home-active.png"},
                    {"pagePath": "pages/mine/mine", "text": "我的", "iconPath": "↓images/mine.png"}
                  ]}
                }
                """#,
                "images/home.png": "",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml": #"""
                <image src="/images/logo.png" />
                <image src="../../images/logo.png" />
                <image src="{{item.cover}}" wx:for="{{list}}" wx:key="id" />
                <image src="https://img.example.com/banner.jpg" />
                <image src="data:image/png;base64,iVBORw0KGgo=" />
                <image src="" />
                """#,
                "images/logo.png": "",
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<cover-image src=\"icon/play.png\" />",
                "pages/index/icon/play.png": "",
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<image src=\"/images/logo.png?v=2\" /><view src=\"/nothing.png\" />",
                "images/logo.png": "",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let bundle = submission.bundle
        var findings: [Finding] = []
        // Pages show the same images again and again: each source is looked up once per folder.
        var missingByFolder: [String: [String: Bool]] = [:]
        for file in submission.wxmlFiles {
            let folder = AssetPath.folder(of: file.path)
            for element in file.document.elements where Self.imageTags.contains(element.lowercasedName) {
                guard let attribute = element.attribute("src"), let source = attribute.value else { continue }
                let isMissing: Bool
                if let known = missingByFolder[folder]?[source] {
                    isMissing = known
                } else {
                    isMissing = AssetPath.isStaticLocal(source) && !AssetPath.exists(source, from: folder, in: bundle)
                    missingByFolder[folder, default: [:]][source] = isMissing
                }
                guard isMissing else { continue }
                findings.append(
                    missing(source, at: .file(file.path, line: attribute.valueLine, column: attribute.valueColumn))
                )
            }
        }
        if let manifest = submission.manifest {
            let folder = AssetPath.folder(of: manifest.path)
            for item in manifest.tabBarItems {
                for key in ["iconPath", "selectedIconPath"] {
                    guard let element = item[key], let source = element.value.stringValue,
                        AssetPath.isStaticLocal(source), !AssetPath.exists(source, from: folder, in: bundle)
                    else { continue }
                    findings.append(missing(source, at: element.location(in: manifest.path)))
                }
            }
        }
        return findings
    }

    private func missing(_ source: String, at location: Location) -> Finding {
        finding(
            LocalizedText(zh: "图片 \(source) 在代码包中不存在", en: "The image \(source) is not in the package"),
            evidence: source,
            at: location
        )
    }
}
