import Foundation
import Reporters
import ReviewKit
import TestSupport
import Testing

@Suite struct JUnitTests {
    static func parse(_ report: Report) throws -> DOMElement {
        try DOMElement.xml(ReportFormat.junit.render(report, options: RenderOptions()))
    }

    @Test(arguments: SampleReports.names)
    func everySampleParsesWithOneTestcasePerRule(_ name: String) throws {
        let report = try SampleReports.report(name)
        let root = try Self.parse(report)
        #expect(root.name == "testsuites")
        let suites = root.elements("testsuite")
        #expect(suites.count == 1)
        let suite = try #require(suites.first)
        #expect(suite.attributes["name"] == report.bundle)
        let cases = suite.elements("testcase")
        #expect(cases.map { $0.attributes["name"] ?? "" } == report.rules.map(\.id))
        #expect(suite.attributes["tests"] == "\(cases.count)")
        let failedRules = Set(report.findings.filter { $0.severity == .reject }.map(\.rule))
        #expect(suite.attributes["failures"] == "\(failedRules.count)")
        #expect(suite.elements("failure").count == report.summary.reject)
        for testcase in cases {
            #expect(testcase.attributes["classname"]?.hasPrefix("mpcheck.") == true)
        }
    }

    @Test func failuresForRejectsAndSystemOutForWarnings() throws {
        let root = try Self.parse(SampleReports.awkward)
        let cases = root.elements("testcase")
        let induced = try #require(cases.first { $0.attributes["name"] == "induced-sharing" })
        let failure = try #require(induced.elements("failure").first)
        #expect(failure.attributes["type"] == "induced-sharing")
        #expect(failure.attributes["message"]?.hasPrefix("pages/index/index.wxml:4:9: 诱导 <script>") == true)
        #expect(failure.text.contains("依据：《微信小程序平台运营规范》(2017-01-09) 第 5.1 条"))
        // The control character cannot be in XML and was replaced.
        #expect(failure.text.contains("next\u{FFFD}"))
        let media = try #require(cases.first { $0.attributes["name"] == "media-autoplay" })
        #expect(media.elements("failure").isEmpty)
        #expect(media.elements("system-out").first?.text.contains("[warning] pages/a b/页面.wxml:1:8") == true)
        let words = try #require(cases.first { $0.attributes["name"] == "absolute-advertising-words" })
        #expect(words.elements("failure").first?.attributes["message"]?.hasPrefix("[description]:3") == true)
        let verdict = root.elements("property").first { $0.attributes["name"] == "verdict" }
        #expect(verdict?.attributes["value"] == "reject")
    }

    @Test func passingReportHasNoFailures() throws {
        let root = try Self.parse(try SampleReports.report("clean-notes"))
        #expect(root.attributes["failures"] == "0")
        #expect(root.elements("failure").isEmpty)
    }
}

@Suite struct JUnitSeveralBundlesTests {
    @Test func oneTestsuitePerBundleWithSummedCounts() throws {
        let reports = [try SampleReports.report("clean-notes"), try SampleReports.report("induced-sharing")]
        let root = try DOMElement.xml(JUnitReporter.render(reports, options: RenderOptions()))
        let suites = root.elements("testsuite")
        #expect(suites.map { $0.attributes["name"] ?? "" } == reports.map(\.bundle))
        let tests = suites.compactMap { Int($0.attributes["tests"] ?? "") }.reduce(0, +)
        #expect(root.attributes["tests"] == "\(tests)")
        #expect(root.attributes["failures"] == "1")
    }
}
