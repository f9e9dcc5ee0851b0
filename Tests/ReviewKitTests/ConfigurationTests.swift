import Foundation
import MiniProgramBundle
import ReviewKit
import Testing

@Suite struct PathGlobTests {
    @Test(arguments: [
        ("node_modules/", "node_modules/a/b.js", true),
        ("node_modules/", "sub/node_modules/x.js", true),
        ("node_modules/", "node_modules", false),
        ("node_modules/", "my_node_modules/x.js", false),
        ("*.min.js", "vendor/lib.min.js", true),
        ("*.min.js", "lib.js", false),
        ("vendor/*.js", "vendor/a.js", true),
        ("vendor/*.js", "vendor/sub/a.js", false),
        ("vendor/*.js", "x/vendor/a.js", false),
        ("vendor/**/*.js", "vendor/sub/deep/a.js", true),
        ("vendor/**/*.js", "vendor/a.js", true),
        ("/pages/legacy", "pages/legacy/index.wxml", true),
        ("pages/?ld/", "pages/old/index.wxml", true),
        ("测试/", "pages/测试/index.wxml", true),
        ("**/mock/**", "a/b/mock/c/d.js", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }
}

@Suite struct ConfigurationTests {
    static let checklist = #"""
        {"id": "house-words", "family": "basic-info", "severity": "warning",
         "title": {"zh": "内部用语", "en": "House words"},
         "citation": {"document": "微信小程序平台运营规范", "edition": "2017-01-09", "clause": "2.4",
                      "text": "微信小程序的名称、icon、简介等基本信息,相互之间必须有所关联。"},
         "rationale": {"zh": "项目自定的用语。", "en": "A project's own words."},
         "hint": {"zh": "换一个词。", "en": "Use another word."},
         "message": {"zh": "含有「{match}」", "en": "Contains \"{match}\""},
         "scopes": ["wxml-text"], "terms": ["内测版"],
         "examples": {"triggering": [{"files": {"pages/index/index.wxml": "<view>↓内测版</view>"}}],
                      "nonTriggering": [{"files": {"pages/index/index.wxml": "<view>正式版</view>"}}]}}
        """#

    static func bundle(_ files: [String: String]) -> MiniProgramBundle {
        var all = files
        all["project.config.json"] = all["project.config.json"] ?? #"{"appid": "touristappid"}"#
        all["app.json"] = all["app.json"] ?? #"{"pages": ["pages/index/index"]}"#
        all["submission.json"] = all["submission.json"] ?? #"{"name": "记账本", "description": "记录收支"}"#
        // A complete page, so only the findings a test is about appear.
        all["pages/index/index.wxml"] = all["pages/index/index.wxml"] ?? "<view>首页</view>"
        all["pages/index/index.js"] = all["pages/index/index.js"] ?? "Page({})"
        return MiniProgramBundle(source: "test", textFiles: all)
    }

    static func configuration(_ json: String, files: [String: String] = [:]) throws -> ReviewConfiguration {
        try #require(try ReviewConfiguration.inBundle(bundle(files.merging([".mpcheck.json": json]) { a, _ in a })))
    }

    @Test func noFileMeansNoConfiguration() throws {
        #expect(try ReviewConfiguration.inBundle(Self.bundle([:])) == nil)
    }

    @Test func rulesCanBeTurnedOffOrChangeSeverity() throws {
        let files = ["pages/index/index.wxml": "<video src=\"a.mp4\" autoplay></video><view>分享到3个群即可解锁</view>"]
        let plain = Reviewer().review(Self.bundle(files))
        #expect(Set(plain.findings.map(\.rule)) == ["induced-sharing", "media-autoplay"])
        let configuration = try Self.configuration(
            #"{"rules": {"media-autoplay": "off", "induced-sharing": "warning"}}"#)
        let report = Reviewer(configuration: configuration).review(Self.bundle(files))
        #expect(report.findings.map(\.rule) == ["induced-sharing"])
        #expect(report.findings.first?.severity == .warning)
        #expect(report.verdict == .pass)
        #expect(report.rule("induced-sharing")?.severity == .warning)
        #expect(report.rule("media-autoplay") == nil, "a rule turned off is not listed as run")
    }

    @Test func thirdPartyFoldersAreIgnoredUnlessTheConfigurationSaysOtherwise() throws {
        let files = [
            "pages/index/index.wxml": "<view>你好</view>",
            "node_modules/lib/index.wxml": "<view>分享到3个群即可解锁</view>",
            "vendor/ad.wxml": "<view>分享到3个群即可解锁</view>",
        ]
        #expect(Reviewer().review(Self.bundle(files)).findings.map(\.location.file) == ["vendor/ad.wxml"])
        let configuration = try Self.configuration(#"{"ignore": ["vendor/"]}"#)
        let report = Reviewer(configuration: configuration).review(Self.bundle(files))
        #expect(report.findings.map(\.location.file) == ["node_modules/lib/index.wxml"])
    }

    @Test func extraChecklistsAreLoadedFromTheBundle() throws {
        let configuration = try Self.configuration(
            #"{"checklists": ["lint/house-words.json"]}"#, files: ["lint/house-words.json": Self.checklist])
        let report = Reviewer(configuration: configuration).review(
            Self.bundle(["pages/index/index.wxml": "<view>内测版</view>"]))
        #expect(report.findings.map(\.rule) == ["house-words"])
        #expect(report.rule("house-words")?.title.en == "House words")
    }

    @Test func extraChecklistsAreLoadedFromBesideAConfigurationFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.checklist.utf8).write(to: folder.appendingPathComponent("house.json"))
        let file = folder.appendingPathComponent("mpcheck.json")
        try Data(#"{"checklists": ["house.json"], "rules": {"house-words": "reject"}}"#.utf8).write(to: file)
        let configuration = try ReviewConfiguration.load(file: file.path)
        let report = Reviewer(configuration: configuration).review(
            Self.bundle(["pages/index/index.wxml": "<view>内测版</view>"]))
        #expect(report.findings.map(\.severity) == [.reject])
    }

    @Test func allowWordsDropFindingsInsideThem() throws {
        let files = ["pages/index/index.wxml": "<view>分享到3个群即可解锁</view>"]
        let submission = #"{"name": "国家级好茶", "description": "第一茶馆"}"#
        let plain = Reviewer().review(Self.bundle(files.merging(["submission.json": submission]) { a, _ in a }))
        #expect(plain.findings.count == 2)
        let configuration = try Self.configuration(#"{"allowWords": ["国家级好茶", "分享到3个群即可解锁"]}"#)
        let report = Reviewer(configuration: configuration).review(
            Self.bundle(files.merging(["submission.json": submission]) { a, _ in a }))
        #expect(report.findings.isEmpty)
    }

    @Test(arguments: [
        (#"{"rulez": {}}"#, "1:2: unknown key \"rulez\""),
        (#"{"rules": {"no-such-rule": "off"}}"#, "no-such-rule, which is no rule"),
        (#"{"rules": {"media-autoplay": "loud"}}"#, "must be one of off, on, info, warning, reject"),
        (#"{"ignore": "node_modules/"}"#, "\"ignore\" must be an array of strings"),
        (#"{"checklists": ["missing.json"]}"#, "no checklist missing.json in the bundle"),
        (#"[1]"#, "expected a JSON object"),
        (#"{"#, "1:2:"),
    ])
    func invalidFilesAreRefusedWithAReason(_ json: String, _ reason: String) throws {
        let error = #expect(throws: ConfigurationError.self) {
            try ReviewConfiguration.inBundle(Self.bundle([".mpcheck.json": json]))
        }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
        #expect(error?.file == ".mpcheck.json")
    }

    @Test func aChecklistMayNotTakeABuiltInID() throws {
        let stolen = Self.checklist.replacingOccurrences(of: "house-words", with: "media-autoplay")
        let error = #expect(throws: ConfigurationError.self) {
            try ReviewConfiguration.inBundle(
                Self.bundle([".mpcheck.json": #"{"checklists": ["x.json"]}"#, "x.json": stolen]))
        }
        #expect(error?.description.contains("already taken") == true)
    }
}

@Suite struct BaselineTests {
    static let files = [
        "pages/index/index.wxml": "<view>分享到3个群即可解锁</view>\n<video src=\"a.mp4\" autoplay></video>"
    ]

    @Test func aBaselineHidesKnownFindingsEvenWhenTheyMove() throws {
        let before = Reviewer().review(ConfigurationTests.bundle(Self.files))
        #expect(before.findings.count == 2)
        let written = Baseline(report: before).encoded()
        let baseline = try Baseline.decode(Array(written.utf8), file: "baseline.json")
        // Two new lines above move the old findings, and one new finding appears.
        let moved = [
            "pages/index/index.wxml":
                "<view>新的一行</view>\n<view>转发后领取红包</view>\n" + (Self.files["pages/index/index.wxml"] ?? "")
        ]
        let after = Reviewer().review(ConfigurationTests.bundle(moved))
        #expect(after.findings.count == 3)
        let applied = baseline.apply(to: after)
        #expect(applied.known == 2)
        #expect(applied.report.findings.map(\.evidence) == ["转发后领取"])
        #expect(applied.report.verdict == .reject)
    }

    @Test func aBaselineFileIsReadableJSON() throws {
        let report = Reviewer().review(ConfigurationTests.bundle(Self.files))
        let text = Baseline(report: report).encoded()
        #expect(text.contains("\"location\" : \"pages/index/index.wxml:1:7\""))
        #expect(text.contains("\"version\" : 1"))
        #expect(throws: BaselineError.self) { try Baseline.decode(Array("{}".utf8), file: "b.json") }
    }
}
