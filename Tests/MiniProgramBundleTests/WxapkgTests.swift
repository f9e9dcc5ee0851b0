import Foundation
import MiniProgramBundle
import TestSupport
import Testing

@Suite("Compiled packages (.wxapkg)")
struct WxapkgTests {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("/app-config.json", Array(#"{"pages": ["pages/index/index"]}"#.utf8)),
        ("/app-service.js", Array(#"define("pages/index/index.js", function () { Page({}) });"#.utf8)),
        ("/pages/index/index.html", Array("<script>var a = 1;</script>".utf8)),
        ("/images/logo.png", pngBytes),
    ]

    static func corruptReason(_ bytes: [UInt8], limits: BundleLimits = .default) -> String? {
        let error = readError { try BundleReader.read(archive: bytes, name: "p.wxapkg", limits: limits) }
        guard case .corruptArchive(let path, let reason) = error else { return nil }
        #expect(path == "p.wxapkg")
        return reason
    }

    @Test("a plain package is read from memory and from a file, names without their leading slash")
    func readsPlainPackage() throws {
        let bytes = WxapkgWriter.make(Self.files)
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("__APP__.wxapkg")
        try Data(bytes).write(to: file)
        for bundle in [
            try BundleReader.read(archive: bytes, name: "__APP__.wxapkg"), try BundleReader.read(path: file.path),
        ] {
            #expect(bundle.isCompiledPackage)
            #expect(bundle.appRoot == "")
            #expect(bundle.paths == ["app-config.json", "app-service.js", "images/logo.png", "pages/index/index.html"])
            #expect(bundle.file(at: "images/logo.png")?.bytes == pngBytes)
            #expect(bundle.text(at: "pages/index/index.html") == "<script>var a = 1;</script>")
            #expect(bundle.issues.isEmpty)
        }
    }

    @Test("the format is found from the content, whatever the name")
    func detectedByContent() throws {
        let bundle = try BundleReader.read(archive: WxapkgWriter.make(Self.files), name: "upload.zip")
        #expect(bundle.isCompiledPackage)
        let archive = try BundleReader.read(
            archive: ArchiveWriter.make(.zip, [.file("app.json", "{}")]), name: "upload.zip")
        #expect(!archive.isCompiledPackage)
    }

    @Test("names that leave the package are skipped and reported, the rest is read")
    func unsafeNames() throws {
        let bytes = WxapkgWriter.make(
            Self.files + [
                ("/../escape.js", Array("1".utf8)), ("//etc/passwd", Array("2".utf8)),
                ("/pages/../../up.js", Array("3".utf8)), ("/C:/windows.js", Array("4".utf8)),
            ])
        let bundle = try BundleReader.read(archive: bytes, name: "p.wxapkg")
        #expect(bundle.paths.count == 4)
        #expect(bundle.issues.map(\.kind) == Array(repeating: .unsafePath, count: 4))
        #expect(
            Set(bundle.issues.map(\.path)) == ["/../escape.js", "//etc/passwd", "/pages/../../up.js", "/C:/windows.js"])
    }

    @Test("a PC-encrypted package is recognised and refused with a clear message")
    func encrypted() throws {
        let bytes = Array("V1MMWX".utf8) + noise(count: 2048)
        #expect(
            readError { try BundleReader.read(archive: bytes, name: "a.wxapkg") } == .encryptedPackage(path: "a.wxapkg")
        )
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.wxapkg")
        try Data(bytes).write(to: file)
        let error = readError { try BundleReader.read(path: file.path) }
        #expect(error == .encryptedPackage(path: file.path))
        #expect(error?.description.contains("V1MMWX") == true)
        #expect(error?.description.contains("does not decrypt") == true)
    }

    @Test("a .wxapkg without the marks is not a package")
    func wrongMagic() {
        let error = readError {
            try BundleReader.read(archive: Array("PK\u{3}\u{4} not really".utf8), name: "x.wxapkg")
        }
        guard case .notAnArchive(_, let reason) = error else {
            Issue.record("expected notAnArchive, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("0xBE"))
    }

    @Test("a package with no files is refused")
    func empty() {
        let error = readError { try BundleReader.read(archive: WxapkgWriter.make([]), name: "p.wxapkg") }
        guard case .noProjectRoot = error else {
            Issue.record("expected noProjectRoot, got \(String(describing: error))")
            return
        }
    }

    // MARK: - Malformed indices

    @Test("a truncated package is damaged: its last entry runs past the end")
    func truncated() {
        let bytes = WxapkgWriter.make(Self.files)
        #expect(Self.corruptReason(Array(bytes.dropLast(3)))?.contains("outside the data section") == true)
        #expect(Self.corruptReason(Array(bytes.prefix(16)))?.contains("shorter than its header") == true)
    }

    @Test("an index longer than the file is damaged")
    func indexLongerThanFile() {
        var bytes = WxapkgWriter.make(Self.files)
        WxapkgWriter.patch(&bytes, at: 5, with: UInt32(bytes.count))
        #expect(Self.corruptReason(bytes)?.contains("index claims") == true)
    }

    @Test("a file count larger than the index holds is damaged")
    func fileCountTooLarge() {
        var bytes = WxapkgWriter.make(Self.files)
        WxapkgWriter.patch(&bytes, at: WxapkgWriter.headerSize, with: 5)
        #expect(Self.corruptReason(bytes)?.contains("ends before entry 5") == true)
    }

    @Test("a name length past the index is damaged")
    func nameTooLong() {
        var bytes = WxapkgWriter.make(Self.files)
        WxapkgWriter.patch(&bytes, at: WxapkgWriter.headerSize + 4, with: 0xFFFF_FFFF)
        #expect(Self.corruptReason(bytes)?.contains("does not fit in the index") == true)
    }

    @Test(
        "offsets and sizes must stay inside the data section",
        arguments: [(UInt32(0), UInt32(4)), (0xFFFF_FFF0, 4), (100, 0xFFFF_FFFF), (3, 10)])
    func entryOutsideData(offset: UInt32, size: UInt32) {
        var bytes = WxapkgWriter.make(Self.files)
        let field = WxapkgWriter.offsetField(of: 1, in: Self.files)
        WxapkgWriter.patch(&bytes, at: field, with: offset)
        WxapkgWriter.patch(&bytes, at: field + 4, with: size)
        #expect(Self.corruptReason(bytes)?.contains("app-service.js") == true)
    }

    // MARK: - Limits

    @Test("limits hold: entry count, file size, and entries sharing one stretch of data")
    func limits() {
        let bytes = WxapkgWriter.make(Self.files)
        #expect(
            readError { try BundleReader.read(archive: bytes, name: "p", limits: BundleLimits(maxEntries: 3)) }
                == .entryLimitExceeded(limit: 3))
        #expect(
            readError { try BundleReader.read(archive: bytes, name: "p", limits: BundleLimits(maxFileBytes: 40)) }
                == .fileSizeLimitExceeded(path: "app-service.js", limit: 40))
        // Many index entries pointing at the same 1 MiB: a package's own "zip bomb".
        let big: [(name: String, bytes: [UInt8])] = [("/a.bin", [UInt8](repeating: 7, count: 1 << 20))]
        var shared = big
        for number in 1..<64 {
            shared.append(("/copy\(number).bin", []))
        }
        var bomb = WxapkgWriter.make(shared)
        let dataStart = WxapkgWriter.offsetField(of: 0, in: shared)
        let firstOffset = Array(bomb[dataStart..<(dataStart + 4)])
        for number in 1..<64 {
            let field = WxapkgWriter.offsetField(of: number, in: shared)
            bomb.replaceSubrange(field..<(field + 4), with: firstOffset)
            WxapkgWriter.patch(&bomb, at: field + 4, with: 1 << 20)
        }
        #expect(
            readError { try BundleReader.read(archive: bomb, name: "p", limits: BundleLimits(maxTotalBytes: 16 << 20)) }
                == .totalSizeLimitExceeded(limit: 16 << 20))
    }
}
