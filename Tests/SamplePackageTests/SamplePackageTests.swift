import Foundation
import MiniProgramBundle
import Reporters
import ReviewKit
import TestSupport
import Testing

/// The samples in SamplePackages/: each report must equal its golden files in `expected/`.
/// Set MPCHECK_UPDATE_GOLDEN=1 to rewrite them (then review the diff).
@Suite struct SamplePackageTests {
    static let names: [String] = {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.samplePackages.path)) ?? []
        return folders.filter { name in
            FileManager.default.fileExists(
                atPath: RepositoryPaths.samplePackages.appendingPathComponent("\(name)/bundle").path)
        }.sorted()
    }()

    static let updateGolden = ProcessInfo.processInfo.environment["MPCHECK_UPDATE_GOLDEN"] == "1"

    static func folder(_ name: String) -> URL { RepositoryPaths.samplePackages.appendingPathComponent(name) }

    static func report(_ name: String) throws -> Report {
        var report = try Reviewer().review(path: folder(name).appendingPathComponent("bundle").path)
        report.bundle = "SamplePackages/\(name)/bundle"
        return report
    }

    /// The rule each rejected sample exists to show; clean samples map to nil.
    static let purpose: [String: String?] = [
        "clean-notes": nil,
        "clean-shop": nil,
        "clean-map": nil,
        "clean-media": nil,
        "clean-quiz": nil,
        "clean-gallery": nil,
        "gambling": "gambling",
        "depends-on-other-app": "depends-on-other-app",
        "test-build": "test-build-markers",
        "contraband": "contraband",
        "dynamic-code": "dynamic-code-execution",
        "bad-icon": "icon-format",
        "induced-sharing": "induced-sharing",
        "absolute-words": "absolute-advertising-words",
        "platform-marks": "platform-marks-in-name",
        "mark-lookalike": "platform-mark-lookalike",
        "media-autoplay": "media-autoplay",
        "location-without-consent": "location-without-consent",
        "payment-not-disclosed": "payment-not-disclosed",
        "suppressions": "induced-sharing",
        "qr-diversion": "qr-code-contact",
    ]

    @Test func everySampleHasAStatedPurpose() {
        #expect(
            Self.names == Self.purpose.keys.sorted(),
            "add the sample to SamplePackageTests.purpose and SamplePackages/README.md")
    }

    @Test(arguments: names)
    func reportsMatchGoldenFiles(_ name: String) throws {
        let report = try Self.report(name)
        let outputs = [
            ("report.txt", ReportFormat.text.render(report, options: RenderOptions(language: .zh))),
            ("report.en.txt", ReportFormat.text.render(report, options: RenderOptions(language: .en))),
            ("report.json", ReportFormat.json.render(report, options: RenderOptions(language: .zh))),
            ("report.sarif", ReportFormat.sarif.render(report, options: RenderOptions(language: .zh))),
            ("report.junit.xml", ReportFormat.junit.render(report, options: RenderOptions(language: .zh))),
            ("report.md", ReportFormat.markdown.render(report, options: RenderOptions(language: .zh))),
            ("report.github.txt", ReportFormat.github.render(report, options: RenderOptions(language: .zh))),
            ("report.html", ReportFormat.html.render(report, options: RenderOptions(language: .zh))),
        ]
        for (file, actual) in outputs {
            let url = Self.folder(name).appendingPathComponent("expected/\(file)")
            if Self.updateGolden {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            let golden = try String(contentsOf: url, encoding: .utf8)
            #expect(
                actual == golden,
                "\(name)/expected/\(file) differs; run with MPCHECK_UPDATE_GOLDEN=1 and review the diff")
        }
    }

    /// A clean sample passes with no reject; a rejected sample is rejected by its rule and no other.
    @Test(arguments: names)
    func verdictMatchesThePurpose(_ name: String) throws {
        let report = try Self.report(name)
        let rejectRules = Set(report.findings.filter { $0.severity == .reject }.map(\.rule))
        switch Self.purpose[name] {
        case .some(.some(let rule)):
            #expect(report.verdict == .reject)
            #expect(rejectRules == [rule])
        case .some(.none):
            #expect(report.verdict == .pass)
            #expect(rejectRules.isEmpty)
        case .none:
            Issue.record("sample \(name) has no stated purpose")
        }
    }

    /// The same tree packed as zip, tar.gz and 7z gives the same findings as the folder.
    @Test(arguments: names, [TestArchiveFormat.zip, .tarGzip, .sevenZip])
    func archivesGiveTheSameFindings(_ name: String, format: TestArchiveFormat) throws {
        let folder = Self.folder(name).appendingPathComponent("bundle")
        let entries = try TreeArchive.entries(of: folder, under: "\(name)/")
        let archive = ArchiveWriter.make(format, entries)
        let fromArchive = Reviewer().review(try BundleReader.read(archive: archive, name: "\(name).\(format)"))
        let fromFolder = try Self.report(name)
        #expect(fromArchive.findings == fromFolder.findings)
        #expect(fromArchive.verdict == fromFolder.verdict)
    }
}
