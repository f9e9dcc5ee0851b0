import Foundation
import ReviewKit
import TestSupport

/// Reports of the samples in SamplePackages/, and a synthetic report with awkward text.
enum SampleReports {
    static let names: [String] = {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.samplePackages.path)) ?? []
        return folders.filter {
            FileManager.default.fileExists(
                atPath: RepositoryPaths.samplePackages.appendingPathComponent("\($0)/bundle").path)
        }.sorted()
    }()

    static func report(_ name: String) throws -> Report {
        var report = try Reviewer().review(
            path: RepositoryPaths.samplePackages.appendingPathComponent("\(name)/bundle").path)
        report.bundle = "SamplePackages/\(name)/bundle"
        return report
    }

    static let citation = Citation(
        document: "微信小程序平台运营规范", edition: "2017-01-09", clause: "5.1", text: "不得存在诱导类行为")

    /// A reject in a file with a snippet, a warning in a file, and a metadata finding, with text
    /// that every format must escape: markup, quotes, pipes, backticks, percent signs, commas,
    /// colons, line breaks and a control character.
    static var awkward: Report {
        let snippet = Snippet(startLine: 3, lines: ["<view>", "  <text>分享到3个群<b>&amp;</b>即可解锁</text>", "</view>"])
        let findings = [
            Finding(
                rule: "induced-sharing", severity: .reject,
                message: LocalizedText(zh: "诱导 <script>alert(1)</script> | `x` 100% a,b:c\nnext\u{1}", en: "Induced"),
                evidence: "分享到3个群", citation: citation,
                location: .file("pages/index/index.wxml", line: 4, column: 9),
                hint: LocalizedText(zh: "删除", en: "Remove"), snippet: snippet
            ),
            Finding(
                rule: "media-autoplay", severity: .warning,
                message: LocalizedText(zh: "自动播放", en: "Autoplay"), evidence: "autoplay",
                citation: citation, location: .file("pages/a b/页面.wxml", line: 1, column: 8),
                hint: LocalizedText(zh: "删除", en: "Remove"),
                snippet: Snippet(startLine: 1, lines: ["<video autoplay></video>"])
            ),
            Finding(
                rule: "absolute-advertising-words", severity: .reject,
                message: LocalizedText(zh: "极限词", en: "Absolute word"), evidence: "最低价",
                citation: citation, location: .field(.description, column: 3),
                hint: LocalizedText(zh: "删除", en: "Remove")
            ),
        ]
        var metadata = SubmissionMetadata(name: "名称", nameSource: .submissionFile)
        metadata.description = "全网最低价"
        metadata.descriptionSource = .submissionFile
        return Report(
            bundle: "demo", findings: findings, metadata: MetadataSummary(metadata),
            icon: EmbeddedImage(path: "icon.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))
    }
}
