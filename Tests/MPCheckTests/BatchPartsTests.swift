import Foundation
import TestSupport
import Testing

@testable import mpcheck

/// The parts of `mpcheck batch` that a run of the binary cannot reach: the progress line and folder search.
@Suite struct BatchPartsTests {
    @Test func progressLineShowsDoneTotalRateTimeLeftAndRejects() {
        let bar = ProgressBar(total: 200)
        let line = bar.line(done: 50, rejects: 7, errors: 0)
        #expect(line.contains("50/200"))
        #expect(line.contains("/s"))
        #expect(line.contains("ETA "))
        #expect(line.contains("reject 7"))
        #expect(!line.contains("error"))
        #expect(bar.line(done: 0, rejects: 0, errors: 2).contains("ETA --:--"))
        #expect(bar.line(done: 0, rejects: 0, errors: 2).contains("error 2"))
    }

    @Test(arguments: [(0.2, "0:01"), (59, "0:59"), (61, "1:01"), (3725, "1:02:05")])
    func timeLeftIsAClock(seconds: Double, text: String) {
        #expect(ProgressBar.clock(seconds) == text)
    }

    @Test func folderSearchFindsArchivesAndProjectsButNotHiddenFoldersOrLinks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-inputs-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "uploads/a.zip", "uploads/b.TAR.GZ", "uploads/c.wxapkg", "uploads/notes.txt",
            "uploads/team/project/app.json", "uploads/team/project/pages/x.zip", "uploads/team/d.7z",
            "uploads/.cache/e.zip", "elsewhere/f.zip",
        ]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("uploads/link"),
            withDestinationURL: root.appendingPathComponent("elsewhere"))
        let base = root.path + "/"
        let found = BatchInputs.expand([base + "uploads", base + "uploads/a.zip", base + "missing.zip"])
        #expect(
            found.map { String($0.dropFirst(base.count)) } == [
                "uploads/a.zip", "uploads/b.TAR.GZ", "uploads/c.wxapkg", "uploads/team/d.7z", "uploads/team/project",
                "missing.zip",
            ])
    }

    @Test func listFileSkipsBlankLinesAndComments() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-list-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try "# uploads of the day\n a.zip \n\nb/\n#c.zip\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try BatchInputs.read(list: file.path) == ["a.zip", "b/"])
    }
}
