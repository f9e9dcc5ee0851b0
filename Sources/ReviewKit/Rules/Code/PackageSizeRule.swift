/// The main package or a sub-package over 2 MB, or all packages over 30 MB (分包加载).
struct PackageSizeRule: Rule {
    /// Most bytes in the main package or in one sub-package ("2M").
    static let packageLimit = 2 * 1024 * 1024
    /// Most bytes in all packages together ("30M").
    static let totalLimit = 30 * 1024 * 1024
    /// Extensions the developer tools upload (miniprogram-ci's whitelist), plus .ts, which is
    /// compiled to .js. Other files are not uploaded and do not count.
    static let uploadedExtensions: Set<String> = [
        "wxml", "wxss", "wxs", "js", "ts", "json", "png", "jpg", "jpeg", "gif", "svg", "cer", "mp3", "aac", "m4a",
        "mp4", "wav", "ogg", "silk", "wasm", "br",
    ]
    /// Project files at the root that configure the tools and are not part of the code package.
    static let projectFiles: Set<String> = ["project.config.json", "project.private.config.json", "submission.json"]

    let description = RuleDescription(
        id: "package-size",
        family: .completeness,
        title: LocalizedText(zh: "代码包超过大小限制", en: "Package over the size limit"),
        severity: .reject,
        citation: Citations.packageSizeLimits,
        rationale: LocalizedText(
            zh: """
                官方《分包加载》规定主包和每个分包都不能超过 2M，所有分包合计不超过 30M，超出时无法上传。本规则把小程序根目录下\
                会被上传的文件（wxml、wxss、js、ts、json、图片、音视频等开发者工具上传的类型；node_modules、项目配置文件、\
                云函数目录和 project.config.json 中 packOptions.ignore 排除的文件不计）\
                按分包 root 归入各个分包，其余归入主包，分别求和。主包和合计超限时位置指向 app.json，分包超限时指向它的 root。\
                服务商代开发的小程序合计上限是 20M，本规则无法判断主体，按 30M 检查。
                """,
            en: """
                The official subpackage guide caps the main package and every sub-package at 2M and all packages \
                together at 30M; a larger package cannot be uploaded. The rule adds up the uploaded files under the \
                app root (the types the developer tools upload: wxml, wxss, js, ts, json, images, audio, video …; \
                node_modules, project configuration, cloud function folders and files excluded by \
                packOptions.ignore in project.config.json do not count), giving files under a sub-package root to that \
                sub-package and the rest to the main package. Main-package and total findings point at app.json, a \
                sub-package finding at its root. Apps developed by a service provider have a 20M total cap, which \
                the rule cannot detect; it checks 30M.
                """
        ),
        hint: LocalizedText(
            zh: "把图片、音视频放到 CDN，把不在首屏用到的页面移入分包。",
            en: "Serve images, audio and video from a CDN, and move pages not needed at start-up into sub-packages."
        ),
        triggeringExamples: [
            RuleExample(
                files: ["↓app.json": #"{"pages": ["pages/index/index"]}"#, "pages/index/index.js": "Page({})"],
                sizes: ["images/intro.mp4": 2 * 1024 * 1024 + 1]
            ),
            RuleExample(
                files: [
                    "app.json": #"""
                    {"pages": ["pages/index/index"],
                     "subpackages": [{"root": "↓packageVideo", "pages": ["pages/play/play"]}]}
                    """#
                ],
                sizes: ["packageVideo/media/a.mp4": 1_500_000, "packageVideo/media/b.mp4": 1_000_000]
            ),
            RuleExample(
                files: [
                    "↓app.json": #"""
                    {"pages": ["pages/index/index"],
                     "subpackages": [
                       {"root": "p1", "pages": ["index"]}, {"root": "p2", "pages": ["index"]},
                       {"root": "p3", "pages": ["index"]}, {"root": "p4", "pages": ["index"]},
                       {"root": "p5", "pages": ["index"]}, {"root": "p6", "pages": ["index"]},
                       {"root": "p7", "pages": ["index"]}, {"root": "p8", "pages": ["index"]},
                       {"root": "p9", "pages": ["index"]}, {"root": "p10", "pages": ["index"]},
                       {"root": "p11", "pages": ["index"]}, {"root": "p12", "pages": ["index"]},
                       {"root": "p13", "pages": ["index"]}, {"root": "p14", "pages": ["index"]},
                       {"root": "p15", "pages": ["index"]}, {"root": "p16", "pages": ["index"]}
                     ]}
                    """#
                ],
                sizes: Dictionary(uniqueKeysWithValues: (1...16).map { ("p\($0)/data.json", 2_000_000) }),
                mutations: false
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    "app.json": #"""
                    {"pages": ["pages/index/index"],
                     "subpackages": [{"root": "packageVideo/", "pages": ["pages/play/play"]}]}
                    """#
                ],
                sizes: ["images/logo.png": 1_900_000, "packageVideo/media/a.mp4": 1_900_000]
            ),
            RuleExample(
                files: ["pages/index/index.js": "Page({})"],
                sizes: ["node_modules/echarts/dist/echarts.js": 3_000_000, "design/mockup.psd": 5_000_000]
            ),
            RuleExample(
                files: [
                    "project.config.json": #"""
                    {"appid": "wx8f3a2b1c4d5e6f70", "packOptions": {"ignore": [
                      {"type": "folder", "value": "docs"}, {"type": "suffix", "value": ".mp4"},
                      {"type": "glob", "value": "test/**/*.js"}
                    ]}}
                    """#
                ],
                sizes: [
                    "docs/guide.png": 3_000_000, "images/intro.mp4": 3_000_000, "test/unit/format.spec.js": 3_000_000,
                ]
            ),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest else { return [] }
        let bundle = submission.bundle
        let subpackages = manifest.subpackageEntries.map { entry in
            (entry: entry, prefix: joinPath(bundle.appRoot, entry.root) + "/")
        }
        let ignored = PackIgnoreList(projectConfig: bundle.text(at: "project.config.json"))
        var mainSize = 0
        var subpackageSizes = [Int](repeating: 0, count: subpackages.count)
        for path in bundle.paths where path.hasPrefix(bundle.appRoot) {
            let relative = String(path.dropFirst(bundle.appRoot.count))
            // node_modules is never uploaded; miniprogram_npm is, and counts.
            guard !relative.hasPrefix("node_modules/"), !relative.contains("/node_modules/"),
                !Self.projectFiles.contains(relative),
                Self.uploadedExtensions.contains(SubmissionBuilder.fileExtension(path)),
                !ignored.ignores([path, relative]),
                let size = bundle.file(at: path)?.bytes.count
            else { continue }
            if let index = subpackages.firstIndex(where: { path.hasPrefix($0.prefix) }) {
                subpackageSizes[index] += size
            } else {
                mainSize += size
            }
        }
        var findings: [Finding] = []
        let appJSON = Location(file: manifest.path)
        if mainSize > Self.packageLimit {
            findings.append(
                finding(
                    LocalizedText(
                        zh: "主包 \(Self.megabytes(mainSize)) 超过 2M 上限",
                        en: "The main package is \(Self.megabytes(mainSize)), over the 2M limit"
                    ),
                    evidence: Self.megabytes(mainSize),
                    at: appJSON
                )
            )
        }
        for (index, subpackage) in subpackages.enumerated() where subpackageSizes[index] > Self.packageLimit {
            let size = Self.megabytes(subpackageSizes[index])
            findings.append(
                finding(
                    LocalizedText(
                        zh: "分包 \(subpackage.entry.root) 为 \(size)，超过 2M 上限",
                        en: "Sub-package \(subpackage.entry.root) is \(size), over the 2M limit"
                    ),
                    evidence: size,
                    at: subpackage.entry.element.location(in: manifest.path)
                )
            )
        }
        let total = mainSize + subpackageSizes.reduce(0, +)
        if total > Self.totalLimit {
            findings.append(
                finding(
                    LocalizedText(
                        zh: "全部分包合计 \(Self.megabytes(total))，超过 30M 上限",
                        en: "All packages together are \(Self.megabytes(total)), over the 30M limit"
                    ),
                    evidence: Self.megabytes(total),
                    at: appJSON
                )
            )
        }
        return findings
    }

    /// Bytes as megabytes with two decimals (rounded down, so a size just over a limit never
    /// prints as the limit itself) and the exact byte count, e.g. "2.31M (2422210 bytes)".
    static func megabytes(_ bytes: Int) -> String {
        let hundredths = bytes * 100 / (1024 * 1024)
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)M (\(bytes) B)"
    }
}
