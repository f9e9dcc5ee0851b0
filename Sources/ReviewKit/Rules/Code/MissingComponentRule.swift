import MiniProgramBundle

/// A `usingComponents` path that resolves to no component in the bundle (运营规范 9.1).
struct MissingComponentRule: Rule {
    /// Files any one of which makes a component path resolve.
    static let componentExtensions = ["json", "js", "ts", "wxml"]

    let description = RuleDescription(
        id: "missing-component",
        family: .completeness,
        title: LocalizedText(zh: "引用的自定义组件不存在", en: "Referenced component missing"),
        severity: .reject,
        citation: Citations.completeProduct,
        rationale: LocalizedText(
            zh: """
                app.json 与页面、组件 .json 的 usingComponents 引用的组件必须在代码包里，否则编译失败，小程序无法打开（9.1）。\
                路径以 / 开头时从小程序根目录找，以 . 开头时从该 .json 所在目录找；其他路径先按相对路径找，再按 npm 包\
                在该目录及各级上层的 miniprogram_npm 中找。plugin:// 插件组件、useExtendedLib 扩展库（如 weui-miniprogram）\
                不在代码包中，不检查。
                """,
            en: """
                A component named in usingComponents (app.json, page and component .json) must be in the package, or \
                compilation fails and the mini-program cannot open (9.1). A path starting with / is looked up from \
                the app root, one starting with . from the folder of the .json file; other paths are tried as \
                relative paths and then as npm packages in miniprogram_npm of that folder or any folder above it. \
                plugin:// components and useExtendedLib libraries (e.g. weui-miniprogram) are not in the package \
                and are not checked.
                """
        ),
        hint: LocalizedText(
            zh: "修正组件路径，补上组件文件，或对 npm 包执行“构建 npm”生成 miniprogram_npm。",
            en: "Fix the component path, add the component's files, or run \"Build npm\" to produce miniprogram_npm."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.json": #"{"usingComponents": {"user-card": "↓/components/user-card/user-card"}}"#,
                "pages/index/index.wxml": "<user-card name=\"{{name}}\" />",
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "usingComponents": {
                    "price-tag": "↓./components/price-tag/index",
                    "nav-bar": "./components/nav-bar/index"
                  }
                }
                """#,
                "components/nav-bar/index.js": "Component({})",
                "components/nav-bar/index.wxml": "<view class=\"nav\"><slot /></view>",
            ]),
            RuleExample(files: [
                "pages/index/index.json": #"{"usingComponents": {"van-button": "↓@vant/weapp/button/index"}}"#,
                "node_modules/@vant/weapp/lib/button/index.js": "Component({})",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.json":
                    #"{"usingComponents": {"bill-item": "../../components/bill-item/bill-item"}}"#,
                "components/bill-item/bill-item.js": "Component({})",
                "components/bill-item/bill-item.json": #"{"component": true}"#,
                "components/bill-item/bill-item.wxml": "<view>{{bill.title}}</view>",
            ]),
            RuleExample(files: [
                "pages/index/index.json": #"{"usingComponents": {"van-button": "@vant/weapp/button/index"}}"#,
                "miniprogram_npm/@vant/weapp/button/index.js": "Component({})",
                "miniprogram_npm/@vant/weapp/button/index.json": #"{"component": true}"#,
            ]),
            RuleExample(files: [
                "pages/index/index.json": #"{"usingComponents": {"live-room": "plugin://liveRoomPlugin/live-room"}}"#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"], "useExtendedLib": {"weui": true},
                 "usingComponents": {"mp-dialog": "weui-miniprogram/dialog/dialog"}}
                """#
            ]),
            RuleExample(files: [
                "pages/index/index.json": #"{"usingComponents": {"card": "/components/card"}}"#,
                "components/card/index.js": "Component({})",
                "components/card/index.wxml": "<view><slot /></view>",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest else { return [] }
        let bundle = submission.bundle
        let extendedLibraries = Set((manifest.root["useExtendedLib"]?.value.objectValue ?? []).map(\.key))
        var documents: [(path: String, root: JSONElement)] = [(manifest.path, manifest.root)]
        for unit in submission.units {
            guard let path = unit.files["json"], let text = bundle.text(at: path),
                case .success(let root) = JSONParser.parse(text)
            else { continue }
            documents.append((path, root))
        }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for (path, root) in documents where seen.insert(path).inserted {
            let folder = AssetPath.folder(of: path)
            for member in root["usingComponents"]?.value.objectValue ?? [] {
                guard let reference = member.value.value.stringValue,
                    !Self.isOutsideThePackage(reference, extendedLibraries: extendedLibraries),
                    !Self.resolves(reference, from: folder, in: bundle)
                else { continue }
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "组件 \(member.key) 的路径 \(reference) 在代码包中找不到",
                            en: "Component \(member.key): \(reference) is not in the package"
                        ),
                        evidence: reference,
                        at: member.value.location(in: path)
                    )
                )
            }
        }
        return findings
    }

    /// Plugin components and extended libraries are provided by the platform, not the package.
    static func isOutsideThePackage(_ reference: String, extendedLibraries: Set<String>) -> Bool {
        if reference.hasPrefix("plugin://") || reference.hasPrefix("plugin-private://") { return true }
        if reference.contains("{{") || reference.isEmpty { return true }
        let first = reference.split(separator: "/").first.map(String.init) ?? ""
        return extendedLibraries.contains { first == $0 || first == "\($0)-miniprogram" }
    }

    /// Whether some component file exists for the reference, tried as the mini-program resolves it.
    static func resolves(_ reference: String, from folder: String, in bundle: MiniProgramBundle) -> Bool {
        var bases: [String]
        if reference.hasPrefix("/") {
            bases = [joinPath(bundle.appRoot, String(reference.dropFirst()))]
        } else if reference.hasPrefix(".") {
            bases = [joinPath(folder, reference)]
        } else {
            bases = [joinPath(folder, reference), joinPath(bundle.appRoot, reference)]
            // npm packages: miniprogram_npm in this folder or any folder above it.
            var ancestor = folder.split(separator: "/").map(String.init)
            while true {
                bases.append(joinPath(ancestor.joined(separator: "/"), "miniprogram_npm/" + reference))
                guard !ancestor.isEmpty else { break }
                ancestor.removeLast()
            }
        }
        return bases.contains { base in
            [base, base + "/index"].contains { candidate in
                componentExtensions.contains { bundle.file(at: "\(candidate).\($0)") != nil }
            }
        }
    }
}
