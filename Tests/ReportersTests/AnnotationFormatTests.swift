import Foundation
import Reporters
import ReviewKit
import TestSupport
import Testing

/// The Markdown comment and the GitHub workflow commands.
@Suite struct AnnotationFormatTests {
    @Test func markdownHasVerdictTableAndCollapsedDetails() throws {
        let markdown = ReportFormat.markdown.render(SampleReports.awkward, options: RenderOptions())
        #expect(markdown.hasPrefix("## mpcheck: ❌ 不通过\n"))
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == 4)
        // Pipes inside a cell are escaped and markup is inert; the line break is flattened.
        let row = try #require(rows.first { $0.contains("induced-sharing") })
        #expect(row.contains("&lt;script&gt;"))
        #expect(row.contains("\\|"))
        let unescapedPipes = row.replacing("\\|", with: "").filter { $0 == "|" }.count
        #expect(unescapedPipes == 5)
        #expect(markdown.components(separatedBy: "<details>").count - 1 == 3)
        #expect(markdown.contains("> 不得存在诱导类行为"))
        #expect(markdown.contains("> 4 |   <text>分享到3个群"))
    }

    @Test func markdownForAPassingSample() throws {
        let markdown = ReportFormat.markdown.render(
            try SampleReports.report("clean-notes"), options: RenderOptions(language: .en))
        #expect(markdown.hasPrefix("## mpcheck: ✅ PASS\n"))
        #expect(markdown.contains("No findings."))
        #expect(!markdown.contains("<details>"))
    }

    @Test func githubCommandsAreEscapedAndLocated() throws {
        var report = SampleReports.awkward
        report.bundle = "apps/notes"
        let lines = ReportFormat.github.render(report, options: RenderOptions()).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(
            lines[0].hasPrefix(
                "::error file=apps/notes/submission.json,title=mpcheck absolute-advertising-words::[description] 极限词%0A"
            ))
        #expect(lines[1].hasPrefix("::warning file=apps/notes/pages/a b/页面.wxml,line=1,col=8,endColumn=15,"))
        #expect(
            lines[2].hasPrefix(
                "::error file=apps/notes/pages/index/index.wxml,line=4,col=9,endColumn=14,title=mpcheck induced-sharing::"
            ))
        #expect(lines[2].contains("100%25 a,b:c%0Anext"))
    }

    @Test func githubPropertiesEscapeSeparators() throws {
        var report = SampleReports.awkward
        report.bundle = "a,b:c"
        let first = try #require(
            ReportFormat.github.render(report, options: RenderOptions()).split(separator: "\n").first)
        #expect(first.hasPrefix("::error file=a%2Cb%3Ac/submission.json,"))
    }

    @Test func everyFormatHasADistinctFileExtension() {
        let extensions = ReportFormat.allCases.map(\.fileExtension)
        #expect(Set(extensions).count == extensions.count)
    }
}
