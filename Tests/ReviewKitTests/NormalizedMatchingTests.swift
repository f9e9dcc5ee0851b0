import MiniProgramBundle
import Testing

@testable import ReviewKit

/// Checklist rules match the normalised text and still point at the original characters.
@Suite struct NormalizedMatchingTests {
    private func findings(_ ruleID: String, name: String? = nil, files: [String: String] = [:]) throws -> [Finding] {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        var all = files
        all["project.config.json"] = #"{"appid": "touristappid"}"#
        all["app.json"] = #"{"pages": ["pages/index/index"]}"#
        let bundle = MiniProgramBundle(source: "t", textFiles: all)
        return rule.check(SubmissionBuilder.build(bundle: bundle, overrides: MetadataOverrides(name: name)))
    }

    @Test func traditionalAndSeparatedMarkInTheName() throws {
        let found = try findings("platform-marks-in-name", name: "😀騰·訊小助手")
        #expect(found.map(\.location) == [.field(.name, column: 2)])
        #expect(found.map(\.evidence) == ["騰·訊"])
    }

    @Test func fullWidthMarkInTheName() throws {
        let found = try findings("platform-marks-in-name", name: "我的ＷｅＣｈａｔ助手")
        #expect(found.map(\.location) == [.field(.name, column: 3)])
        #expect(found.map(\.evidence) == ["ＷｅＣｈａｔ"])
    }

    @Test func patternsMatchTraditionalFullWidthText() throws {
        let files = ["pages/index/index.wxml": "<view>\n  😀分享到３個群即可解鎖</view>"]
        let found = try findings("induced-sharing", files: files)
        #expect(found.map(\.location) == [.file("pages/index/index.wxml", line: 2, column: 4)])
        #expect(found.map(\.evidence) == ["分享到３個群即可解鎖"])
    }

    @Test func zeroWidthInsideAnAbsoluteTerm() throws {
        let rule = try #require(RuleRegistry.rule(id: "absolute-advertising-words"))
        let bundle = MiniProgramBundle(source: "t", textFiles: ["app.json": "{}"])
        let overrides = MetadataOverrides(name: "国\u{200B}家级健身")
        let found = rule.check(SubmissionBuilder.build(bundle: bundle, overrides: overrides))
        #expect(found.map(\.location) == [.field(.name, column: 1)])
        #expect(found.map(\.evidence) == ["国\u{200B}家级"])
    }
}
