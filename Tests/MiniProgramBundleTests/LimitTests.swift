import Foundation
import MiniProgramBundle
import TestSupport
import Testing

@Suite("Limits")
struct LimitTests {
    @Test("the defaults are 200 MiB total, 20 MiB per file, 20 000 entries")
    func defaults() {
        #expect(
            BundleLimits.default
                == BundleLimits(maxTotalBytes: 209_715_200, maxFileBytes: 20_971_520, maxEntries: 20_000))
    }

    @Test("every entry counts, directories and ignored macOS metadata included")
    func entryLimit() throws {
        let archive = ArchiveWriter.make(
            .zip,
            [
                TestEntry(name: "pages/", kind: .directory),
                .file("app.json", "{}"),
                .file("pages/a.js", "1"),
                .file("__MACOSX/._app.json", "x"),
                .file(".DS_Store", "x"),
            ])
        let atLimit = try BundleReader.read(archive: archive, name: "n.zip", limits: BundleLimits(maxEntries: 5))
        #expect(atLimit.paths == ["app.json", "pages/a.js"])
        let error = readError {
            try BundleReader.read(archive: archive, name: "n.zip", limits: BundleLimits(maxEntries: 4))
        }
        #expect(error == .entryLimitExceeded(limit: 4))
    }

    @Test("a file one byte over --max-file-bytes fails, naming the file")
    func fileLimit() throws {
        let archive = ArchiveWriter.make(
            .tarGzip, [.file("app.json", "{}"), .file("static/big.js", bytes: [UInt8](repeating: 0x61, count: 1001))])
        let fits = try BundleReader.read(archive: archive, name: "f.tgz", limits: BundleLimits(maxFileBytes: 1001))
        #expect(fits.file(at: "static/big.js")?.bytes.count == 1001)
        let error = readError {
            try BundleReader.read(archive: archive, name: "f.tgz", limits: BundleLimits(maxFileBytes: 1000))
        }
        #expect(error == .fileSizeLimitExceeded(path: "static/big.js", limit: 1000))
    }

    @Test("files adding up to more than --max-total-bytes fail")
    func totalLimit() throws {
        let entries: [TestEntry] =
            [.file("app.json", "{}")] + (1...3).map { .file("f\($0).js", bytes: [UInt8](repeating: 0x62, count: 400)) }
        let archive = ArchiveWriter.make(.sevenZip, entries)
        let fits = try BundleReader.read(archive: archive, name: "t.7z", limits: BundleLimits(maxTotalBytes: 1202))
        #expect(fits.paths.count == 4)
        let error = readError {
            try BundleReader.read(archive: archive, name: "t.7z", limits: BundleLimits(maxTotalBytes: 1201))
        }
        #expect(error == .totalSizeLimitExceeded(limit: 1201))
    }

    @Test("a zip bomb (100 MB of zeros in a 100 KB zip) stops at the default file limit")
    func zipBomb() throws {
        let bomb = ArchiveWriter.make(
            .zip, [.file("app.json", "{}"), .file("zeros.bin", bytes: [UInt8](repeating: 0, count: 100_000_000))])
        #expect(bomb.count < 200_000)
        let error = readError { try BundleReader.read(archive: bomb, name: "bomb.zip") }
        #expect(error == .fileSizeLimitExceeded(path: "zeros.bin", limit: 20 << 20))
    }

    @Test("a zip bomb of many small-looking files stops at the total limit")
    func zipBombTotal() throws {
        let entries: [TestEntry] =
            [.file("app.json", "{}")]
            + (1...5).map { .file("z\($0).bin", bytes: [UInt8](repeating: 0, count: 10_000_000)) }
        let bomb = ArchiveWriter.make(.zip, entries)
        let error = readError {
            try BundleReader.read(archive: bomb, name: "bomb.zip", limits: BundleLimits(maxTotalBytes: 30_000_000))
        }
        #expect(error == .totalSizeLimitExceeded(limit: 30_000_000))
    }

    @Test("a zip header claiming 1000 bytes does not let 4 MiB through")
    func lyingHeader() throws {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        zip.entries.append(
            .init(
                name: Array("big.js".utf8), data: [UInt8](repeating: 0x41, count: 4 << 20), deflate: true,
                declaredSize: 1000))
        let archive = zip.build()

        let fileError = readError {
            try BundleReader.read(archive: archive, name: "lie.zip", limits: BundleLimits(maxFileBytes: 1 << 20))
        }
        #expect(fileError == .fileSizeLimitExceeded(path: "big.js", limit: 1 << 20))
        let totalError = readError {
            try BundleReader.read(archive: archive, name: "lie.zip", limits: BundleLimits(maxTotalBytes: 2 << 20))
        }
        #expect(totalError == .totalSizeLimitExceeded(limit: 2 << 20))
        // Within the limits the lie itself is caught: libarchive's size check arrives as a WARN after the data.
        let sizeError = readError { try BundleReader.read(archive: archive, name: "lie.zip") }
        #expect(
            sizeError
                == .corruptArchive(
                    path: "lie.zip", reason: "big.js: ZIP uncompressed data is wrong size (read 4194304, expected 1000)"
                ))
    }
}
