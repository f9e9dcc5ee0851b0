import Foundation
import Reporters
import ReviewKit
import TestSupport
import Testing

@Suite struct SARIFTests {
    static func object(_ report: Report, _ language: Language = .zh) throws -> [String: Any] {
        let text = ReportFormat.sarif.render(report, options: RenderOptions(language: language))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func run(_ object: [String: Any]) throws -> [String: Any] {
        try #require((object["runs"] as? [[String: Any]])?.first)
    }

    @Test(arguments: SampleReports.names)
    func everySampleIsValidAgainstTheSchema(_ name: String) throws {
        let report = try SampleReports.report(name)
        for language in Language.allCases {
            let sarif = ReportFormat.sarif.render(report, options: RenderOptions(language: language))
            let problems = try SchemaValidator.problems(in: sarif, schema: RepositoryPaths.sarifSchema)
            #expect(problems.isEmpty, "\(name) (\(language)): \(problems)")
        }
    }

    @Test func awkwardReportIsValidAgainstTheSchema() throws {
        let sarif = ReportFormat.sarif.render(SampleReports.awkward, options: RenderOptions())
        let problems = try SchemaValidator.problems(in: sarif, schema: RepositoryPaths.sarifSchema)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theValidatorRejectsAnInvalidLog() throws {
        let problems = try SchemaValidator.problems(
            in: #"{"version": "2.0.0", "runs": [{"results": []}]}"#, schema: RepositoryPaths.sarifSchema)
        #expect(!problems.isEmpty)
    }

    @Test func rulesCarryTheirCitationAsHelp() throws {
        let run = try Self.run(try Self.object(try SampleReports.report("induced-sharing")))
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleRegistry.all.count)
        let rule = try #require(rules.first { $0["id"] as? String == "induced-sharing" })
        let help = try #require(rule["help"] as? [String: String])
        #expect(help["text"]?.contains("第 5.1 条") == true)
        #expect(help["text"]?.contains("不得存在诱导类行为") == true)
        #expect(help["markdown"]?.contains("> 微信小程序的页面内容中") == true)
        #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == "error")
        #expect((rule["shortDescription"] as? [String: String])?["text"] == "诱导分享")
    }

    @Test func resultsHaveOneBasedRegionsFingerprintsAndRuleIndexes() throws {
        let object = try Self.object(SampleReports.awkward)
        #expect(object["version"] as? String == "2.1.0")
        let run = try Self.run(object)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let fingerprint = (result["partialFingerprints"] as? [String: String])?["mpcheck/v1"]
            #expect(fingerprint?.wholeMatch(of: /[0-9a-f]{16}:[0-9]+/) != nil)
        }
        // Metadata first: located to submission.json without a region, the field as a logical location.
        let metadata = try #require((results[0]["locations"] as? [[String: Any]])?.first)
        let physical = try #require(metadata["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: String])?["uri"] == "submission.json")
        #expect(physical["region"] == nil)
        #expect((metadata["logicalLocations"] as? [[String: String]])?.first?["name"] == "description")
        // The file finding: 1-based start, exclusive end column after the evidence. Files sort by
        // path, so "pages/a b/" comes before "pages/index/".
        let file = try #require(
            ((results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
        let region = try #require(file["region"] as? [String: Int])
        #expect(region == ["startLine": 4, "startColumn": 9, "endLine": 4, "endColumn": 15])
        #expect(results[2]["level"] as? String == "error")
        #expect(results[1]["level"] as? String == "warning")
        // Paths are URI references: the space and the Chinese file name are percent-encoded.
        let uri =
            (((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?[
                "artifactLocation"] as? [String: String])?["uri"]
        #expect(uri == "pages/a%20b/%E9%A1%B5%E9%9D%A2.wxml")
    }

    @Test func fingerprintsIgnoreLineShiftsButCountRepeats() {
        func report(_ lines: [Int]) -> Report {
            let findings = lines.map { line in
                Finding(
                    rule: "induced-sharing", severity: .reject, message: LocalizedText(zh: "x", en: "x"),
                    evidence: "分享", citation: SampleReports.citation,
                    location: .file("a.wxml", line: line, column: 1), hint: LocalizedText(zh: "", en: ""))
            }
            return Report(bundle: "b", findings: findings, metadata: MetadataSummary(SubmissionMetadata()))
        }
        #expect(report([3]).fingerprints == report([10]).fingerprints)
        let two = report([3, 8]).fingerprints
        #expect(two.count == 2 && two[0] != two[1])
        #expect(two[0] == report([5]).fingerprints[0])
    }

    @Test func projectFolderBecomesTheBaseURI() throws {
        let run = try Self.run(try Self.object(try SampleReports.report("clean-notes")))
        let base = (run["originalUriBaseIds"] as? [String: [String: String]])?["PROJECTROOT"]?["uri"]
        #expect(base == "SamplePackages/clean-notes/bundle/")
        var archive = SampleReports.awkward
        archive.bundle = "build/app.zip"
        #expect(try Self.run(try Self.object(archive))["originalUriBaseIds"] == nil)
    }
}
