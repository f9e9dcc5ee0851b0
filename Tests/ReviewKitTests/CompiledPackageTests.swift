import Foundation
import MiniProgramBundle
import TestSupport
import Testing

@testable import ReviewKit

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

// MARK: - Each listed code rule on compiled content

/// For every code rule `CompiledPackageSupport` lists that reads scripts or app-config.json: a small
/// compiled package with the violation in its compiled JavaScript (ES5, wrapped in `define` as the
/// compiler leaves it, some of it minified) or app-config.json, where the rule must fire, and a clean
/// variant, where it must not.
extension CompiledPackageTests {
    /// One rule's pair of packages.
    struct RuleCase: Sendable, CustomTestStringConvertible {
        let rule: String
        let firing: [String: [UInt8]]
        let clean: [String: [UInt8]]
        /// The submitted description (`--description`) of each package, for the rules that read it.
        var firingDescription: String? = nil
        var cleanDescription: String? = nil
        /// The files the findings on `firing` must be in, and evidence they must include.
        let files: Set<String>
        let evidence: Set<String>

        var testDescription: String { rule }
    }

    /// The page script `body` as app-service.js holds it.
    static func appService(_ body: String) -> String {
        """
        define("pages/index/index.js", function(require, module, exports, window, document, frames, self, \
        location, navigator, localStorage, history, Caches, screen, alert, confirm, prompt, XMLHttpRequest, \
        WebSocket, Reporter, webkit, WeixinJSCore){"use strict";
        \(body)
        });require("pages/index/index.js");

        """
    }

    /// Compiled WXML text as page-frame.html carries it: strings pushed by the page's render script.
    static func pageFrame(_ text: String) -> String {
        """
        <!DOCTYPE html>
        <html><head></head><body>
        <script>var z = []; z.push([3, '\(text)']); z.push([3, '返回首页']);</script>
        </body></html>

        """
    }

    static let appConfig = #"""
        {"pages":["pages/index/index"],"global":{"window":{"navigationBarTitleText":"随手记"}},\#
        "page":{"pages/index/index.html":{"window":{"navigationBarTitleText":"首页"}}}}
        """#

    /// A package of UTF-8 files with app-config.json, unless `files` brings its own.
    static func package(_ files: [String: String]) -> [String: [UInt8]] {
        (["app-config.json": appConfig].merging(files) { _, given in given }).mapValues { Array($0.utf8) }
    }

    static let ruleCases: [RuleCase] = [
        RuleCase(
            rule: "audio-autoplay",
            firing: package([
                "app-service.js": appService(
                    """
                    var e=wx.createInnerAudioContext();e.src="/audio/welcome.mp3",e.autoplay=!0;
                    var t=wx.getBackgroundAudioManager();
                    Page({onLoad:function(){t.title="晨间电台",t.src="https://cdn.example.com/morning.mp3"}});
                    """)
            ]),
            clean: package([
                "app-service.js": appService(
                    """
                    var e=wx.createInnerAudioContext();e.autoplay=!1;
                    Page({onLoad:function(){this.setData({autoplay:!0})},\
                    onPlayTap:function(){e.src="/audio/welcome.mp3",e.play()}});
                    """)
            ]),
            files: ["app-service.js"], evidence: ["e.autoplay = true", "src ="]),
        RuleCase(
            rule: "client-side-secret",
            firing: package([
                "app-service.js": appService(
                    """
                    var n={appId:"wx1234567890abcdef",appSecret:"9f86d081884c7d659a2feaa0c55ad015"};
                    App({onLaunch:function(){wx.login({success:function(e){wx.request({url:\
                    "https://api.weixin.qq.com/sns/jscode2session?appid="+n.appId+"&js_code="+e.code})}})}});
                    """),
                "app-config.json": #"""
                {"pages":["pages/index/index"],"extAppid":"wx1234567890abcdef",\#
                "ext":{"shopId":1024,"wechat":{"appSecret":"3c59dc048e8850243be8079a5c74d079"}}}
                """#,
            ]),
            clean: package([
                "app-service.js": appService(
                    """
                    var n={sha:"9f86d081884c7d659a2feaa0c55ad015"};
                    App({onLaunch:function(){wx.login({success:function(e){wx.request({url:\
                    "https://api.example.com/login",data:{code:e.code}})}})}});
                    """),
                "app-config.json":
                    #"{"pages":["pages/index/index"],"ext":{"hash":"3c59dc048e8850243be8079a5c74d079"}}"#,
            ]),
            files: ["app-service.js", "app-config.json"], evidence: ["9f86…", "api.weixin.qq.com", "3c59…"]),
        RuleCase(
            rule: "donation-payment",
            firing: package([
                "app-service.js": appService(
                    #"Page({give:function(){wx.requestPayment({timeStamp:"1",package:"prepay_id=1",paySign:"x"})}});"#),
                "page-frame.html": pageFrame("爱心捐款 10 元"),
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({give:function(){wx.requestPayment({timeStamp:"1",package:"prepay_id=1",paySign:"x"})}});"#),
                "page-frame.html": pageFrame("在线点餐 10 元"),
            ]),
            files: ["page-frame.html"], evidence: ["捐款"]),
        RuleCase(
            rule: "insecure-request-url",
            firing: package([
                "app-service.js": appService(
                    #"Page({onTap:function(){wx.request({url:"http://api.example.com/list",success:function(t){}})}});"#
                )
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({onTap:function(){wx.request({url:"https://api.example.com/list",success:function(t){}})}});"#
                )
            ]),
            files: ["app-service.js"], evidence: ["http://api.example.com"]),
        RuleCase(
            rule: "location-without-consent",
            firing: package([
                "app-service.js": appService(#"Page({onTap:function(){wx.getLocation({type:"gcj02"})}});"#)
            ]),
            clean: package([
                "app-service.js": appService(#"Page({onTap:function(){wx.getLocation({type:"gcj02"})}});"#),
                "app-config.json": #"""
                {"pages":["pages/index/index"],"permission":{"scope.userLocation":{"desc":"用于查找附近门店"}},\#
                "requiredPrivateInfos":["getLocation"],"global":{"window":{}}}
                """#,
            ]),
            files: ["app-service.js"], evidence: ["wx.getLocation"]),
        RuleCase(
            rule: "malformed-json",
            firing: package(["app-config.json": #"{"pages":["pages/index/index"],"global":{"window":{}}"#]),
            clean: package([:]),
            files: ["app-config.json"], evidence: []),
        RuleCase(
            rule: "non-utf8-text",
            firing: package([:]).merging([
                "app-service.js": Array(
                    appService(#"Page({data:{title:"欢迎使用随手记"}});"#).data(
                        using: String.Encoding(rawValue: 0x8000_0632))!)
            ]) { _, given in given },
            clean: package(["app-service.js": appService(#"Page({data:{title:"欢迎使用随手记"}});"#)]),
            files: ["app-service.js"], evidence: ["GB18030"]),
        RuleCase(
            rule: "payment-not-disclosed",
            firing: package([
                "app-service.js": appService(#"Page({pay:function(t){wx.requestPayment(t.detail)}});"#)
            ]),
            clean: package([
                "app-service.js": appService(#"Page({pay:function(t){wx.requestPayment(t.detail)}});"#)
            ]),
            firingDescription: "记录每天的收入和支出", cleanDescription: "在线点餐并使用微信支付",
            files: ["app-service.js"], evidence: ["wx.requestPayment"]),
        RuleCase(
            rule: "payment-without-prompt",
            firing: package([
                "app-service.js": appService(
                    """
                    Page({
                      onLoad: function onLoad(query) {
                        wx.requestPayment(query);
                      }
                    });
                    """)
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({onLoad:function(){this.loadOrder()},confirm:function(){wx.requestPayment({})}});"#)
            ]),
            files: ["app-service.js"], evidence: ["wx.requestPayment"]),
        RuleCase(
            rule: "privacy-guide-undeclared",
            // The declared kinds come from submission.json, which a package only has if it was put there.
            firing: package([
                "app-service.js": appService(#"Page({locate:function(){wx.getLocation({})}});"#),
                "submission.json": #"{"privacyGuide": ["手机号"]}"#,
            ]),
            clean: package([
                "app-service.js": appService(#"Page({locate:function(){wx.getLocation({})}});"#),
                "submission.json": #"{"privacyGuide": ["位置信息"]}"#,
            ]),
            files: ["app-service.js"], evidence: ["wx.getLocation"]),
        RuleCase(
            rule: "sensitive-call-in-lifecycle",
            firing: package([
                "app-service.js": appService(
                    #"Page({onLoad:function(){wx.getClipboardData({success:function(t){}})}});"#)
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({onLoad:function(){this.init()},onCopy:function(){wx.setClipboardData({data:this.data.code})}});"#
                )
            ]),
            files: ["app-service.js"], evidence: ["wx.getClipboardData"]),
        RuleCase(
            rule: "share-callback-reward",
            firing: package([
                "app-service.js": appService(
                    """
                    Page({
                      onShareAppMessage: function onShareAppMessage() {
                        var e = this;
                        return { title: "来玩", success: function success() { return e.grantCoupon(); } };
                      }
                    });
                    """)
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({onShareAppMessage:function(){return{title:"我的账单",path:"/pages/index/index"}}});"#)
            ]),
            files: ["app-service.js"], evidence: ["success"]),
        RuleCase(
            rule: "virtual-goods-payment",
            firing: package([
                "app-service.js": appService(
                    #"Page({data:{tip:"充值 100 金币，送 10 金币"},buy:function(e){wx.requestPayment(e.order)}});"#)
            ]),
            clean: package([
                "app-service.js": appService(
                    #"Page({data:{tip:"充值 100 金币，送 10 金币"},buy:function(e){wx.requestVirtualPayment(e.order)}});"#)
            ]),
            files: ["app-service.js"], evidence: ["充值 100 金币"]),
    ]

    /// Listed code rules that read neither scripts nor app-config.json: the package's entries and their
    /// nesting, the submitted metadata, or its images (`imagesInACompiledPackageAreScannedForQRCodes`).
    /// They need no compiled sample here.
    static let rulesReadingNeitherScriptsNorManifest: Set<String> = [
        "description-without-function", "nested-archive", "qr-code-contact", "qr-code-external-link",
        "submission-metadata-missing", "unsafe-bundle-entry",
    ]

    static func review(_ files: [String: [UInt8]], description: String?) throws -> Report {
        let bundle = try BundleReader.read(
            archive: WxapkgWriter.make(files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            name: "__APP__.wxapkg")
        return Reviewer().review(bundle, overrides: MetadataOverrides(description: description))
    }

    @Test func everyListedRuleThatReadsScriptsOrTheManifestHasACompiledSample() {
        let sampled = Set(Self.ruleCases.map(\.rule))
        #expect(sampled == CompiledPackageSupport.codeRuleIDs.subtracting(Self.rulesReadingNeitherScriptsNorManifest))
    }

    @Test(arguments: ruleCases)
    func listedRuleFiresOnCompiledContentAndNotOnTheCleanVariant(_ ruleCase: RuleCase) throws {
        let firing = try Self.review(ruleCase.firing, description: ruleCase.firingDescription)
        #expect(firing.rule(ruleCase.rule) != nil, "the rule runs on the compiled package")
        let found = firing.findings.filter { $0.rule == ruleCase.rule }
        #expect(!found.isEmpty, "\(firing.findings.map { "\($0.rule) \($0.location.displayString)" })")
        #expect(Set(found.compactMap(\.location.file)) == ruleCase.files, "\(found.map(\.location))")
        #expect(ruleCase.evidence.isSubset(of: Set(found.map(\.evidence))), "\(found.map(\.evidence))")

        let clean = try Self.review(ruleCase.clean, description: ruleCase.cleanDescription)
        #expect(clean.rule(ruleCase.rule) != nil)
        let unexpected = clean.findings.filter { $0.rule == ruleCase.rule }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.location.displayString) \($0.evidence)" })")
    }
}
