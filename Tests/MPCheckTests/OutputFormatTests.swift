import Foundation
import TestSupport
import Testing

/// `--format` with several formats, `--output` and `--output-dir`.
@Suite struct OutputFormatTests {
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-\(UUID().uuidString)")
    }

    @Test func severalFormatsGoToTheOutputFolder() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.run([
            "check", CommandLineTests.sample("induced-sharing"), "--format",
            "json,sarif,junit,markdown,github,html,text",
            "--output-dir", folder.path,
        ])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            files == [
                "report.github.txt", "report.html", "report.json", "report.junit.xml", "report.md", "report.sarif",
                "report.txt",
            ])
        let sarif = try String(contentsOf: folder.appendingPathComponent("report.sarif"), encoding: .utf8)
        #expect(sarif.contains("\"version\" : \"2.1.0\""))
        let text = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(!text.contains("\u{1B}["), "no colour in a file")
    }

    @Test func oneFormatGoesToTheOutputFile() throws {
        let file = Self.temporaryFolder().appendingPathExtension("sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CommandLineTests.run([
            "check", CommandLineTests.sample("clean-notes"), "--format", "sarif", "--output", file.path,
        ])
        #expect(run.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("\"columnKind\" : \"unicodeCodePoints\""))
    }

    @Test func githubAnnotationsOnStandardOutput() throws {
        let run = try CommandLineTests.run(["check", CommandLineTests.sample("media-autoplay"), "--format", "github"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::error file="))
        #expect(run.stdout.contains("media-autoplay/bundle/pages/index/index.wxml,line=3,col=29"))
    }

    @Test(arguments: [
        ["--format", "json,sarif"],
        ["--format", "json,sarif", "--output", "x.json"],
        ["--format", "json", "--output", "x.json", "--output-dir", "out"],
        ["--format", "json,,sarif", "--output-dir", "out"],
    ])
    func badOutputCombinationsExitTwo(_ arguments: [String]) throws {
        let run = try CommandLineTests.run(["check", CommandLineTests.sample("clean-notes")] + arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }
}
