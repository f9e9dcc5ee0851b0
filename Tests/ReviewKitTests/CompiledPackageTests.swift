import Foundation
import MiniProgramBundle
import ReviewKit
import TestSupport
import Testing

/// Reviews of compiled packages (.wxapkg): which rules run, on what, and where their findings land.
@Suite struct CompiledPackageTests {
    static let files: [String: String] = [
        "app-config.json": """
        {"pages": ["pages/index/index"],
         "global": {"window": {"navigationBarTitleText": "分享到3个群即可解锁"}},
         "page": {"pages/index/index.html": {"window": {"navigationBarTitleText": "首页"}}},
         "requiredPrivateInfos": []}
        """,
        "app-service.js": """
        define("pages/index/index.js", function (require, module, exports) {
          Page({ onLoad: function () { wx.getLocation({ type: "gcj02" }) } });
        });
        """,
        "page-frame.html": """
        <!DOCTYPE html>
        <html><head><style>.a { content: "分享到3个群即可解锁"; }</style></head>
        <body><video autoplay src="a.mp4"></video>
        <script>var z = [];
          z.push([3, '邀请好友助力，分享到3个群即可解锁']);</script>
        </body></html>
        """,
    ]

    static func review(_ files: [String: String] = files) throws -> Report {
        let bundle = try BundleReader.read(archive: WxapkgWriter.make(textFiles: files), name: "__APP__.wxapkg")
        return Reviewer().review(bundle)
    }

    @Test func manifestScriptAndTextRulesRunOnCompiledContent() throws {
        let report = try Self.review()
        let places = report.findings.map { "\($0.rule) \($0.location.displayString)" }
        #expect(places.contains("location-without-consent app-service.js:2:32"), "\(places)")
        #expect(places.contains("induced-sharing app-config.json:2:51"), "\(places)")
        #expect(places.contains("induced-sharing page-frame.html:5:22"), "\(places)")
        #expect(!places.contains { $0.hasPrefix("induced-sharing page-frame.html:2") }, "style bodies are not text")
        #expect(report.verdict == .reject)
    }

    /// A checklist whose severity a configuration changes still runs on compiled content.
    @Test func aChecklistAtAnotherSeverityStillRuns() throws {
        let bundle = try BundleReader.read(archive: WxapkgWriter.make(textFiles: Self.files), name: "__APP__.wxapkg")
        let configuration = ReviewConfiguration(rules: ["induced-sharing": .warning])
        let report = Reviewer(configuration: configuration).review(bundle)
        let sharing = report.findings.filter { $0.rule == "induced-sharing" }
        #expect(!sharing.isEmpty)
        #expect(sharing.allSatisfy { $0.severity == .warning })
        let note = try #require(report.findings.first { $0.rule == "compiled-package" })
        #expect(!note.message.en.contains("induced-sharing"))
    }

    @Test func rulesThatNeedSourcesAreSkippedAndNamed() throws {
        let report = try Self.review()
        #expect(!report.findings.contains { $0.rule == "media-autoplay" }, "WXML rules do not run on compiled pages")
        let note = try #require(report.findings.first { $0.rule == "compiled-package" })
        #expect(note.severity == .info)
        #expect(note.location.file == "app-config.json")
        #expect(note.message.en.contains("media-autoplay"))
        #expect(!note.message.en.contains("induced-sharing"))
    }

    @Test func aSubPackageWithoutAppConfigSkipsTheManifestRules() throws {
        let report = try Self.review(["sub/app-service.js": "wx.getLocation({})"])
        #expect(!report.findings.contains { $0.rule == "location-without-consent" })
        let note = try #require(report.findings.first { $0.rule == "compiled-package" })
        #expect(note.location == Location())
        #expect(note.message.en.contains("location-without-consent"))
        #expect(note.message.en.contains("sub-package"))
    }

    @Test func scriptColumnsInHTMLMatchTheFile() throws {
        let page = "<p>前言😀</p><script>wx.getLocation({})</script>"
        let report = try Self.review(["app-config.json": #"{"pages": []}"#, "index.html": page])
        let finding = try #require(report.findings.first { $0.rule == "location-without-consent" })
        #expect(finding.location.displayString == "index.html:1:19")
    }

    @Test func imagesInACompiledPackageAreScannedForQRCodes() throws {
        let code = try Data(contentsOf: RepositoryPaths.imageFixtures.appendingPathComponent("qr-wechat-personal.png"))
        let package = WxapkgWriter.make([
            ("app-config.json", Array(#"{"pages": ["pages/index/index"]}"#.utf8)), ("images/kefu.png", Array(code)),
        ])
        let report = Reviewer().review(try BundleReader.read(archive: package, name: "__APP__.wxapkg"))
        let finding = try #require(report.findings.first { $0.rule == "qr-code-contact" })
        #expect(finding.location == Location(file: "images/kefu.png"))
        let note = try #require(report.findings.first { $0.rule == "compiled-package" })
        #expect(!note.message.en.contains("qr-code"), "the QR-code rules run on compiled packages")
    }

    @Test func sourceBundlesHaveNoCompiledNote() throws {
        let bundle = MiniProgramBundle(source: "t", textFiles: ["app.json": #"{"pages": []}"#])
        #expect(!Reviewer().review(bundle).findings.contains { $0.rule == "compiled-package" })
    }
}
