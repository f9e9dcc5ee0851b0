import Foundation
import MiniProgramBundle
import TestSupport
import Testing

@Suite("Archive formats")
struct ArchiveFormatTests {
    static let project: [TestEntry] = [
        TestEntry(name: "pages/", kind: .directory),
        .file("app.json", #"{"pages":["pages/首页/index"]}"#),
        .file("project.config.json", #"{"appid":"wx0123456789abcdef"}"#),
        .file("pages/首页/index.wxml", "<view>你好，世界</view>"),
        .file("images/图标.png", bytes: pngBytes),
    ]

    @Test(
        "zip, tar, tar.gz and 7z with Chinese names read the same",
        arguments: [
            TestArchiveFormat.zip, .tar, .tarGzip, .sevenZip,
        ])
    func readsChineseNames(format: TestArchiveFormat) throws {
        let archive = ArchiveWriter.make(format, Self.project)
        let bundle = try BundleReader.read(archive: archive, name: "demo.\(format)")
        #expect(bundle.source == "demo.\(format)")
        #expect(bundle.paths == ["app.json", "images/图标.png", "pages/首页/index.wxml", "project.config.json"])
        #expect(bundle.text(at: "pages/首页/index.wxml") == "<view>你好，世界</view>")
        #expect(bundle.file(at: "pages/首页/index.wxml")?.text?.encoding == .utf8)
        #expect(bundle.file(at: "images/图标.png")?.bytes == pngBytes)
        #expect(bundle.file(at: "images/图标.png")?.text == nil)
        #expect(bundle.file(at: "app.json")?.path == "app.json")
        #expect(bundle.appRoot == "")
        #expect(bundle.issues.isEmpty)
    }

    @Test(
        "tars compressed with bzip2, xz and zstd are read through libarchive's built-in filters",
        arguments: [TestArchiveFormat.tarBzip2, .tarXz, .tarZstd])
    func compressedTars(format: TestArchiveFormat) throws {
        let archive = ArchiveWriter.make(format, Self.project)
        let bundle = try BundleReader.read(archive: archive, name: "demo.\(format)")
        #expect(bundle.paths == ["app.json", "images/图标.png", "pages/首页/index.wxml", "project.config.json"])
    }

    @Test("an archive file on disk reads like the same bytes in memory")
    func readsArchiveFile() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("demo.zip")
        try Data(ArchiveWriter.make(.zip, Self.project)).write(to: url)

        let bundle = try BundleReader.read(path: url.path)
        #expect(bundle.source == url.path)
        #expect(bundle.paths == ["app.json", "images/图标.png", "pages/首页/index.wxml", "project.config.json"])
        #expect(bundle.text(at: "app.json") == #"{"pages":["pages/首页/index"]}"#)
    }

    @Test("a .tgz file on disk is read through the gzip filter")
    func readsTgzFile() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("demo.tgz")
        try Data(ArchiveWriter.make(.tarGzip, Self.project)).write(to: url)

        let bundle = try BundleReader.read(path: url.path)
        #expect(bundle.paths.count == 4)
        #expect(bundle.text(at: "pages/首页/index.wxml") == "<view>你好，世界</view>")
    }

    @Test("zip entry names in GBK without the UTF-8 flag are decoded as GB18030")
    func gbkNamesInZip() throws {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        // "中文.js" in GBK, flags 0: how zips made on Chinese Windows name their entries.
        zip.entries.append(.init(name: [0xD6, 0xD0, 0xCE, 0xC4, 0x2E, 0x6A, 0x73], data: Array("var a = 1".utf8)))
        let bundle = try BundleReader.read(archive: zip.build(), name: "gbk.zip")
        #expect(bundle.paths == ["app.json", "中文.js"])
        #expect(bundle.text(at: "中文.js") == "var a = 1")
        #expect(bundle.issues.isEmpty)
    }

    @Test("backslash-separated zip names become \"/\"-separated paths")
    func backslashNames() throws {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        zip.add("pages\\index\\index.wxml", "<view/>")
        let bundle = try BundleReader.read(archive: zip.build(), name: "win.zip")
        #expect(bundle.paths == ["app.json", "pages/index/index.wxml"])
    }

    @Test("a leading ./ is stripped from tar names")
    func leadingDotSlash() throws {
        let archive = ArchiveWriter.make(
            .tar, [TestEntry(name: "./", kind: .directory), .file("./app.json", "{}"), .file("./pages/a.js", "1")])
        let bundle = try BundleReader.read(archive: archive, name: "dot.tar")
        #expect(bundle.paths == ["app.json", "pages/a.js"])
    }

    @Test("a later duplicate entry replaces an earlier one")
    func duplicateEntries() throws {
        let archive = ArchiveWriter.make(.tar, [.file("app.json", "{}"), .file("a.js", "old"), .file("a.js", "new")])
        let bundle = try BundleReader.read(archive: archive, name: "dup.tar")
        #expect(bundle.text(at: "a.js") == "new")
    }
}
