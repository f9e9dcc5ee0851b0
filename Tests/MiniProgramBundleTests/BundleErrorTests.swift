import MiniProgramBundle
import Testing

@Suite("Error messages")
struct BundleErrorTests {
    @Test(
        "each message names the path or the flag and its limit",
        arguments: [
            (
                BundleError.notFound(path: "x.zip"),
                "No file or directory exists at x.zip; check the path and try again."
            ),
            (
                .unreadable(path: "x.zip", reason: "Permission denied"),
                "Cannot read x.zip (Permission denied); check that it exists and that you may read it."
            ),
            (
                .notAnArchive(path: "x.rar", reason: "Unrecognized archive format"),
                "x.rar is neither a project folder nor an archive mpcheck can open (Unrecognized archive format); "
                    + "submit the project folder or a zip, tar, tar.gz or 7z archive of it."
            ),
            (
                .corruptArchive(path: "x.zip", reason: "a.js: ZIP bad CRC"),
                "x.zip is damaged or incomplete (a.js: ZIP bad CRC); create the archive again and resubmit it."
            ),
            (
                .totalSizeLimitExceeded(limit: 209_715_200),
                "The bundle's files add up to more than --max-total-bytes (209715200 bytes); "
                    + "remove files the mini-program does not need or raise the limit."
            ),
            (
                .fileSizeLimitExceeded(path: "static/video.mp4", limit: 20_971_520),
                "static/video.mp4 is larger than --max-file-bytes (20971520 bytes); shrink or remove it, or raise the limit."
            ),
            (
                .entryLimitExceeded(limit: 20_000),
                "The bundle has more than --max-entries (20000) files and folders; "
                    + "remove entries the mini-program does not need (such as node_modules) or raise the limit."
            ),
            (
                .noProjectRoot(path: "x.zip", reason: "it contains no files"),
                "No mini-program project found in x.zip: it contains no files."
            ),
        ])
    func description(error: BundleError, expected: String) {
        #expect(error.description == expected)
    }
}
