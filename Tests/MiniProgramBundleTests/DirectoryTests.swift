import Foundation
import MiniProgramBundle
import Testing

@Suite("Directories")
struct DirectoryTests {
    @Test("a project directory is read without following links; .git, .DS_Store skipped; FIFO reported")
    func readsTree() throws {
        let root = try makeTemporaryDirectory()
        let outside = try makeTemporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try writeTree(["secret.txt": Array("top secret".utf8)], under: outside)
        try writeTree(
            [
                "app.json": Array(#"{"pages":["pages/首页/index"]}"#.utf8),
                "pages/首页/index.wxml": Array("<view>你好</view>".utf8),
                "pages/gbk.js": gbkNiHao,
                "images/logo.png": pngBytes,
                ".git/config": Array("[core]".utf8),
                ".DS_Store": [0, 0, 0, 1],
            ], under: root)
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(
            atPath: root.appendingPathComponent("pages/secret.txt").path,
            withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try fileManager.createSymbolicLink(
            atPath: root.appendingPathComponent("linked").path, withDestinationPath: outside.path)
        #expect(mkfifo(root.appendingPathComponent("pipe").path, 0o644) == 0)

        let bundle = try BundleReader.read(path: root.path)
        #expect(bundle.source == root.path)
        #expect(bundle.paths == ["app.json", "images/logo.png", "pages/gbk.js", "pages/首页/index.wxml"])
        #expect(bundle.text(at: "pages/首页/index.wxml") == "<view>你好</view>")
        #expect(bundle.text(at: "pages/gbk.js") == "你好")
        #expect(bundle.file(at: "images/logo.png")?.text == nil)
        #expect(
            bundle.issues == [
                BundleIssue(kind: .symbolicLink, path: "linked", detail: outside.path),
                BundleIssue(kind: .nonUTF8Text, path: "pages/gbk.js", detail: "GB18030"),
                BundleIssue(
                    kind: .symbolicLink, path: "pages/secret.txt",
                    detail: outside.appendingPathComponent("secret.txt").path),
                BundleIssue(kind: .specialFile, path: "pipe", detail: "FIFO"),
            ])
    }

    @Test("a directory holding one wrapping folder and miniprogramRoot")
    func wrappedDirectory() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try writeTree(
            [
                "demo/project.config.json": Array(#"{"miniprogramRoot":"miniprogram/"}"#.utf8),
                "demo/miniprogram/app.json": Array("{}".utf8),
                "demo/cloudfunctions/login/index.js": Array("exports.main = 1".utf8),
            ], under: root)
        let bundle = try BundleReader.read(path: root.path + "/")
        #expect(bundle.appRoot == "miniprogram/")
        #expect(bundle.paths == ["cloudfunctions/login/index.js", "miniprogram/app.json", "project.config.json"])
    }

    @Test("the limits apply to directories too")
    func limits() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try writeTree(
            [
                "app.json": Array("{}".utf8), "pages/a.js": [UInt8](repeating: 0x61, count: 600),
                "pages/b.js": [UInt8](repeating: 0x62, count: 600),
            ],
            under: root)
        // Items: app.json, pages, pages/a.js, pages/b.js.
        #expect(try BundleReader.read(path: root.path, limits: BundleLimits(maxEntries: 4)).paths.count == 3)
        #expect(
            readError { try BundleReader.read(path: root.path, limits: BundleLimits(maxEntries: 3)) }
                == .entryLimitExceeded(limit: 3))
        #expect(
            readError { try BundleReader.read(path: root.path, limits: BundleLimits(maxFileBytes: 599)) }
                == .fileSizeLimitExceeded(path: "pages/a.js", limit: 599))
        #expect(
            readError { try BundleReader.read(path: root.path, limits: BundleLimits(maxTotalBytes: 1000)) }
                == .totalSizeLimitExceeded(limit: 1000))
    }

    @Test("a directory without a project is noProjectRoot")
    func noProject() throws {
        let root = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        try writeTree(["index.js": Array("1".utf8)], under: root)
        #expect(
            readError { try BundleReader.read(path: root.path) }
                == .noProjectRoot(
                    path: root.path,
                    reason: "there is no project.config.json or app.json at the top or inside one wrapping folder"))
    }
}
