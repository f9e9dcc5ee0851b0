import Testing

@testable import ReviewKit

@Suite struct PackIgnoreListTests {
    static let config = #"""
        {"packOptions": {"ignore": [
          {"type": "folder", "value": "./docs"},
          {"type": "file", "value": "utils/mock.js"},
          {"type": "suffix", "value": ".psd"},
          {"type": "prefix", "value": "draft-"},
          {"type": "regexp", "value": "\\.spec\\.js$"},
          {"type": "glob", "value": "assets/**/*.mp4"}
        ]}}
        """#

    @Test(arguments: [
        ("docs/guide.png", true), ("docs2/guide.png", false), ("utils/mock.js", true), ("utils/mock.json", false),
        ("design/home.psd", true), ("images/draft-banner.png", true), ("images/banner-draft.png", false),
        ("utils/format.spec.js", true), ("assets/intro.mp4", true), ("assets/video/a/intro.mp4", true),
        ("assets/intro.mp3", false), ("pages/index/index.js", false),
    ])
    func matchesEachEntryType(_ path: String, ignored: Bool) {
        #expect(PackIgnoreList(projectConfig: Self.config).ignores([path]) == ignored)
    }

    @Test func cloudFunctionFoldersAreNotInThePackage() {
        let list = PackIgnoreList(projectConfig: #"{"cloudfunctionRoot": "./cloudfunctions/", "cloudbaseRoot": "/"}"#)
        #expect(list.ignores(["cloudfunctions/login/index.js"]))
        #expect(!list.ignores(["pages/index/index.js"]))
    }

    @Test func missingOrMalformedListsIgnoreNothing() {
        #expect(!PackIgnoreList(projectConfig: nil).ignores(["docs/a.png"]))
        #expect(!PackIgnoreList(projectConfig: "{").ignores(["docs/a.png"]))
        #expect(
            !PackIgnoreList(projectConfig: #"{"packOptions": {"ignore": [{"type": "regexp", "value": "("}]}}"#).ignores(
                ["a"]))
    }
}
