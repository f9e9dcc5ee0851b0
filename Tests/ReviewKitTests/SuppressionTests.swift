import MiniProgramBundle
import ReviewKit
import Testing

@Suite struct SuppressionTests {
    static func review(_ files: [String: String], configuration: ReviewConfiguration = .default) -> Report {
        Reviewer(configuration: configuration).review(ConfigurationTests.bundle(files))
    }

    @Test func aSuppressionWithAReasonSilencesTheNextLineOnly() {
        let report = Self.review([
            "pages/index/index.wxml": """
            <!-- mpcheck-disable-next-line media-autoplay: 静音预告片 -->
            <video src="a.mp4" autoplay></video>
            <video src="b.mp4" autoplay></video>
            """
        ])
        #expect(report.findings.map(\.rule) == ["media-autoplay"])
        #expect(report.findings.first?.location.line == 3)
    }

    @Test func scriptSuppressionsSilenceStringsAndSeveralRules() {
        let report = Self.review([
            "pages/index/index.js": """
            Page({
              /* mpcheck-disable-next-line induced-sharing, absolute-advertising-words: 引用的反例 */
              data: { tip: '转发后领取红包' }
            })
            """
        ])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message.en))")
    }

    @Test func aSuppressionWithoutAReasonSilencesNothingAndIsReported() {
        let report = Self.review([
            "pages/index/index.wxml": "<!-- mpcheck-disable-next-line media-autoplay -->\n<video autoplay></video>"
        ])
        #expect(report.findings.map(\.rule) == ["invalid-suppression", "media-autoplay"])
        let warning = report.findings[0]
        #expect(warning.severity == .warning)
        #expect(warning.location == .file("pages/index/index.wxml", line: 1, column: 6))
        #expect(warning.evidence == "mpcheck-disable-next-line media-autoplay")
        #expect(warning.snippet?.line(1) == "<!-- mpcheck-disable-next-line media-autoplay -->")
        #expect(report.verdict == .reject)
    }

    @Test func aStaleSuppressionIsReported() {
        let report = Self.review([
            "pages/index/index.wxml": "<!-- mpcheck-disable-next-line media-autoplay: 旧的 -->\n<view>你好</view>"
        ])
        #expect(report.findings.map(\.rule) == ["invalid-suppression"])
        #expect(report.findings.first?.message.en.contains("silences nothing") == true)
    }

    @Test func suppressionsWorkForProjectChecklistsAndTheRuleCanBeTurnedOff() throws {
        let files = [
            ".mpcheck.json": #"{"checklists": ["house.json"], "rules": {"invalid-suppression": "off"}}"#,
            "house.json": ConfigurationTests.checklist,
            "pages/index/index.wxml": """
            <!-- mpcheck-disable-next-line house-words: 公测说明页 -->
            <view>内测版</view>
            <!-- mpcheck-disable-next-line media-autoplay -->
            <view>内测版</view>
            """,
        ]
        let configuration = try #require(try ReviewConfiguration.inBundle(ConfigurationTests.bundle(files)))
        let report = Self.review(files, configuration: configuration)
        #expect(report.findings.map(\.location.line) == [4])
    }

    @Test func directivesMustOpenTheComment() {
        let report = Self.review([
            "pages/index/index.js": "// see mpcheck-disable-next-line in the README\nconst tip = 1\n",
            "pages/index/index.wxml":
                "<!--\n  * mpcheck-disable-next-line media-autoplay: 多行注释\n-->\n<video autoplay></video>",
        ])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message.en))")
    }
}
