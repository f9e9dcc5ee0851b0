import Foundation
import Reporters
import ReviewKit
import Testing

@Suite struct ReporterTests {
    static let citation = Citation(document: "微信小程序平台运营规范", edition: "2017-01-09", clause: "5.1", text: "不得存在诱导类行为")

    static func report(_ findings: [Finding]) -> Report {
        var metadata = SubmissionMetadata(name: "名称", nameSource: .submissionFile)
        metadata.description = nil
        return Report(bundle: "demo.zip", findings: findings, metadata: MetadataSummary(metadata))
    }

    static let findings = [
        Finding(
            rule: "induced-sharing", severity: .reject,
            message: LocalizedText(zh: "诱导分享", en: "Induced sharing"), evidence: "分享到3个群即可解锁",
            citation: citation, location: .file("pages/index/index.wxml", line: 4, column: 11),
            hint: LocalizedText(zh: "删除", en: "Remove")
        ),
        Finding(
            rule: "submission-metadata-missing", severity: .info,
            message: LocalizedText(zh: "未提供简介", en: "No description"), evidence: "",
            citation: citation, location: .field(.description), hint: LocalizedText(zh: "补充", en: "Add")
        ),
    ]

    @Test func jsonHasTheDocumentedShape() throws {
        let json = ReportFormat.json.render(Self.report(Self.findings), options: RenderOptions(language: .zh))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["tool"] as? [String: Any])?["name"] as? String == "mpcheck")
        #expect(object["bundle"] as? String == "demo.zip")
        #expect(object["verdict"] as? String == "reject")
        #expect(object["summary"] as? [String: Int] == ["reject": 1, "warning": 0, "info": 1])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        // Metadata findings sort before file findings.
        #expect((findings[0]["location"] as? [String: Any])?["field"] as? String == "description")
        let first = findings[1]
        #expect(first["rule"] as? String == "induced-sharing")
        #expect(first["severity"] as? String == "reject")
        #expect(first["message"] as? String == "诱导分享")
        #expect(first["evidence"] as? String == "分享到3个群即可解锁")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location.count == 3)
        #expect(location["file"] as? String == "pages/index/index.wxml")
        #expect(location["line"] as? Int == 4)
        #expect(location["column"] as? Int == 11)
        let citation = try #require(first["citation"] as? [String: String])
        #expect(citation == ["document": "微信小程序平台运营规范", "edition": "2017-01-09", "clause": "5.1", "text": "不得存在诱导类行为"])
    }

    @Test func jsonFollowsTheLanguage() {
        let json = ReportFormat.json.render(Self.report(Self.findings), options: RenderOptions(language: .en))
        #expect(json.contains("\"message\" : \"Induced sharing\""))
    }

    @Test func textGroupsBySeverityInChineseByDefault() throws {
        let text = ReportFormat.text.render(Self.report(Self.findings), options: RenderOptions())
        #expect(text.contains("结论：不通过"))
        let reject = try #require(text.range(of: "拒绝 (1)"))
        let info = try #require(text.range(of: "提示 (1)"))
        #expect(reject.lowerBound < info.lowerBound)
        #expect(text.contains("pages/index/index.wxml:4:11  [induced-sharing]"))
        #expect(text.contains("依据：《微信小程序平台运营规范》(2017-01-09) 第 5.1 条：不得存在诱导类行为"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func textInEnglishAndWithColour() {
        let text = ReportFormat.text.render(
            Self.report(Self.findings), options: RenderOptions(language: .en, color: true))
        #expect(text.contains("Verdict: REJECT"))
        #expect(text.contains("clause 5.1"))
        #expect(text.contains("\u{1B}[31m"))
    }

    @Test func passingReportSaysSo() {
        let text = ReportFormat.text.render(Self.report([]), options: RenderOptions(language: .en))
        #expect(text.contains("Verdict: PASS"))
        #expect(text.contains("No findings."))
    }
}
