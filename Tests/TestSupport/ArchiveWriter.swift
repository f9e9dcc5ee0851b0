// Test support writes archives with libarchive, so it is the one place besides the
// MiniProgramBundle reader that imports the shim.
import CLibArchive
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One entry to write into a test archive.
public struct TestEntry: Sendable {
    /// What the entry is, with its data or link target.
    public enum Kind: Sendable {
        case file([UInt8])
        case directory
        case symbolicLink(String)
        case hardLink(String)
        case fifo
    }

    public var name: String
    public var kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    public static func file(_ name: String, _ text: String) -> TestEntry {
        TestEntry(name: name, kind: .file(Array(text.utf8)))
    }

    public static func file(_ name: String, bytes: [UInt8]) -> TestEntry {
        TestEntry(name: name, kind: .file(bytes))
    }
}

/// Archive formats the tests write with libarchive.
public enum TestArchiveFormat: String, CaseIterable, CustomStringConvertible, Sendable {
    case zip
    case tar
    case tarGzip = "tar.gz"
    case tarBzip2 = "tar.bz2"
    case tarXz = "tar.xz"
    case tarZstd = "tar.zst"
    case sevenZip = "7z"
    /// A single gzip-compressed file, no archive inside.
    case gzipOnly = "gz"

    public var description: String { rawValue }
}

/// Writes archives in memory with libarchive's write API.
public enum ArchiveWriter {
    /// Collects what libarchive writes; passed to the C callbacks as an opaque pointer.
    private final class Sink {
        var bytes: [UInt8] = []
    }

    /// Builds an archive; `options` go to `archive_write_set_options` (e.g. "zip:encryption=zipcrypt").
    public static func make(
        _ format: TestArchiveFormat, _ entries: [TestEntry], options: String? = nil, passphrase: String? = nil
    ) -> [UInt8] {
        // UTF-8 names need a UTF-8 locale in libarchive; switch this thread only.
        let utf8Locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        let previousLocale = utf8Locale.map { uselocale($0) }
        defer {
            if let utf8Locale {
                uselocale(previousLocale ?? nil)
                freelocale(utf8Locale)
            }
        }
        let archive = archive_write_new()!
        defer { archive_write_free(archive) }
        switch format {
        case .zip:
            check(archive, archive_write_set_format_zip(archive))
        case .tar:
            check(archive, archive_write_set_format_pax_restricted(archive))
        case .tarGzip:
            check(archive, archive_write_set_format_pax_restricted(archive))
            check(archive, archive_write_add_filter_gzip(archive))
        case .tarBzip2:
            check(archive, archive_write_set_format_pax_restricted(archive))
            check(archive, archive_write_add_filter_bzip2(archive))
        case .tarXz:
            check(archive, archive_write_set_format_pax_restricted(archive))
            check(archive, archive_write_add_filter_xz(archive))
        case .tarZstd:
            check(archive, archive_write_set_format_pax_restricted(archive))
            check(archive, archive_write_add_filter_zstd(archive))
        case .sevenZip:
            check(archive, archive_write_set_format_7zip(archive))
        case .gzipOnly:
            check(archive, archive_write_set_format_raw(archive))
            check(archive, archive_write_add_filter_gzip(archive))
        }
        if let options {
            check(archive, archive_write_set_options(archive, options))
        }
        // Without this libarchive pads the output to a multiple of 10 240 bytes, and truncation tests would cut padding.
        check(archive, archive_write_set_bytes_in_last_block(archive, 1))
        if let passphrase {
            check(archive, archive_write_set_passphrase(archive, passphrase))
        }
        let sink = Sink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        check(
            archive,
            archive_write_open2(
                archive, context, nil,
                { _, context, buffer, length in
                    let sink = Unmanaged<Sink>.fromOpaque(context!).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeRawBufferPointer(start: buffer, count: length))
                    return length
                }, nil, nil))
        for item in entries {
            let entry = archive_entry_new()!
            defer { archive_entry_free(entry) }
            archive_entry_set_pathname_utf8(entry, item.name)
            archive_entry_set_mtime(entry, 1_700_000_000, 0)
            var data: [UInt8] = []
            switch item.kind {
            case .file(let bytes):
                data = bytes
                archive_entry_set_filetype(entry, UInt32(CLibArchive_IFREG))
                archive_entry_set_perm(entry, 0o644)
                archive_entry_set_size(entry, Int64(bytes.count))
            case .directory:
                archive_entry_set_filetype(entry, UInt32(CLibArchive_IFDIR))
                archive_entry_set_perm(entry, 0o755)
            case .symbolicLink(let target):
                archive_entry_set_filetype(entry, UInt32(CLibArchive_IFLNK))
                archive_entry_set_perm(entry, 0o777)
                archive_entry_set_symlink_utf8(entry, target)
            case .hardLink(let target):
                archive_entry_set_filetype(entry, UInt32(CLibArchive_IFREG))
                archive_entry_set_perm(entry, 0o644)
                archive_entry_set_hardlink_utf8(entry, target)
            case .fifo:
                archive_entry_set_filetype(entry, UInt32(CLibArchive_IFIFO))
                archive_entry_set_perm(entry, 0o644)
            }
            check(archive, archive_write_header(archive, entry))
            var offset = 0
            while offset < data.count {
                let end = min(offset + (1 << 20), data.count)
                let written = data[offset..<end].withUnsafeBytes {
                    archive_write_data(archive, $0.baseAddress, $0.count)
                }
                precondition(written > 0, "archive_write_data failed: \(message(archive))")
                offset += written
            }
        }
        check(archive, archive_write_close(archive))
        return sink.bytes
    }

    private static func check(_ archive: OpaquePointer, _ status: Int32, line: Int = #line) {
        precondition(status == ARCHIVE_OK, "libarchive write failed (line \(line)): \(message(archive))")
    }

    private static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "no message"
    }
}
