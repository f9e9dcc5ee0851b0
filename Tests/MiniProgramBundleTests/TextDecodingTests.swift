import MiniProgramBundle
import TestSupport
import Testing

@Suite("Text decoding")
struct TextDecodingTests {
    @Test("UTF-8 without BOM")
    func utf8() {
        #expect(TextDecoder.decode(Array("页面 ok".utf8)) == DecodedText(text: "页面 ok", encoding: .utf8))
        #expect(TextDecoder.decode([]) == DecodedText(text: "", encoding: .utf8))
    }

    @Test("a UTF-8 BOM is stripped and reported as the encoding")
    func utf8BOM() {
        #expect(
            TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == DecodedText(text: "{}", encoding: .utf8WithBOM)
        )
        #expect(TextDecoder.decode([0xEF, 0xBB, 0xBF, 0xFF]) == nil)
    }

    @Test("UTF-16 with a BOM, both byte orders, including a surrogate pair")
    func utf16() {
        let text = "你好😀\n"
        let little = utf16Bytes(text, bigEndian: false)
        let big = utf16Bytes(text, bigEndian: true)
        #expect(little.count == 2 + 2 * 5)
        #expect(TextDecoder.decode(little) == DecodedText(text: text, encoding: .utf16LE))
        #expect(TextDecoder.decode(big) == DecodedText(text: text, encoding: .utf16BE))
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x41]) == nil)
        #expect(TextDecoder.decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) == nil)
    }

    @Test("GBK bytes fall back to GB18030")
    func gb18030() {
        let bytes = Array("var s = '".utf8) + gbkNiHao + Array("'".utf8)
        #expect(TextDecoder.decode(bytes) == DecodedText(text: "var s = '你好'", encoding: .gb18030))
    }

    @Test("bytes valid in no supported encoding give nil")
    func undecodable() {
        #expect(TextDecoder.decode([0x61, 0xFF, 0x62]) == nil)
        #expect(TextDecoder.decode([0x61, 0x81]) == nil)
    }

    @Test("the bundle decodes text files by extension and reports non-UTF-8 and undecodable ones")
    func bundleIssues() {
        let utf16 = utf16Bytes("a{}", bigEndian: false)
        let bundle = MiniProgramBundle(
            source: "memory",
            files: [
                "app.json": [0xEF, 0xBB, 0xBF] + Array("{}".utf8),
                "pages/gbk.js": Array("var s = '".utf8) + gbkNiHao + Array("'".utf8),
                "pages/wide.wxss": utf16,
                "pages/broken.wxml": [0x3C, 0xFF, 0x3E],
                "images/logo.png": pngBytes,
                "NOTES.MD": Array("# 说明".utf8),
                "LICENSE": Array("MIT".utf8),
            ])
        #expect(bundle.file(at: "app.json")?.text == DecodedText(text: "{}", encoding: .utf8WithBOM))
        #expect(bundle.text(at: "pages/gbk.js") == "var s = '你好'")
        #expect(bundle.text(at: "pages/wide.wxss") == "a{}")
        #expect(bundle.file(at: "pages/broken.wxml")?.text == nil)
        #expect(bundle.file(at: "pages/broken.wxml")?.bytes == [0x3C, 0xFF, 0x3E])
        #expect(bundle.file(at: "images/logo.png")?.text == nil)
        #expect(bundle.text(at: "NOTES.MD") == "# 说明")
        #expect(bundle.file(at: "LICENSE")?.text == nil)
        #expect(
            bundle.issues == [
                BundleIssue(
                    kind: .undecodableText, path: "pages/broken.wxml", detail: "not valid UTF-8, UTF-16 or GB18030"),
                BundleIssue(kind: .nonUTF8Text, path: "pages/gbk.js", detail: "GB18030"),
                BundleIssue(kind: .nonUTF8Text, path: "pages/wide.wxss", detail: "UTF-16LE"),
            ])
    }

    @Test("GBK file content read from a zip is decoded and reported")
    func gbkInArchive() throws {
        let archive = ArchiveWriter.make(.zip, [.file("app.json", "{}"), .file("utils/gbk.wxs", bytes: gbkNiHao)])
        let bundle = try BundleReader.read(archive: archive, name: "gbk.zip")
        #expect(bundle.file(at: "utils/gbk.wxs")?.text == DecodedText(text: "你好", encoding: .gb18030))
        #expect(bundle.issues == [BundleIssue(kind: .nonUTF8Text, path: "utils/gbk.wxs", detail: "GB18030")])
    }

    @Test("the text-file convenience initialiser, paths and appRoot normalisation")
    func convenienceInit() {
        let bundle = MiniProgramBundle(
            source: "example", textFiles: ["miniprogram/app.json": "{}", "project.config.json": "{}"],
            appRoot: "miniprogram")
        #expect(bundle.appRoot == "miniprogram/")
        #expect(bundle.paths == ["miniprogram/app.json", "project.config.json"])
        #expect(bundle.text(at: "miniprogram/app.json") == "{}")
        #expect(bundle.text(at: "missing.json") == nil)
        #expect(bundle.issues.isEmpty)
    }

    @Test(
        "text extensions",
        arguments: [
            ("a.json", true), ("a.WXML", true), ("a.wxss", true), ("a.wxs", true), ("a.ts", true), ("a.mjs", true),
            ("a.cjs", true), ("a.yaml", true), ("a.svg", true), ("a.png", false), ("json", false), (".json", false),
            ("dir.json/file", false),
        ])
    func textExtensions(path: String, isText: Bool) {
        #expect(BundleFile.isTextPath(path) == isText)
    }
}
