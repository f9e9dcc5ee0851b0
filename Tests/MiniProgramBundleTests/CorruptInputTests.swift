import Foundation
import MiniProgramBundle
import TestSupport
import Testing

@Suite("Damaged and foreign input")
struct CorruptInputTests {
    @Test("a truncated archive is corruptArchive", arguments: [TestArchiveFormat.zip, .tar, .tarGzip, .sevenZip])
    func truncated(format: TestArchiveFormat) throws {
        let archive = ArchiveWriter.make(
            format, [.file("app.json", "{}"), .file("data.bin", bytes: noise(count: 200_000))])
        let error = readError {
            try BundleReader.read(archive: Array(archive.prefix(archive.count / 2)), name: "cut.\(format)")
        }
        guard case .corruptArchive(let path, let reason) = error else {
            Issue.record("expected corruptArchive, got \(String(describing: error))")
            return
        }
        #expect(path == "cut.\(format)")
        #expect(!reason.isEmpty)
    }

    @Test("a truncated tar.gz names the entry and the gzip failure")
    func truncatedTarGzipReason() {
        let archive = ArchiveWriter.make(
            .tarGzip, [.file("app.json", "{}"), .file("data.bin", bytes: noise(count: 200_000))])
        let error = readError {
            try BundleReader.read(archive: Array(archive.prefix(archive.count / 2)), name: "cut.tgz")
        }
        #expect(error == .corruptArchive(path: "cut.tgz", reason: "data.bin: truncated gzip input"))
    }

    @Test("a zip cut after its files' data, inside its central directory or end record, is corruptArchive")
    func zipWithoutItsEndRecord() throws {
        let zip = ArchiveWriter.make(.zip, [.file("app.json", "{}"), .file("pages/a.js", "Page({})")])
        let layout = try #require(ZipLayout(of: zip))
        // Every file's data is whole; libarchive alone reads such a zip to the end without an error.
        for end in [layout.centralDirectory + 10, (layout.centralDirectory + layout.endRecord) / 2, zip.count - 1] {
            let error = readError { try BundleReader.read(archive: Array(zip.prefix(end)), name: "cut.zip") }
            #expect(
                error == .corruptArchive(path: "cut.zip", reason: "its central directory is cut off"), "cut at \(end)")
        }
    }

    @Test("a zip with a comment, or with bytes after its end record, is read")
    func zipWithCommentOrTrailingBytes() throws {
        let zip = ArchiveWriter.make(.zip, [.file("app.json", "{}"), .file("pages/a.js", "Page({})")])
        let endRecord = try #require(ZipLayout(of: zip)).endRecord
        let comment = Array("built by a release script".utf8)
        let commented = Array(zip[..<(endRecord + 20)]) + [UInt8(comment.count), 0] + comment
        for archive in [commented, zip + [UInt8](repeating: 0, count: 100)] {
            let bundle = try BundleReader.read(archive: archive, name: "ok.zip")
            #expect(bundle.file(at: "pages/a.js") != nil)
        }
        // The comment cut short is a cut zip.
        let error = readError { try BundleReader.read(archive: Array(commented.dropLast(3)), name: "cut.zip") }
        #expect(error == .corruptArchive(path: "cut.zip", reason: "its central directory is cut off"))
    }

    @Test("a wrong CRC (a WARN from libarchive) is corruptArchive")
    func badCRC() {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        zip.entries.append(.init(name: Array("a.js".utf8), data: Array("abc".utf8), declaredCRC: 5))
        let error = readError { try BundleReader.read(archive: zip.build(), name: "crc.zip") }
        #expect(error == .corruptArchive(path: "crc.zip", reason: "a.js: ZIP bad CRC: 0x352441c2 should be 0x5"))
    }

    @Test("random bytes are notAnArchive")
    func randomBytes() {
        let error = readError { try BundleReader.read(archive: noise(count: 4096, seed: 7), name: "noise.bin") }
        #expect(error == .notAnArchive(path: "noise.bin", reason: "Unrecognized archive format"))
    }

    @Test("plain text is notAnArchive, not a one-entry raw archive")
    func plainText() {
        let error = readError { try BundleReader.read(archive: Array("App({})\n".utf8), name: "app.js") }
        #expect(error == .notAnArchive(path: "app.js", reason: "Unrecognized archive format"))
    }

    @Test("a gzip file holding no archive is notAnArchive")
    func plainGzip() {
        let gzip = ArchiveWriter.make(.gzipOnly, [.file("app.json", #"{"pages":[]}"#)])
        #expect(gzip.starts(with: [0x1F, 0x8B]))
        let error = readError { try BundleReader.read(archive: gzip, name: "app.json.gz") }
        #expect(error == .notAnArchive(path: "app.json.gz", reason: "Unrecognized archive format"))
    }

    @Test("a gzip stream of nothing is notAnArchive")
    func emptyGzip() {
        let gzip = ArchiveWriter.make(.gzipOnly, [.file("empty", "")])
        #expect(gzip.starts(with: [0x1F, 0x8B]))
        let error = readError { try BundleReader.read(archive: gzip, name: "empty.gz") }
        #expect(error == .notAnArchive(path: "empty.gz", reason: "it decompresses to nothing"))
    }

    @Test("empty input, in memory or on disk, is notAnArchive")
    func empty() throws {
        #expect(
            readError { try BundleReader.read(archive: [], name: "empty.zip") }
                == .notAnArchive(path: "empty.zip", reason: "the file is empty"))
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("empty.zip")
        try Data().write(to: url)
        #expect(
            readError { try BundleReader.read(path: url.path) }
                == .notAnArchive(path: url.path, reason: "the file is empty"))
    }

    @Test("a missing path is notFound")
    func missing() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nope.zip").path
        #expect(readError { try BundleReader.read(path: path) } == .notFound(path: path))
    }

    @Test("a FIFO given as the bundle path is refused without being opened")
    func fifoPath() throws {
        let folder = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o644) == 0)
        #expect(
            readError { try BundleReader.read(path: path) }
                == .unreadable(path: path, reason: "it is neither a regular file nor a directory"))
    }
}

@Suite("Formats that are refused")
struct RefusedFormatTests {
    @Test("an mtree spec, which would make libarchive read files from local disk, is notAnArchive")
    func mtree() {
        let spec =
            "#mtree\napp.json type=file contents=/etc/hostname\nproject.config.json type=file contents=/etc/passwd\n"
        let error = readError { try BundleReader.read(archive: Array(spec.utf8), name: "spec.mtree") }
        #expect(error == .notAnArchive(path: "spec.mtree", reason: "Unrecognized archive format"))
    }
}
