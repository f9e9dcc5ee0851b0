import Foundation
import TestSupport
import Testing

/// Hostile and broken input, end to end through the `mpcheck` binary. Every case gets a report
/// or an error with exit code 2 and a message; none may crash, hang or grow without bound. A
/// violation hidden in broken or non-UTF-8 text must still be found.
///
/// Under a sanitizer (`scripts/sanitize` sets `MPCHECK_SANITIZER`) the binary runs several times
/// slower and reserves shadow memory, so the time limit grows and runs are not bounded by address space.
@Suite(.timeLimit(.minutes(Sanitizer.isActive ? 20 : 2)))
struct AdversarialTests {
    /// Address space allowed for one run, in bytes: the default limits (200 MiB in total) plus the
    /// runtime and the parsed model of a 3 MB script, with room to spare. A run that needs more
    /// crashes and fails its test.
    static let addressSpaceLimit = 1_536 << 20

    /// A minimal valid project, as archive entries under one wrapping folder.
    static func project(_ extra: [TestEntry] = [], page: String = "<view>你好</view>") -> [TestEntry] {
        [
            .file("demo/project.config.json", #"{"appid": "touristappid"}"#),
            .file("demo/submission.json", #"{"name": "示例小程序", "description": "演示用的记账工具"}"#),
            .file("demo/app.json", #"{"pages": ["pages/index/index"]}"#),
            .file("demo/pages/index/index.wxml", page),
            .file("demo/pages/index/index.js", "Page({})"),
        ] + extra
    }

    /// Writes bytes to a temporary file, runs `mpcheck check` on it with JSON output, and removes it.
    static func check(_ bytes: [UInt8], ext: String, _ flags: [String] = []) throws -> CommandLineTests.Run {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "mpcheck-adv-\(UUID().uuidString).\(ext)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CommandLineTests.run(
            ["check", file.path, "--format", "json"] + flags,
            addressSpaceLimit: Sanitizer.isActive ? nil : Self.addressSpaceLimit
        )
        #expect(run.status == 0 || run.status == 1 || run.status == 2, "crashed with status \(run.status)")
        return run
    }

    static func rules(_ run: CommandLineTests.Run) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        return findings.compactMap { $0["rule"] as? String }
    }

    @Test func pathTraversalAndAbsoluteEntriesAreSkippedAndReported() throws {
        let entries = Self.project([
            .file("../../evil.js", "boom"), .file("/tmp/abs.js", "boom"), .file("demo/a/../../b.js", "x"),
        ])
        let run = try Self.check(ArchiveWriter.make(.zip, entries), ext: "zip")
        #expect(run.status == 0)
        #expect(try Self.rules(run).filter { $0 == "unsafe-bundle-entry" }.count == 3)
    }

    @Test func linksAndSpecialFilesAreNeverFollowed() throws {
        let entries = Self.project([
            TestEntry(name: "demo/secret.js", kind: .symbolicLink("/etc/passwd")),
            TestEntry(name: "demo/hard.js", kind: .hardLink("/etc/shadow")),
            TestEntry(name: "demo/pipe", kind: .fifo),
        ])
        let run = try Self.check(ArchiveWriter.make(.tar, entries), ext: "tar")
        #expect(run.status == 0)
        #expect(try Self.rules(run).filter { $0 == "unsafe-bundle-entry" }.count == 3)
        #expect(!run.stdout.contains("root:x:0"))
    }

    @Test func zipBombStopsAtTheLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 100 << 20)
        let run = try Self.check(
            ArchiveWriter.make(.zip, Self.project([.file("demo/big.bin", bytes: zeros)])), ext: "zip")
        #expect(run.status == 2)
        #expect(run.stderr.contains("--max-file-bytes"))
    }

    @Test func tooManyEntriesIsAClearError() throws {
        let many = (0..<30_001).map { TestEntry.file("demo/many/\($0).txt", "x") }
        let archive = ArchiveWriter.make(.tar, Self.project(many))
        let refused = try Self.check(archive, ext: "tar")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--max-entries"))
        let allowed = try Self.check(archive, ext: "tar", ["--max-entries", "40000"])
        #expect(allowed.status == 0)
    }

    @Test func deepNestingIsReviewed() throws {
        let deep = "demo/" + (0..<200).map { "d\($0)" }.joined(separator: "/") + "/x.js"
        let run = try Self.check(
            ArchiveWriter.make(.tarGzip, Self.project([.file(deep, "const a = 1")])), ext: "tar.gz")
        #expect(run.status == 0)
    }

    @Test(arguments: [("zip", TestArchiveFormat.zip), ("tar.gz", .tarGzip), ("7z", .sevenZip)])
    func truncatedArchivesAreErrors(_ ext: String, format: TestArchiveFormat) throws {
        // Incompressible padding, so the cut lands inside file data rather than in trailing metadata.
        var state: UInt64 = 0x5EED
        let noise = (0..<200_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let whole = ArchiveWriter.make(format, Self.project([.file("demo/pad.bin", bytes: noise)]))
        let run = try Self.check(Array(whole.prefix(whole.count * 2 / 3)), ext: ext)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test func zipCutInsideItsCentralDirectoryIsAnError() throws {
        // Every file's data is whole, so only the missing end of the zip tells that it was cut.
        let whole = ArchiveWriter.make(.zip, Self.project(page: "<view>记账</view>"))
        let centralDirectory = try #require(ZipLayout(of: whole)).centralDirectory
        let run = try Self.check(Array(whole.prefix(centralDirectory + 10)), ext: "zip")
        #expect(run.status == 2)
        #expect(run.stderr.contains("its central directory is cut off"))
    }

    @Test(arguments: [[UInt8](), Array("just some text, not an archive".utf8), [0x00, 0x01, 0x02, 0xFF]])
    func nonArchivesAndEmptyFilesAreErrors(_ bytes: [UInt8]) throws {
        let run = try Self.check(bytes, ext: "zip")
        #expect(run.status == 2)
        #expect(run.stderr.contains("mpcheck:"))
    }

    @Test func nestedArchivesAreReportedNotUnpacked() throws {
        let inner = ArchiveWriter.make(.zip, Self.project(page: "<view>分享到3个群即可解锁</view>"))
        let run = try Self.check(
            ArchiveWriter.make(.zip, Self.project([.file("demo/assets/inner.zip", bytes: inner)])), ext: "zip")
        let rules = try Self.rules(run)
        #expect(rules.contains("nested-archive"))
        #expect(!rules.contains("induced-sharing"))
    }

    @Test func violationAtTheEndOfAThreeMegabyteLineIsFound() throws {
        let script = String(repeating: "a=1;", count: 750_000) + "wx.showToast({title:'分享到3个群即可解锁'})"
        let run = try Self.check(
            ArchiveWriter.make(.zip, Self.project([.file("demo/pages/index/index.js", script)])),
            ext: "zip"
        )
        #expect(run.status == 1)
        #expect(try Self.rules(run).contains("induced-sharing"))
    }

    @Test func violationsInBrokenTextAreStillFound() throws {
        let cases: [(String, [UInt8])] = [
            ("NUL bytes", Array("<view>\u{0}\u{0}<text>分享到3个群即可解锁</text>\u{0}</view>".utf8)),
            ("unclosed tags", Array("<view><text>分享到3个群即可解锁<view><<<".utf8)),
            ("unterminated binding", Array("<view>{{ a < b </view><text>分享到3个群即可解锁</text>".utf8)),
            ("GB18030", Array("<view>分享到3个群即可解锁</view>".data(using: String.Encoding(rawValue: 0x8000_0632))!)),
            ("UTF-16LE", [0xFF, 0xFE] + Array("<view>分享到3个群即可解锁</view>".data(using: .utf16LittleEndian)!)),
        ]
        for (name, page) in cases {
            let entries =
                Self.project().filter { $0.name != "demo/pages/index/index.wxml" }
                + [.file("demo/pages/index/index.wxml", bytes: page)]
            let run = try Self.check(ArchiveWriter.make(.zip, entries), ext: "zip")
            #expect(run.status == 1, "\(name)")
            #expect(try Self.rules(run).contains("induced-sharing"), "\(name)")
        }
    }

    @Test func unterminatedScriptStringStillCounts() throws {
        let entries = Self.project([.file("demo/pages/index/index.js", "wx.showToast({ title: '转发后领取10元红包\n")])
        let run = try Self.check(ArchiveWriter.make(.zip, entries), ext: "zip")
        #expect(try Self.rules(run).contains("induced-sharing"))
    }

    @Test func invalidUTF8IsReportedNotScanned() throws {
        let entries = Self.project([
            .file("demo/pages/index/extra.js", bytes: [0x66, 0x6F, 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, 0xFD])
        ])
        let run = try Self.check(ArchiveWriter.make(.zip, entries), ext: "zip")
        #expect(run.status == 0)
        #expect(try Self.rules(run).contains("non-utf8-text"))
    }

    @Test func deeplyNestedAndMalformedJSONIsAFindingNotACrash() throws {
        let deep = String(repeating: "[", count: 200_000)
        let entries = Self.project().filter { $0.name != "demo/app.json" } + [.file("demo/app.json", deep)]
        let run = try Self.check(ArchiveWriter.make(.zip, entries), ext: "zip")
        #expect(run.status == 1)
        #expect(try Self.rules(run).contains("malformed-json"))
    }
}

/// Whether the tests run in a sanitized build (set by `scripts/sanitize`).
enum Sanitizer {
    static let isActive = ProcessInfo.processInfo.environment["MPCHECK_SANITIZER"] != nil
}
