import Foundation
import TestSupport
import Testing

/// `--config`, `--baseline`, `--write-baseline` and `--fail-on`.
@Suite struct ReviewOptionTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func configFileTurnsARuleOff() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("mpcheck.json")
        try Data(#"{"rules": {"media-autoplay": "off"}}"#.utf8).write(to: config)
        let run = try CommandLineTests.run([
            "check", CommandLineTests.sample("media-autoplay"), "--config", config.path,
        ])
        #expect(run.status == 0)
    }

    @Test func projectConfigAtTheRootIsRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("bundle")
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: CommandLineTests.sample("media-autoplay")), to: bundle)
        try Data(#"{"rules": {"media-autoplay": "warning"}}"#.utf8).write(
            to: bundle.appendingPathComponent(".mpcheck.json"))
        #expect(try CommandLineTests.run(["check", bundle.path]).status == 0)
        #expect(try CommandLineTests.run(["check", bundle.path, "--fail-on", "warning"]).status == 1)
    }

    @Test func badConfigExitsTwo() throws {
        let run = try CommandLineTests.run([
            "check", CommandLineTests.sample("clean-notes"), "--config", "/nonexistent.json",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent.json"))
    }

    @Test func baselineRoundTrip() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let baseline = folder.appendingPathComponent("baseline.json")
        let sample = CommandLineTests.sample("induced-sharing")
        let first = try CommandLineTests.run(["check", sample, "--write-baseline", baseline.path])
        #expect(first.status == 1)
        #expect(FileManager.default.fileExists(atPath: baseline.path))
        let second = try CommandLineTests.run(["check", sample, "--baseline", baseline.path, "--format", "json"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("\"verdict\" : \"pass\""))
        #expect(second.stderr.contains("2 finding(s) in the baseline"))
    }

    @Test func unreadableBaselineExitsTwo() throws {
        let run = try CommandLineTests.run([
            "check", CommandLineTests.sample("clean-notes"), "--baseline", "/nonexistent-baseline.json",
        ])
        #expect(run.status == 2)
    }

    @Test func failOnWarningCountsWarnings() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("mpcheck.json")
        try Data(#"{"rules": {"induced-sharing": "warning"}}"#.utf8).write(to: config)
        let sample = CommandLineTests.sample("induced-sharing")
        #expect(try CommandLineTests.run(["check", sample, "--config", config.path]).status == 0)
        #expect(
            try CommandLineTests.run(["check", sample, "--config", config.path, "--fail-on", "warning"]).status == 1)
        #expect(try CommandLineTests.run(["check", sample, "--fail-on", "info"]).status == 2)
    }
}
