import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Walks a project directory without following symbolic links, reading regular files into memory.
///
/// `.git` folders are skipped (counted as one entry, contents not walked); macOS metadata is ignored.
enum DirectoryReader {
    /// Bytes read from a file per `read(2)` call.
    private static let chunkSize = 64 << 10

    static func read(directory root: String, into collector: inout EntryCollector) throws(BundleError) {
        let base = root.hasSuffix("/") ? root : root + "/"
        // Relative folder paths still to walk: "" for the top, otherwise ending with "/".
        var pending = [""]
        while let folder = pending.popLast() {
            for name in try contents(of: base + folder) {
                try collector.countEntry()
                let path = folder + name
                let fullPath = base + path
                switch try entryType(at: fullPath) {
                case .directory:
                    if name != ".git" && !EntryPath.isIgnored(path) {
                        pending.append(path + "/")
                    }
                case .regular:
                    if !EntryPath.isIgnored(path) {
                        let bytes = try readFile(at: fullPath, path: path, into: &collector)
                        collector.keep(path: path, bytes: bytes)
                    }
                case .symbolicLink:
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: fullPath)) ?? ""
                    collector.skip(.symbolicLink, path: path, detail: target)
                case let special:
                    collector.skip(.specialFile, path: path, detail: special.specialFileName ?? "")
                }
            }
        }
    }

    /// Names in a folder, sorted so that reading order (and the entry that trips a limit) is stable.
    private static func contents(of folder: String) throws(BundleError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw .unreadable(path: folder, reason: error.localizedDescription)
        }
    }

    /// The type of the item itself (`lstat`), never of what a link points to.
    private static func entryType(at fullPath: String) throws(BundleError) -> EntryType {
        var info = stat()
        guard lstat(fullPath, &info) == 0 else {
            throw .unreadable(path: fullPath, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regular
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        default: return .socket  // S_IFSOCK, the only type left

        }
    }

    /// Reads a regular file, checking the limits chunk by chunk.
    ///
    /// `O_NOFOLLOW` and the `fstat` check close the gap between `lstat` and `open`: an item swapped for a
    /// link or a FIFO in between fails instead of being followed or blocking.
    private static func readFile(at fullPath: String, path: String, into collector: inout EntryCollector)
        throws(BundleError) -> [UInt8]
    {
        let descriptor = open(fullPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw .unreadable(path: fullPath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(path: fullPath, reason: "it changed while being read")
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var bytes: [UInt8] = []
        while true {
            let count = Glibc.read(descriptor, buffer, chunkSize)
            if count == 0 {
                return bytes
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: fullPath, reason: String(cString: strerror(errno)))
            }
            try collector.append(UnsafeRawBufferPointer(start: buffer, count: count), to: &bytes, path: path)
        }
    }
}
