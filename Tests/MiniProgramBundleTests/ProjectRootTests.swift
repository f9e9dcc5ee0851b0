import TestSupport
import Testing

@testable import MiniProgramBundle

@Suite("Project root discovery")
struct ProjectRootTests {
    private func layout(_ paths: [String: String]) throws(BundleError) -> ProjectLayout {
        try ProjectLayout.locate(in: paths.mapValues { Array($0.utf8) }, source: "in.zip")
    }

    private func layoutError(_ paths: [String: String]) -> BundleError? {
        do {
            _ = try layout(paths)
            return nil
        } catch {
            return error
        }
    }

    @Test("app.json or project.config.json at the top makes the top the root")
    func rootAtTop() throws {
        #expect(try layout(["app.json": "{}", "pages/a.js": ""]) == ProjectLayout(rootPrefix: "", appRoot: ""))
        #expect(
            try layout(["project.config.json": "{}", "app.json": "{}"]) == ProjectLayout(rootPrefix: "", appRoot: ""))
    }

    @Test("one wrapping folder holding app.json becomes the root")
    func wrappingFolder() throws {
        #expect(
            try layout(["demo/app.json": "{}", "demo/pages/a.js": ""])
                == ProjectLayout(rootPrefix: "demo/", appRoot: ""))
    }

    @Test(
        "miniprogramRoot spellings all name the same folder",
        arguments: [
            ("miniprogram/", "miniprogram/"), ("./miniprogram", "miniprogram/"), ("miniprogram", "miniprogram/"),
            ("src", "src/"), ("src/app/", "src/app/"), ("", ""), ("./", ""),
        ])
    func miniprogramRoot(setting: String, appRoot: String) throws {
        let config = #"{"miniprogramRoot": "\#(setting)", "appid": "wx1"}"#
        let files = ["project.config.json": config, appRoot + "app.json": "{}", "cloud/index.js": ""]
        #expect(try layout(files) == ProjectLayout(rootPrefix: "", appRoot: appRoot))
    }

    @Test("miniprogramRoot inside a wrapping folder")
    func miniprogramRootWrapped() throws {
        let files = [
            "demo/project.config.json": #"{"miniprogramRoot":"miniprogram/"}"#, "demo/miniprogram/app.json": "{}",
        ]
        #expect(try layout(files) == ProjectLayout(rootPrefix: "demo/", appRoot: "miniprogram/"))
    }

    @Test(
        "miniprogramRoot pointing outside the project is refused",
        arguments: ["../outside", "/abs", "a/../../b", "C:\\x"])
    func miniprogramRootOutside(setting: String) {
        let escaped = setting.replacingOccurrences(of: "\\", with: "\\\\")
        let error = layoutError(["project.config.json": #"{"miniprogramRoot":"\#(escaped)"}"#, "app.json": "{}"])
        #expect(
            error
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "miniprogramRoot \"\(setting)\" in project.config.json points outside the project"))
    }

    @Test("miniprogramRoot naming a folder without app.json is refused")
    func miniprogramRootWithoutAppJSON() {
        let error = layoutError([
            "project.config.json": #"{"miniprogramRoot":"src/"}"#, "app.json": "{}", "src/a.js": "",
        ])
        #expect(
            error
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "miniprogramRoot in project.config.json is \"src/\" but src/app.json does not exist; "
                        + "fix miniprogramRoot or add the file"))
    }

    @Test("project.config.json without miniprogramRoot needs app.json beside it")
    func configWithoutAppJSON() {
        let error = layoutError(["project.config.json": "{}", "miniprogram/app.json": "{}"])
        #expect(
            error
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "project.config.json sets no miniprogramRoot and there is no app.json beside it; "
                        + "add app.json or set miniprogramRoot to the folder holding it"))
    }

    @Test("malformed project.config.json counts as having no miniprogramRoot")
    func malformedConfig() throws {
        #expect(
            try layout(["project.config.json": #"{"miniprogramRoot": "src/""#, "app.json": "{}"])
                == ProjectLayout(rootPrefix: "", appRoot: ""))
        #expect(
            try layout(["project.config.json": #"{"miniprogramRoot": 42}"#, "app.json": "{}"])
                == ProjectLayout(rootPrefix: "", appRoot: ""))
        #expect(layoutError(["project.config.json": "not json", "src/app.json": "{}"]) != nil)
    }

    @Test("no marker at the top or in a single wrapping folder is noProjectRoot")
    func noProject() {
        #expect(
            layoutError(["README.md": "", "src/index.js": ""])
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "there is no project.config.json or app.json at the top or inside one wrapping folder"))
        #expect(layoutError([:]) == .noProjectRoot(path: "in.zip", reason: "it contains no files"))
    }

    @Test("a project one level too deep, or beside other top-level entries, is named in the reason")
    func projectTooDeep() {
        let nested = layoutError(["outer/inner/app.json": "{}", "outer/inner/pages/a.js": ""])
        #expect(
            nested
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "project.config.json or app.json must be at the top or inside one wrapping folder, "
                        + "but the nearest is outer/inner/app.json; package the folder that holds it"))
        let shallowest = layoutError(["a/b/c/app.json": "{}", "z/y/app.json": "{}"])
        #expect(
            shallowest
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "project.config.json or app.json must be at the top or inside one wrapping folder, "
                        + "but the nearest is z/y/app.json; package the folder that holds it"))
        let beside = layoutError(["demo/app.json": "{}", "notes.txt": ""])
        #expect(
            beside
                == .noProjectRoot(
                    path: "in.zip",
                    reason: "project.config.json or app.json must be at the top or inside one wrapping folder, "
                        + "but the nearest is demo/app.json; package the folder that holds it"))
    }

    @Test("macOS metadata and folder entries do not hide a wrapping folder; files become root-relative")
    func wrappedZipEndToEnd() throws {
        let archive = ArchiveWriter.make(
            .zip,
            [
                TestEntry(name: "demo/", kind: .directory),
                TestEntry(name: "demo/miniprogram/", kind: .directory),
                .file("demo/project.config.json", #"{"miniprogramRoot":"./miniprogram","appid":"wx1"}"#),
                .file("demo/miniprogram/app.json", #"{"pages":[]}"#),
                .file("demo/miniprogram/pages/index/index.js", "Page({})"),
                .file("demo/.DS_Store", "x"),
                .file("__MACOSX/demo/._project.config.json", "x"),
                .file("__MACOSX/._demo", "x"),
            ])
        let bundle = try BundleReader.read(archive: archive, name: "demo.zip")
        #expect(bundle.appRoot == "miniprogram/")
        #expect(bundle.paths == ["miniprogram/app.json", "miniprogram/pages/index/index.js", "project.config.json"])
        #expect(bundle.file(at: "miniprogram/app.json")?.path == "miniprogram/app.json")
        #expect(bundle.issues.isEmpty)
    }

    @Test("an archive without a project is noProjectRoot naming the archive")
    func archiveWithoutProject() {
        let archive = ArchiveWriter.make(.tar, [.file("index.js", "1"), .file("README.md", "# hi")])
        let error = readError { try BundleReader.read(archive: archive, name: "plain.tar") }
        #expect(
            error
                == .noProjectRoot(
                    path: "plain.tar",
                    reason: "there is no project.config.json or app.json at the top or inside one wrapping folder"))
    }
}
