import Foundation
import TestSupport
import Testing

/// `check` and `batch` on compiled packages, built on the fly.
@Suite struct WxapkgCommandTests {
    static let package = WxapkgWriter.make(textFiles: [
        "app-config.json": #"{"pages": ["pages/index/index"], "global": {"window": {}}}"#,
        "app-service.js": #"define("pages/index/index.js", function () { wx.getLocation({}) });"#,
        "page-frame.html": "<html><body><script>Z([3, '分享到3个群即可解锁'])</script></body></html>",
    ])

    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-wxapkg-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func checkReviewsACompiledPackageAndSaysWhatDidNotRun() throws {
        let file = try Self.temporaryFile("__APP__.wxapkg", Self.package)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try CommandLineTests.run(["check", file.path, "--format", "json", "--lang", "en"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["compiled-package", "induced-sharing", "location-without-consent"]))
        let note = try #require(findings.first { $0["rule"] as? String == "compiled-package" })
        #expect((note["message"] as? String)?.contains("media-autoplay") == true)
    }

    @Test func encryptedPackageExitsTwoWithAClearMessage() throws {
        let file = try Self.temporaryFile(
            "__APP__.wxapkg", Array("V1MMWX".utf8) + [UInt8](repeating: 0x42, count: 1100))
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let run = try CommandLineTests.run(["check", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("encrypted by PC WeChat"))
        #expect(run.stdout.isEmpty)
    }

    @Test func batchFindsPackagesInFoldersAndListsBrokenOnes() throws {
        let good = try Self.temporaryFile("a.wxapkg", Self.package)
        let folder = good.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Array("V1MMWX".utf8) + [UInt8](repeating: 1, count: 64)).write(
            to: folder.appendingPathComponent("b.wxapkg"))
        try Data(Self.package.dropLast(10)).write(to: folder.appendingPathComponent("c.wxapkg"))
        let run = try CommandLineTests.run(["batch", folder.path, "--format", "csv"])
        #expect(run.status == 2)
        let records = BatchCommandTests.parseCSV(run.stdout).dropFirst().map { Array($0.prefix(2)) + [$0[6]] }
        #expect(records.count == 3)
        #expect(records[0][1] == "reject")
        #expect(records[1][1] == "error" && records[1][2].contains("V1MMWX"))
        #expect(records[2][1] == "error" && records[2][2].contains("damaged"))
    }
}
