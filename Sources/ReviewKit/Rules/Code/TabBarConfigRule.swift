/// tabBar settings the developer tools refuse: fewer than 2 or more than 5 tabs, a pagePath that
/// is not a page, a tab page inside a sub-package (全局配置 tabBar; 分包加载 打包原则).
struct TabBarConfigRule: Rule {
    static let itemRange = 2...5

    let description = RuleDescription(
        id: "tabbar-config",
        family: .completeness,
        title: LocalizedText(zh: "tabBar 配置不合规", en: "Invalid tabBar configuration"),
        severity: .reject,
        citation: Citations.tabBarItemCount,
        rationale: LocalizedText(
            zh: """
                官方《全局配置》规定 tabBar.list 只能有 2 到 5 项，每项的 pagePath“必须在 pages 中先定义”；《分包加载》\
                的打包原则规定“tabBar 页面必须在主包内”。违反任何一条，开发者工具都无法编译上传。本规则逐项检查：\
                缺少 list（位置指向 tabBar），list 项数不在 2–5 之间（位置指向 list），\
                pagePath 缺失或不在 pages 中、或是分包页面（位置指向该 pagePath）。\
                pagePath 开头的 / 不影响比较。
                """,
            en: """
                The official app.json reference allows 2 to 5 items in tabBar.list, and each pagePath "must be \
                defined in pages first"; the subpackage guide adds that "tabBar pages must be in the main package". \
                Breaking any of these stops the developer tools from compiling and uploading. The rule reports a \
                tabBar without a list (at the tabBar), a list with fewer than 2 or more than 5 items (at the \
                list), and a pagePath that is missing, not in \
                pages, or a sub-package page (at that pagePath). A leading / in pagePath is ignored.
                """
        ),
        hint: LocalizedText(
            zh: "tabBar.list 保留 2–5 项，每项的 pagePath 写主包 pages 中已有的页面。",
            en: "Keep 2–5 items in tabBar.list, each with a pagePath listed in the main package's pages."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "tabBar": {"list": ↓[{"pagePath": "pages/index/index", "text": "首页"}]}
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index", "pages/mine/mine"],
                  "tabBar": {"list": [
                    {"pagePath": "pages/index/index", "text": "首页"},
                    {"pagePath": "↓pages/cart/cart", "text": "购物车"},
                    {"pagePath": "pages/mine/mine", "text": "我的"}
                  ]}
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index"],
                  "subpackages": [{"root": "packageMine", "pages": ["pages/mine/mine"]}],
                  "tabBar": {"list": [
                    {"pagePath": "pages/index/index", "text": "首页"},
                    {"pagePath": "↓packageMine/pages/mine/mine", "text": "我的"}
                  ]}
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/a/a", "pages/b/b", "pages/c/c", "pages/d/d", "pages/e/e", "pages/f/f"],
                  "tabBar": {"list": ↓[
                    {"pagePath": "pages/a/a", "text": "A"}, {"pagePath": "pages/b/b", "text": "B"},
                    {"pagePath": "pages/c/c", "text": "C"}, {"pagePath": "pages/d/d", "text": "D"},
                    {"pagePath": "pages/e/e", "text": "E"}, {"pagePath": "pages/f/f", "text": "F"}
                  ]}
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index", "pages/mine/mine"],
                 "tabBar": {"list": [{"pagePath": "pages/index/index", "text": "首页"}, ↓{"text": "我的"}]}}
                """#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {"pages": ["pages/index/index"], "tabBar": ↓{"custom": true, "color": "#999999"}}
                """#
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/index/index", "pages/cart/cart", "pages/mine/mine"],
                  "subpackages": [{"root": "packageOrder", "pages": ["pages/list/list"]}],
                  "tabBar": {
                    "color": "#999999", "selectedColor": "#07C160", "backgroundColor": "#FFFFFF",
                    "list": [
                      {"pagePath": "pages/index/index", "text": "首页"},
                      {"pagePath": "pages/cart/cart", "text": "购物车"},
                      {"pagePath": "pages/mine/mine", "text": "我的"}
                    ]
                  }
                }
                """#
            ]),
            RuleExample(files: [
                "app.json": #"{"pages": ["pages/index/index"], "window": {"navigationBarTitleText": "只有一页"}}"#
            ]),
            RuleExample(files: [
                "app.json": #"""
                {
                  "pages": ["pages/home/home", "pages/category/category", "pages/live/live", "pages/cart/cart",
                            "pages/mine/mine", "pages/detail/detail"],
                  "tabBar": {"custom": true, "list": [
                    {"pagePath": "pages/home/home", "text": "首页"}, {"pagePath": "pages/category/category", "text": "分类"},
                    {"pagePath": "pages/live/live", "text": "直播"}, {"pagePath": "pages/cart/cart", "text": "购物车"},
                    {"pagePath": "pages/mine/mine", "text": "我的"}
                  ]}
                }
                """#
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let manifest = submission.manifest, let tabBar = manifest.root["tabBar"] else { return [] }
        let file = manifest.path
        guard let list = tabBar["list"], let items = list.value.arrayValue else {
            return [
                finding(
                    LocalizedText(zh: "tabBar 缺少 list", en: "tabBar has no list"),
                    evidence: "tabBar",
                    at: tabBar.location(in: file)
                )
            ]
        }
        let mainPages = Set(manifest.pages.map { joinPath("", $0) })
        let subpackagePages = Set(manifest.pageEntries.filter { $0.subpackageRoot != nil }.map(\.path))
        var findings: [Finding] = []
        if !Self.itemRange.contains(items.count) {
            findings.append(
                finding(
                    LocalizedText(
                        zh: "tabBar.list 有 \(items.count) 项，只能有 2–5 项",
                        en: "tabBar.list has \(items.count) items; it must have 2 to 5"
                    ),
                    evidence: "\(items.count)",
                    at: list.location(in: file)
                )
            )
        }
        for item in items {
            guard let element = item["pagePath"], let pagePath = element.value.stringValue, !pagePath.isEmpty else {
                findings.append(
                    finding(
                        LocalizedText(zh: "tabBar 的一项缺少 pagePath", en: "A tabBar item has no pagePath"),
                        evidence: "pagePath",
                        at: item.location(in: file)
                    )
                )
                continue
            }
            let page = joinPath("", pagePath)
            if mainPages.contains(page) { continue }
            let message =
                subpackagePages.contains(page)
                ? LocalizedText(
                    zh: "tabBar 页面 \(pagePath) 在分包中，tabBar 页面必须在主包内",
                    en: "The tabBar page \(pagePath) is in a sub-package; tabBar pages must be in the main package")
                : LocalizedText(
                    zh: "tabBar 页面 \(pagePath) 不在 app.json 的 pages 中",
                    en: "The tabBar page \(pagePath) is not listed in app.json pages")
            findings.append(finding(message, evidence: pagePath, at: element.location(in: file)))
        }
        return findings
    }
}
