import Foundation
import Reporters
import ReviewKit
import TestSupport
import Testing

@Suite struct HTMLTests {
    static func dom(_ report: Report, _ language: Language = .zh) throws -> DOMElement {
        try DOMElement.html(ReportFormat.html.render(report, options: RenderOptions(language: language)))
    }

    @Test(arguments: SampleReports.names)
    func everySampleHasABannerGroupsAndNoRequests(_ name: String) throws {
        let report = try SampleReports.report(name)
        let root = try Self.dom(report)
        let banner = try #require(root.all.first { $0.attributes["id"] == "verdict" })
        #expect(banner.attributes["class"]?.contains("verdict-\(report.verdict.rawValue)") == true)
        #expect(banner.text.contains(report.verdict == .pass ? "通过" : "不通过"))
        let groups = root.elements(class: "family")
        let families = Set(report.findings.compactMap { report.rule($0.rule)?.family.rawValue })
        #expect(Set(groups.compactMap { $0.attributes["data-family"] }) == families)
        #expect(root.elements(class: "finding").count == report.findings.count)
        Self.expectSelfContained(root)
    }

    static func expectSelfContained(_ root: DOMElement) {
        #expect(root.elements("script").isEmpty)
        #expect(root.elements("link").isEmpty)
        for element in root.all {
            for attribute in ["src", "href", "srcset", "action", "poster", "data"] {
                guard let value = element.attributes[attribute] else { continue }
                #expect(value.hasPrefix("data:") || value.hasPrefix("#"), "<\(element.name) \(attribute)=\(value)>")
            }
        }
        let policy = root.elements("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }
        #expect(policy?.attributes["content"]?.hasPrefix("default-src 'none'") == true)
    }

    @Test func findingsShowClauseSnippetAndHighlightedEvidence() throws {
        let root = try Self.dom(SampleReports.awkward)
        Self.expectSelfContained(root)
        // Groups in catalog order: basic information (the 简介 finding), inducement, media.
        #expect(
            root.elements(class: "family").compactMap { $0.attributes["data-family"] } == [
                "basic-info", "inducement", "media",
            ])
        let findings = root.elements(class: "finding")
        let induced = try #require(findings.first { $0.attributes["data-rule"] == "induced-sharing" })
        #expect(induced.elements(class: "clause").first?.text.contains("不得存在诱导类行为") == true)
        #expect(induced.elements(class: "clause-source").first?.text.contains("第 5.1 条") == true)
        // The message's markup is text, not elements.
        #expect(induced.elements(class: "message").first?.text.contains("<script>alert(1)</script>") == true)
        let marks = induced.elements("mark")
        #expect(marks.map(\.text) == ["分享到3个群"])
        let hit = try #require(induced.elements(class: "hit").first)
        #expect(hit.text.hasPrefix("4"))
        #expect(hit.text.contains("<b>&amp;</b>"))
        #expect(induced.elements(class: "line").count == 3)
        // The metadata finding shows the value with the evidence marked.
        let words = try #require(findings.first { $0.attributes["data-rule"] == "absolute-advertising-words" })
        #expect(words.elements("mark").map(\.text) == ["最低价"])
        // The icon is embedded.
        let icon = try #require(root.elements("img").first)
        #expect(icon.attributes["src"]?.hasPrefix("data:image/png;base64,iVBORw0KGgo") == true)
    }

    @Test func englishAndPassing() throws {
        let root = try Self.dom(try SampleReports.report("clean-notes"), .en)
        #expect(root.attributes["lang"] == "en")
        #expect(root.all.first { $0.attributes["id"] == "verdict" }?.text.contains("PASS") == true)
        #expect(root.elements(class: "no-findings").first?.text == "No findings.")
        #expect(root.elements("img").first?.attributes["src"]?.hasPrefix("data:image/png;base64,") == true)
    }
}
