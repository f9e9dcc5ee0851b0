/// A page listed in app.json whose .wxml or script is not in the bundle (运营规范 9.1).
struct MissingPageFilesRule: Rule {
    /// Script extensions a page may use; TypeScript is compiled to JavaScript on upload.
    static let scriptExtensions = ["js", "ts"]

    let description = RuleDescription(
        id: "missing-page-files",
        family: .completeness,
        title: LocalizedText(zh: "页面文件缺失", en: "Page files missing"),
        severity: .reject,
        citation: Citations.completeProduct,
        rationale: LocalizedText(
            zh: """
                app.json 的 pages 和分包 pages 中的每个页面都必须有 .wxml 和 .js（或 .ts）文件，.json 和 .wxss 可以没有。\
                缺少任一文件时开发者工具报错“未找到 app.json 中的定义的 pages 对应的 wxml/js 文件”，小程序无法编译、无法打开，\
                不符合 9.1“可以打开、可以运行”。位置指向 app.json 中列出该页面的字符串。
                """,
            en: """
                Every page in app.json pages and in the sub-package pages needs a .wxml and a .js (or .ts) file; \
                .json and .wxss are optional. Without either, the developer tools stop with "the wxml/js file of \
                page X in app.json was not found", so the mini-program can neither be compiled nor opened, which \
                breaks 9.1 (it must open and run). The finding points at the page string in app.json.
                """
        ),
        hint: LocalizedText(
            zh: "补上该页面的 .wxml 和 .js 文件，或从 app.json 中删除这个页面。",
            en: "Add the page's .wxml and .js files, or remove the page from app.json."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "app.json": #"{"pages": ["pages/index/index", "↓pages/about/about"]}"#,
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.js": "Page({})",
                "pages/about/about.js": "Page({})",
            ]),
            RuleExample(files: [
                "app.json": #"{"pages": ["↓pages/index/index"]}"#,
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.json": "{}",
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "subPackages": [{"root": "packageA", "pages": ["pages/cart/cart", "↓pages/order/order"]}]
                }
                """#,
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.js": "Page({})",
                "packageA/pages/cart/cart.wxml": "<view>购物车</view>",
                "packageA/pages/cart/cart.js": "Page({})",
                "pages/order/order.wxml": "<view>放错了目录的订单页</view>",
                "pages/order/order.js": "Page({})",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.json": #"{"pages": ["pages/index/index", "pages/about/about"]}"#,
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.js": "Page({})",
                "pages/about/about.wxml": "<view>关于</view>",
                "pages/about/about.ts": "Page({})",
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"],
                 "subpackages": [{"root": "packageA/", "pages": ["pages/cart/cart"]}]}
                """#,
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.js": "Page({})",
                "packageA/pages/cart/cart.wxml": "<view>购物车</view>",
                "packageA/pages/cart/cart.js": "Page({})",
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<view>首页</view>",
                "pages/index/index.js": "Page({})",
                "pages/index/index.json": #"{"navigationBarTitleText": "首页"}"#,
                "pages/index/index.wxss": ".title { color: #333; }",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest else { return [] }
        let bundle = submission.bundle
        var findings: [Finding] = []
        for entry in manifest.pageEntries {
            let base = joinPath(bundle.appRoot, entry.path)
            var missing: [String] = []
            if bundle.file(at: base + ".wxml") == nil { missing.append(".wxml") }
            if !Self.scriptExtensions.contains(where: { bundle.file(at: "\(base).\($0)") != nil }) {
                missing.append(".js")
            }
            guard !missing.isEmpty else { continue }
            let list = missing.joined(separator: "、")
            findings.append(
                finding(
                    LocalizedText(
                        zh: "页面 \(entry.path) 缺少 \(list) 文件，小程序无法编译",
                        en: "Page \(entry.path) has no \(missing.joined(separator: " or ")) file; it cannot be compiled"
                    ),
                    evidence: entry.page,
                    at: entry.element.location(in: manifest.path)
                )
            )
        }
        return findings
    }
}
