import Testing

@testable import MiniProgramBundle

@Suite("Entry names")
struct EntryPathTests {
    @Test(
        "names are cleaned or refused",
        arguments: [
            ("pages/index/index.wxml", EntryPath.Verdict.safe("pages/index/index.wxml")),
            ("./app.json", .safe("app.json")),
            ("././a//b/./c.js", .safe("a/b/c.js")),
            ("dir/", .safe("dir")),
            ("a\\b.js", .safe("a/b.js")),
            ("..", .unsafe("path contains a '..' segment")),
            ("../evil", .unsafe("path contains a '..' segment")),
            ("a/../../b", .unsafe("path contains a '..' segment")),
            ("a/..", .unsafe("path contains a '..' segment")),
            ("..\\evil", .unsafe("path contains a '..' segment")),
            ("/abs", .unsafe("absolute path")),
            ("C:\\x", .unsafe("absolute path")),
            ("c:x", .unsafe("absolute path")),
            ("\\\\server\\share", .unsafe("absolute path")),
            ("./", .ignored),
            ("__MACOSX/._app.json", .ignored),
            ("pages/.DS_Store", .ignored),
            ("..foo/bar..", .safe("..foo/bar..")),
        ])
    func classify(name: String, verdict: EntryPath.Verdict) {
        #expect(EntryPath.classify(name) == verdict)
    }
}
