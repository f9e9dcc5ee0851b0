import MiniProgramBundle
import TestSupport
import Testing

@Suite("Unsafe, linked, special and encrypted entries")
struct UnsafeEntryTests {
    @Test("`..` and absolute zip names are skipped and reported as written")
    func unsafeZipPaths() throws {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        for name in ["../evil.js", "/abs.js", "a/../../b.js", "C:\\x.js", "\\\\server\\x.js", "ok/./fine.js"] {
            zip.add(name, "x")
        }
        let bundle = try BundleReader.read(archive: zip.build(), name: "evil.zip")
        #expect(bundle.paths == ["app.json", "ok/fine.js"])
        // libarchive turns the backslashes of these zip names into "/" before we see them.
        #expect(
            bundle.issues == [
                BundleIssue(kind: .unsafePath, path: "../evil.js", detail: "path contains a '..' segment"),
                BundleIssue(kind: .unsafePath, path: "//server/x.js", detail: "absolute path"),
                BundleIssue(kind: .unsafePath, path: "/abs.js", detail: "absolute path"),
                BundleIssue(kind: .unsafePath, path: "C:/x.js", detail: "absolute path"),
                BundleIssue(kind: .unsafePath, path: "a/../../b.js", detail: "path contains a '..' segment"),
            ])
    }

    @Test("`..` and absolute tar names are skipped and reported, even inside a wrapping folder")
    func unsafeTarPaths() throws {
        let archive = ArchiveWriter.make(
            .tar,
            [
                .file("demo/app.json", "{}"),
                .file("demo/../../evil.js", "x"),
                .file("/etc/cron.d/evil", "x"),
                .file("../evil.js", "x"),
            ])
        let bundle = try BundleReader.read(archive: archive, name: "evil.tar")
        #expect(bundle.paths == ["app.json"])
        #expect(
            bundle.issues == [
                BundleIssue(kind: .unsafePath, path: "../evil.js", detail: "path contains a '..' segment"),
                BundleIssue(kind: .unsafePath, path: "/etc/cron.d/evil", detail: "absolute path"),
                BundleIssue(kind: .unsafePath, path: "demo/../../evil.js", detail: "path contains a '..' segment"),
            ])
    }

    @Test("tar symbolic links, hard links and FIFOs are reported, never followed or read")
    func tarLinksAndFIFO() throws {
        let archive = ArchiveWriter.make(
            .tar,
            [
                .file("app.json", "{}"),
                TestEntry(name: "pages/passwd.js", kind: .symbolicLink("/etc/passwd")),
                TestEntry(name: "copy.json", kind: .hardLink("app.json")),
                TestEntry(name: "pipe", kind: .fifo),
            ])
        let bundle = try BundleReader.read(archive: archive, name: "links.tar")
        #expect(bundle.paths == ["app.json"])
        #expect(
            bundle.issues == [
                BundleIssue(kind: .hardLink, path: "copy.json", detail: "app.json"),
                BundleIssue(kind: .symbolicLink, path: "pages/passwd.js", detail: "/etc/passwd"),
                BundleIssue(kind: .specialFile, path: "pipe", detail: "FIFO"),
            ])
    }

    @Test("zip and 7z symbolic links are reported with their target", arguments: [TestArchiveFormat.zip, .sevenZip])
    func symbolicLinks(format: TestArchiveFormat) throws {
        let archive = ArchiveWriter.make(
            format,
            [.file("app.json", "{}"), TestEntry(name: "secret.js", kind: .symbolicLink("../../home/.ssh/id_rsa"))])
        let bundle = try BundleReader.read(archive: archive, name: "link.\(format)")
        #expect(bundle.paths == ["app.json"])
        #expect(
            bundle.issues == [BundleIssue(kind: .symbolicLink, path: "secret.js", detail: "../../home/.ssh/id_rsa")])
    }

    @Test("issue paths inside a wrapping folder are relative to the project root")
    func issuePathsRebased() throws {
        let archive = ArchiveWriter.make(
            .tar,
            [
                .file("demo/app.json", "{}"),
                TestEntry(name: "demo/pages/link.js", kind: .symbolicLink("/etc/hosts")),
                .file("demo/pages/gbk.js", bytes: gbkNiHao),
            ])
        let bundle = try BundleReader.read(archive: archive, name: "wrapped.tar")
        #expect(
            bundle.issues == [
                BundleIssue(kind: .nonUTF8Text, path: "pages/gbk.js", detail: "GB18030"),
                BundleIssue(kind: .symbolicLink, path: "pages/link.js", detail: "/etc/hosts"),
            ])
    }

    @Test("a zip entry flagged as encrypted is skipped and reported")
    func encryptedEntry() throws {
        var zip = ZipBuilder()
        zip.add("app.json", "{}")
        zip.entries.append(.init(name: Array("secret.js".utf8), data: noise(count: 40), flags: 0x0001))
        let bundle = try BundleReader.read(archive: zip.build(), name: "secret.zip")
        #expect(bundle.paths == ["app.json"])
        #expect(bundle.issues == [BundleIssue(kind: .encryptedEntry, path: "secret.js", detail: "password-protected")])
    }

    @Test("a password-protected zip says why no project was found")
    func passwordProtectedZip() throws {
        let archive = ArchiveWriter.make(
            .zip, [.file("app.json", "{}"), .file("app.js", "App({})")], options: "zip:encryption=zipcrypt",
            passphrase: "secret")
        let error = readError { try BundleReader.read(archive: archive, name: "locked.zip") }
        #expect(
            error
                == .noProjectRoot(
                    path: "locked.zip",
                    reason: "it contains no files (2 password-protected entries were skipped; "
                        + "submit an archive without a password)"))
    }
}
