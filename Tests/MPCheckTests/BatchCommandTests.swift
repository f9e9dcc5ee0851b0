import Foundation
import TestSupport
import Testing

/// `mpcheck batch` run as a user would: a folder mixing good, rejected, broken and hostile bundles.
@Suite struct BatchCommandTests {
    /// A temporary folder of bundles, removed by the test that made it.
    struct Fixture {
        let folder: URL

        /// good.zip (passes), induced.tar.gz (rejected), notes/ (a project folder, passes),
        /// truncated.zip, not-an-archive.zip, traversal.zip (reviewed, unsafe entry skipped),
        /// bomb.zip (over --max-total-bytes 8000000), and a README.txt that is not picked up.
        static func make() throws -> Fixture {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-batch-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let samples = RepositoryPaths.samplePackages
            let clean = try TreeArchive.entries(of: samples.appendingPathComponent("clean-notes/bundle"))
            let induced = try TreeArchive.entries(of: samples.appendingPathComponent("induced-sharing/bundle"))
            let good = ArchiveWriter.make(.zip, clean)
            try write(good, to: folder.appendingPathComponent("good.zip"))
            try write(ArchiveWriter.make(.tarGzip, induced), to: folder.appendingPathComponent("induced.tar.gz"))
            try write(Array(good.prefix(good.count / 2)), to: folder.appendingPathComponent("truncated.zip"))
            try write(Array("not an archive at all".utf8), to: folder.appendingPathComponent("not-an-archive.zip"))
            try write(
                ArchiveWriter.make(.zip, clean + [.file("../../escape.js", "module.exports = 1")]),
                to: folder.appendingPathComponent("traversal.zip"))
            try write(
                ArchiveWriter.make(
                    .zip, clean + [.file("images/huge.bin", bytes: [UInt8](repeating: 0, count: 24 << 20))]),
                to: folder.appendingPathComponent("bomb.zip"))
            try write(Array("notes".utf8), to: folder.appendingPathComponent("README.txt"))
            try FileManager.default.copyItem(
                at: samples.appendingPathComponent("clean-notes/bundle"), to: folder.appendingPathComponent("notes"))
            return Fixture(folder: folder)
        }

        static func write(_ bytes: [UInt8], to url: URL) throws {
            try Data(bytes).write(to: url)
        }

        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Bundle name (last path segment) → CSV record, parsed back with a small RFC 4180 reader.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return records
    }

    @Test func csvListsEveryBundleWithItsVerdictOrErrorAndExitsTwo() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let run = try CommandLineTests.run([
            "batch", fixture.folder.path, "/nonexistent/upload.zip", "--format", "csv", "--jobs", "3",
            "--max-total-bytes", "8000000",
        ])
        #expect(run.status == 2)
        let records = Self.parseCSV(run.stdout)
        #expect(
            records.first == ["bundle", "verdict", "reject", "warning", "info", "top_rules", "error", "milliseconds"])
        let rows = Dictionary(
            records.dropFirst().map { (($0[0] as NSString).lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(
            records.dropFirst().map { ($0[0] as NSString).lastPathComponent } == [
                "bomb.zip", "good.zip", "induced.tar.gz", "not-an-archive.zip", "notes", "traversal.zip",
                "truncated.zip", "upload.zip",
            ], "folder finds sorted, then the next argument; README.txt is not a bundle")
        for record in records.dropFirst() {
            #expect(record.count == 8, "\(record)")
            #expect(Int(record[7]) != nil)
        }
        #expect(rows["good.zip"]?[1] == "pass")
        #expect(rows["notes"]?[1] == "pass")
        #expect(rows["induced.tar.gz"]?[1] == "reject")
        #expect(rows["induced.tar.gz"]?[2] == "2")
        #expect(rows["induced.tar.gz"]?[5] == "induced-sharing")
        #expect(rows["traversal.zip"]?[1] == "pass")
        #expect(rows["traversal.zip"]?[3] == "1")
        #expect(rows["traversal.zip"]?[5] == "unsafe-bundle-entry")
        for broken in ["bomb.zip", "truncated.zip", "not-an-archive.zip", "upload.zip"] {
            #expect(rows[broken]?[1] == "error", "\(broken)")
            #expect(rows[broken]?[6].isEmpty == false, "\(broken) has no error message")
        }
        #expect(rows["bomb.zip"]?[6].contains("--max-total-bytes") == true)
        #expect(run.stderr.contains("8 bundles: 3 passed, 1 rejected, 4 could not be read"))
    }

    @Test func jsonlLinesHaveTheCheckShapePlusAnError() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let run = try CommandLineTests.run([
            "batch", fixture.path("good.zip"), fixture.path("induced.tar.gz"), fixture.path("truncated.zip"),
            "--format", "jsonl", "--lang", "en",
        ])
        #expect(run.status == 2)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let objects = try lines.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary) }
        for (object, name) in zip(objects, ["good.zip", "induced.tar.gz", "truncated.zip"]) {
            #expect((object["bundle"] as? String)?.hasSuffix(name) == true)
        }
        let check = try CommandLineTests.run([
            "check", fixture.path("induced.tar.gz"), "--format", "json", "--lang", "en",
        ])
        let expected = try #require(JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? NSDictionary)
        let induced = try #require(objects[1].mutableCopy() as? NSMutableDictionary)
        #expect(induced["error"] is NSNull)
        induced.removeObject(forKey: "error")
        #expect(induced == expected, "a jsonl line is check's JSON document plus error")
        #expect(objects[0]["verdict"] as? String == "pass")
        #expect(objects[2]["verdict"] as? String == "error")
        #expect((objects[2]["error"] as? String)?.contains("damaged or incomplete") == true)
    }

    @Test func htmlWritesASortableIndexLinkingOnePagePerBundle() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let output = fixture.folder.appendingPathComponent("out")
        let run = try CommandLineTests.run([
            "batch", fixture.path("good.zip"), fixture.path("induced.tar.gz"), fixture.path("not-an-archive.zip"),
            "--format", "html", "--output", output.path, "--quiet",
        ])
        #expect(run.status == 2)
        #expect(run.stderr.isEmpty, "--quiet")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let pages = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("bundles").path)
        #expect(pages.sorted() == ["0001-good.zip.html", "0002-induced.tar.gz.html", "0003-not-an-archive.zip.html"])
        for page in pages {
            #expect(index.contains("href=\"bundles/\(page)\""))
        }
        #expect(index.contains("data-type=\"number\""), "sortable by counts")
        #expect(index.contains("Content-Security-Policy"))
        for text in [index]
            + (try pages.map { try String(contentsOf: output.appendingPathComponent("bundles/\($0)"), encoding: .utf8) })
        {
            #expect(!text.contains("http://") && !text.contains("https://") && !text.contains("src="), "self-contained")
        }
        let induced = try String(
            contentsOf: output.appendingPathComponent("bundles/0002-induced.tar.gz.html"), encoding: .utf8)
        #expect(induced.contains("induced-sharing"))
        #expect(induced.contains("pages/index/index.wxml:4:11"))
    }

    @Test func exitCodesFollowTheWorstBundle() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let passing = try CommandLineTests.run(["batch", fixture.path("good.zip"), fixture.path("notes"), "--quiet"])
        #expect(passing.status == 0)
        let rejecting = try CommandLineTests.run(["batch", fixture.path("good.zip"), fixture.path("induced.tar.gz")])
        #expect(rejecting.status == 1)
        #expect(rejecting.stderr.contains("1 rejected"))
        #expect(!rejecting.stderr.contains("\r"), "no progress bar when standard error is not a terminal")
    }

    @Test func listFileAddsPaths() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let list = fixture.folder.appendingPathComponent("list.txt")
        try "# uploads\n\(fixture.path("good.zip"))\n\n\(fixture.path("induced.tar.gz"))\n".write(
            to: list, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["batch", "--list", list.path, "--format", "csv"])
        #expect(run.status == 1)
        #expect(Self.parseCSV(run.stdout).count == 3)
    }

    @Test(arguments: [
        ["batch"], ["batch", "x", "--format", "html"], ["batch", "x", "--jobs", "0"],
        ["batch", "--list", "/nonexistent"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test func manyBundlesStayInInputOrder() throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        let names = (0..<40).map { "copy-\($0 < 10 ? "0" : "")\($0).zip" }
        let good = try Data(contentsOf: URL(fileURLWithPath: fixture.path("good.zip")))
        let induced = try Data(contentsOf: URL(fileURLWithPath: fixture.path("induced.tar.gz")))
        let many = fixture.folder.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        for (number, name) in names.enumerated() {
            try (number % 3 == 0 ? induced : good).write(to: many.appendingPathComponent(name))
        }
        let run = try CommandLineTests.run(["batch", many.path, "--format", "csv", "--jobs", "4"])
        #expect(run.status == 1)
        let records = Self.parseCSV(run.stdout).dropFirst()
        #expect(records.map { ($0[0] as NSString).lastPathComponent } == names)
        #expect(records.filter { $0[1] == "reject" }.count == 14)
    }
}

extension BatchCommandTests {
    @Test func aFolderWithoutBundlesIsAUsageError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-empty-\(UUID())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let run = try CommandLineTests.run(["batch", empty.path, "--format", "csv"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no bundles found"))
        #expect(run.stdout.isEmpty)
    }
}

extension BatchCommandTests {
    /// With one job, the bundle after the slow one is reviewed by the worker that replaced the killed one.
    @Test(arguments: ["1", "2"])
    func aBundleOverTheTimeoutBecomesAnErrorRowAndTheBatchGoesOn(jobs: String) throws {
        let fixture = try Fixture.make()
        defer { fixture.remove() }
        // 200 000 lines of script: seconds of tokenizing, far more than the timeout, in a 20 kB zip.
        let slow = ArchiveWriter.make(
            .zip,
            [
                .file("app.json", #"{"pages": ["pages/index/index"]}"#),
                .file("pages/index/index.js", String(repeating: "var a = ['分享给好友', 1, 2];\n", count: 200_000)),
            ])
        try Fixture.write(slow, to: fixture.folder.appendingPathComponent("slow.zip"))
        let start = Date()
        let run = try CommandLineTests.run([
            "batch", fixture.path("slow.zip"), fixture.path("notes"), "--format", "csv", "--timeout", "1",
            "--jobs", jobs,
        ])
        #expect(Date().timeIntervalSince(start) < 20, "the batch does not wait for the slow bundle")
        #expect(run.status == 2)
        let records = Self.parseCSV(run.stdout).dropFirst().map { $0 }
        #expect(records.count == 2)
        #expect(records.first?[1] == "error")
        #expect(records.first?[6].contains("--timeout") == true)
        #expect(records.last?[1] == "pass", "\(records)")
    }
}
