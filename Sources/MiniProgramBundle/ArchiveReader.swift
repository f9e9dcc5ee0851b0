internal import CLibArchive
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads archive entries into memory with libarchive; the only file that touches the C API.
///
/// Every libarchive status becomes a `BundleError` here. Nothing is extracted to disk, data sizes in
/// headers are never trusted (bytes are counted as they are decompressed), and zips are only read from
/// seekable sources (a file or memory), where their symbolic links are reported as links.
enum ArchiveReader {
    /// Bytes asked of `archive_read_data` per call; also the block size for reading files.
    private static let chunkSize = 64 << 10

    /// Reads an archive file, opened by name so libarchive can seek in it.
    static func read(file path: String, into collector: inout EntryCollector) throws(BundleError) {
        try readArchive(name: path, into: &collector, tail: { fileTail(path) }) { archive in
            archive_read_open_filename(archive, path, chunkSize)
        }
    }

    /// Reads an archive held in memory; `name` appears in messages only.
    static func read(memory bytes: [UInt8], name: String, into collector: inout EntryCollector) throws(BundleError) {
        let tail = { Array(bytes.suffix(ZipEndRecord.searchLength)) }
        // libarchive reads from the buffer until the archive is freed, so all reading happens inside.
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(BundleError) in
                try readArchive(name: name, into: &collector, tail: tail) { archive in
                    archive_read_open_memory(archive, buffer.baseAddress, buffer.count)
                }
            }
        }
        try result.get()
    }

    /// Owns one libarchive reader from creation to `archive_read_free` and walks all its entries.
    ///
    /// `tail` gives the archive's last `ZipEndRecord.searchLength` bytes (or all of a shorter one), read only
    /// for a zip: libarchive reads a zip whose end record is missing from its local headers, as if whole.
    private static func readArchive(
        name: String, into collector: inout EntryCollector, tail: () -> [UInt8]?, open: (OpaquePointer) -> Int32
    ) throws(BundleError) {
        // In the "C" locale libarchive cannot convert UTF-8 names and returns NULL; switch this thread only.
        let utf8Locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) ?? newlocale(LC_CTYPE_MASK, "en_US.UTF-8", nil)
        let previousLocale = utf8Locale.map { uselocale($0) }
        defer {
            if let utf8Locale {
                uselocale(previousLocale ?? nil)
                freelocale(utf8Locale)
            }
        }
        guard let archive = archive_read_new() else {
            throw .unreadable(path: name, reason: "libarchive could not create a reader")
        }
        defer { archive_read_free(archive) }
        enableFormats(archive)
        guard open(archive) == ARCHIVE_OK else {
            throw openError(archive, name: name)
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var entryNumber = 0
        while true {
            var entry: OpaquePointer?
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF {
                break
            }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                throw entryNumber == 0 ? openError(archive, name: name) : corrupt(archive, name: name)
            }
            entryNumber += 1
            try collector.countEntry()
            try readEntry(entry, number: entryNumber, archive: archive, buffer: buffer, name: name, into: &collector)
        }
        // Zero-byte input is refused before libarchive; this is compressed data that decompresses to nothing.
        if entryNumber == 0 && archive_format(archive) == ARCHIVE_FORMAT_EMPTY {
            throw .notAnArchive(path: name, reason: "it decompresses to nothing")
        }
        // A zip cut after its last file's data reads to the end without an error, its central directory
        // and end record lost: the upload is damaged all the same.
        if archive_format(archive) & ARCHIVE_FORMAT_BASE_MASK == ARCHIVE_FORMAT_ZIP,
            let tail = tail(), !ZipEndRecord.isPresent(in: tail)
        {
            throw .corruptArchive(path: name, reason: ZipEndRecord.missingReason)
        }
    }

    /// The last `ZipEndRecord.searchLength` bytes of a file (all of a shorter one); nil when unreadable.
    private static func fileTail(_ path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return nil }
        let start = size > UInt64(ZipEndRecord.searchLength) ? size - UInt64(ZipEndRecord.searchLength) : 0
        guard (try? handle.seek(toOffset: start)) != nil, let data = try? handle.readToEnd() else { return nil }
        return [UInt8](data)
    }

    // MARK: - Setup

    /// Enables every archive format and compression libarchive offers, minus two hazards.
    ///
    /// Not `archive_read_support_format_all`: it includes mtree, a text format whose entries name files on the
    /// local disk that libarchive then opens and returns as entry data (`contents=/etc/passwd`), and which
    /// parses almost any text. Not `archive_read_support_filter_all`: it includes filters that run an external
    /// program on the input (lzop, lrzip, grzip always; the others when libarchive was built without their library).
    private static func enableFormats(_ archive: OpaquePointer) {
        for enable in builtInFilters {
            _ = enable(archive)
        }
        archive_read_support_format_zip(archive)
        archive_read_support_format_tar(archive)
        archive_read_support_format_7zip(archive)
        archive_read_support_format_rar(archive)
        archive_read_support_format_rar5(archive)
        archive_read_support_format_cpio(archive)
        archive_read_support_format_iso9660(archive)
        archive_read_support_format_xar(archive)
        archive_read_support_format_cab(archive)
        archive_read_support_format_lha(archive)
        archive_read_support_format_ar(archive)
        archive_read_support_format_empty(archive)
    }

    /// The decompression filters this libarchive implements itself.
    ///
    /// Each candidate is tried once on a throwaway reader: libarchive answers ARCHIVE_WARN ("Using external
    /// ... program") when it would fall back to running a program, and those filters are left out.
    private static let builtInFilters: [@convention(c) (OpaquePointer?) -> Int32] = {
        let candidates: [@convention(c) (OpaquePointer?) -> Int32] = [
            archive_read_support_filter_gzip, archive_read_support_filter_bzip2, archive_read_support_filter_xz,
            archive_read_support_filter_lzma, archive_read_support_filter_lzip, archive_read_support_filter_zstd,
            archive_read_support_filter_lz4, archive_read_support_filter_compress,
        ]
        return candidates.filter { enable in
            guard let probe = archive_read_new() else { return false }
            defer { archive_read_free(probe) }
            return enable(probe) == ARCHIVE_OK
        }
    }()

    // MARK: - Entries

    /// Handles one entry whose header was just read: keeps a regular file's data or records why it was skipped.
    private static func readEntry(
        _ entry: OpaquePointer, number: Int, archive: OpaquePointer, buffer: UnsafeMutableRawPointer, name: String,
        into collector: inout EntryCollector
    ) throws(BundleError) {
        guard let written = string(archive_entry_pathname(entry)) ?? string(archive_entry_pathname_utf8(entry)) else {
            throw .corruptArchive(path: name, reason: "entry \(number) has no readable name")
        }
        let path: String
        switch EntryPath.classify(written) {
        case .ignored:
            return
        case .unsafe(let reason):
            collector.skip(.unsafePath, path: written, detail: reason)
            return
        case .safe(let cleaned):
            path = cleaned
        }
        if let target = string(archive_entry_hardlink(entry)) {
            collector.skip(.hardLink, path: path, detail: target)
            return
        }
        switch entryType(entry, written: written) {
        case .directory:
            return
        case .symbolicLink:
            collector.skip(.symbolicLink, path: path, detail: string(archive_entry_symlink(entry)) ?? "")
            return
        case .regular:
            break
        case let special:
            collector.skip(.specialFile, path: path, detail: special.specialFileName ?? "")
            return
        }
        if archive_entry_is_encrypted(entry) != 0 {
            collector.skip(.encryptedEntry, path: path, detail: "password-protected")
            return
        }
        var bytes: [UInt8] = []
        while true {
            let count = archive_read_data(archive, buffer, chunkSize)
            if count == 0 {
                break
            }
            // A negative count is an error; WARN included, since a bad CRC arrives as WARN after all data.
            guard count > 0 else {
                if count == Int(ARCHIVE_FAILED) && archive_entry_is_encrypted(entry) != 0 {
                    collector.skip(.encryptedEntry, path: path, detail: "password-protected")
                    return
                }
                throw corrupt(archive, name: name, entryPath: path)
            }
            try collector.append(UnsafeRawBufferPointer(start: buffer, count: count), to: &bytes, path: path)
        }
        collector.keep(path: path, bytes: bytes)
    }

    /// The entry's type; a name ending in "/" is a folder whatever its mode says, and an unknown type is read as a file.
    private static func entryType(_ entry: OpaquePointer, written: String) -> EntryType {
        if written.hasSuffix("/") {
            return .directory
        }
        switch archive_entry_filetype(entry) {
        case CLibArchive_IFDIR: return .directory
        case CLibArchive_IFLNK: return .symbolicLink
        case CLibArchive_IFIFO: return .fifo
        case CLibArchive_IFCHR: return .characterDevice
        case CLibArchive_IFBLK: return .blockDevice
        case CLibArchive_IFSOCK: return .socket
        default: return .regular
        }
    }

    // MARK: - Errors and strings

    /// A failure before any entry was read: input that cannot be opened, is not an archive, or is a damaged one.
    private static func openError(_ archive: OpaquePointer, name: String) -> BundleError {
        let code = archive_errno(archive)
        let reason = message(archive)
        // libarchive reports "Unrecognized archive format" with ARCHIVE_ERRNO_FILE_FORMAT, which is EILSEQ on Linux.
        if code == EILSEQ && archive_format(archive) == 0 {
            return .notAnArchive(path: name, reason: reason)
        }
        // Other positive codes are system errors (no permission, I/O error); libarchive's own are EILSEQ or -1.
        if code > 0 && code != EILSEQ {
            return .unreadable(path: name, reason: reason)
        }
        return .corruptArchive(path: name, reason: reason)
    }

    private static func corrupt(_ archive: OpaquePointer, name: String, entryPath: String? = nil) -> BundleError {
        let reason = message(archive)
        return .corruptArchive(path: name, reason: entryPath.map { "\($0): \(reason)" } ?? reason)
    }

    private static func message(_ archive: OpaquePointer) -> String {
        guard let text = archive_error_string(archive) else {
            return "libarchive gave no details"
        }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A C name from libarchive: UTF-8, or GBK from zips made on Chinese Windows without the UTF-8 flag.
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
        return TextDecoder.decodeName(Array(bytes))
    }
}
