import MiniProgramBundle
import Testing

@testable import ReviewKit

@Suite struct SubmissionBuilderTests {
    static let project = #"{"projectname": "%E8%AE%B0%E8%B4%A6", "description": "配置里的简介"}"#

    @Test func metadataPrecedenceIsFlagsThenSubmissionFileThenProjectConfig() {
        let files = [
            "project.config.json": Self.project,
            "app.json": #"{"pages": ["pages/index/index"]}"#,
            "submission.json": #"{"name": "表单名称", "icon": "icon.png", "category": ["工具", "记账"]}"#,
        ]
        let bundle = MiniProgramBundle(source: "t", textFiles: files)
        let plain = SubmissionBuilder.build(bundle: bundle)
        #expect(plain.metadata.name == "表单名称")
        #expect(plain.metadata.nameSource == .submissionFile)
        #expect(plain.metadata.description == "配置里的简介")
        #expect(plain.metadata.descriptionSource == .projectConfig)
        #expect(plain.metadata.icon == "icon.png")
        #expect(plain.metadata.category == ["工具", "记账"])

        let flagged = SubmissionBuilder.build(bundle: bundle, overrides: MetadataOverrides(name: "命令行名称"))
        #expect(flagged.metadata.name == "命令行名称")
        #expect(flagged.metadata.nameSource == .commandLine)
    }

    @Test func projectNameIsPercentDecoded() {
        let bundle = MiniProgramBundle(source: "t", textFiles: ["project.config.json": Self.project, "app.json": "{}"])
        let submission = SubmissionBuilder.build(bundle: bundle)
        #expect(submission.metadata.name == "记账")
        #expect(submission.metadata.nameSource == .projectConfig)
    }

    @Test func findsPagesSubpackagesAndComponents() {
        let files = [
            "app.json": #"""
            {"pages": ["pages/index/index"],
             "subPackages": [{"root": "pkg", "pages": ["pages/a/a"]}],
             "usingComponents": {"card": "/components/card/card"}}
            """#,
            "pages/index/index.wxml": "<card/>",
            "pages/index/index.js": "Page({})",
            "pkg/pages/a/a.ts": "Page({})",
            "pkg/pages/a/a.json": #"{"usingComponents": {"row": "../../row/row", "ext": "plugin://x/y"}}"#,
            "components/card/card.wxml": "<view/>",
            "pkg/row/row.js": "Component({})",
        ]
        let submission = SubmissionBuilder.build(bundle: MiniProgramBundle(source: "t", textFiles: files))
        let units = submission.units.map { "\($0.kind.rawValue) \($0.basePath) \($0.files.keys.sorted())" }.sorted()
        #expect(
            units == [
                "component components/card/card [\"wxml\"]",
                "component pkg/row/row [\"js\"]",
                "page pages/index/index [\"js\", \"wxml\"]",
                "page pkg/pages/a/a [\"json\", \"ts\"]",
            ]
        )
    }

    @Test func locatedTextComesFromVisibleTextOnly() {
        let files = [
            "app.json":
                #"{"pages": ["pages/index/index"], "window": {"navigationBarTitleText": "首页标题"}, "tabBar": {"list": [{"pagePath": "pages/index/index", "text": "账单"}]}}"#,
            "pages/index/index.json": #"{"navigationBarTitleText": "页面标题"}"#,
            "pages/index/index.wxml":
                "<!-- 注释文字 -->\n<view class=\"类名\" data-x=\"数据\">可见文字<input placeholder=\"占位文字\"/></view>\n<wxs module=\"m\">var s = 'WXS字符串'</wxs>",
            "pages/index/index.js":
                "// 注释\nconst 标识符 = require('./路径.js')\nwx.showToast({ title: '提示文字' })\nconst t = `模板${x}文字`",
            "node_modules/lib/index.js": "const s = '第三方代码'",
        ]
        let submission = SubmissionBuilder.build(
            bundle: MiniProgramBundle(source: "t", textFiles: files),
            overrides: MetadataOverrides(name: "名称", description: "简介")
        )
        let texts = submission.texts.map { "\($0.kind.rawValue):\($0.text)" }.sorted()
        #expect(
            texts == [
                "description:简介", "json-text:账单", "json-text:页面标题", "json-text:首页标题", "name:名称",
                "script-string:WXS字符串", "script-string:提示文字", "script-string:文字", "script-string:模板",
                "wxml-attribute:占位文字", "wxml-text:可见文字",
            ]
        )
        let title = submission.texts.first { $0.text == "提示文字" }
        #expect(title?.line == 3 && title?.column == 24)
        let wxs = submission.texts.first { $0.text == "WXS字符串" }
        #expect(wxs?.file == "pages/index/index.wxml" && wxs?.line == 3 && wxs?.column == 26)
    }
}
