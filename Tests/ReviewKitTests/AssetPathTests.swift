import Testing

@testable import ReviewKit

@Suite struct AssetPathTests {
    @Test(arguments: [
        ("/images/a.png", true), ("images/a.png", true), ("../a.png", true), ("{{cover}}", false),
        ("https://x.cn/a.png", false), ("//x.cn/a.png", false), ("data:image/png;base64,AA", false),
        ("wxfile://tmp/a.png", false), ("cloud://env/a.png", false), ("", false), ("  ", false),
    ])
    func staticLocalPaths(_ path: String, isLocal: Bool) {
        #expect(AssetPath.isStaticLocal(path) == isLocal)
    }

    @Test func candidatesResolveFromTheFolderAndTheAppRoot() {
        #expect(
            AssetPath.candidates("/images/a.png?v=1", from: "mp/pages/index", appRoot: "mp/") == ["mp/images/a.png"])
        #expect(
            AssetPath.candidates("../../images/a.png", from: "mp/pages/index", appRoot: "mp/")
                == ["mp/images/a.png", "images/a.png"])
        #expect(AssetPath.folder(of: "pages/index/index.wxml") == "pages/index")
        #expect(AssetPath.folder(of: "app.json") == "")
    }
}
