import Foundation
import Reporters
import ReviewKit
import Testing

@Suite struct BatchReporterTests {
    static let hostileName = "uploads/<script>alert(1)</script>,\"quoted\"\nname.zip"

    static func row(_ findings: [Finding], bundle: String = "demo.zip") -> BatchRow {
        var report = ReporterTests.report(findings)
        report.bundle = bundle
        return BatchRow(bundle: bundle, outcome: .report(report), milliseconds: 12)
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        let failed = BatchRow(bundle: Self.hostileName, outcome: .error("bad, \"very\" bad"), milliseconds: 3)
        let line = BatchCSV.line(failed.summary)
        #expect(
            line
                == "\"uploads/<script>alert(1)</script>,\"\"quoted\"\"\nname.zip\",error,0,0,0,,\"bad, \"\"very\"\" bad\",3\n"
        )
        #expect(
            BatchCSV.line(Self.row(ReporterTests.findings).summary)
                == "demo.zip,reject,1,0,1,induced-sharing submission-metadata-missing,,12\n")
    }

    @Test func topRulesPutRejectingRulesFirstAndKeepThree() {
        func finding(_ rule: String, _ severity: Severity) -> Finding {
            Finding(
                rule: rule, severity: severity, message: LocalizedText(zh: "x", en: "x"), evidence: "",
                citation: ReporterTests.citation, location: .file("a.js", line: 1, column: 1),
                hint: LocalizedText(zh: "x", en: "x"))
        }
        let findings =
            Array(repeating: finding("chatty", .info), count: 5) + [finding("rejecting", .reject)]
            + Array(repeating: finding("warned", .warning), count: 2) + [finding("another", .info)]
        #expect(Self.row(findings).summary.topRules == ["rejecting", "chatty", "warned"])
    }

    @Test func htmlEscapesBundleNamesAndMessages() {
        var summary = BatchRow(bundle: Self.hostileName, outcome: .error("<b>broken</b>"), milliseconds: 1).summary
        summary.page = "bundles/0001-x.html"
        let index = BatchHTMLIndex.render([summary], language: .en)
        #expect(!index.contains("<script>alert"))
        #expect(!index.contains("<b>broken"))
        #expect(index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let page = BatchBundlePage.render(Self.row(ReporterTests.findings, bundle: Self.hostileName), language: .en)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("pages/index/index.wxml:4:11"))
        #expect(page.contains("Induced sharing"))
    }

    @Test func jsonlIsOneLinePerBundle() throws {
        let line = BatchJSONLines.line(Self.row(ReporterTests.findings, bundle: Self.hostileName), language: .en)
        #expect(line.filter { $0 == "\n" }.count == 1 && line.hasSuffix("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["bundle"] as? String == Self.hostileName)
        #expect(object["error"] is NSNull)
        #expect(object["verdict"] as? String == "reject")
    }
}
