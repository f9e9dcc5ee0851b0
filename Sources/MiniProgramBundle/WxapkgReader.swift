import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a compiled package in the plain `.wxapkg` format into memory, without running any of its code.
///
/// Layout (all integers big-endian unsigned 32-bit): byte 0xBE, 4 unused bytes, the index length, the
/// data length, byte 0xED; then the index: a file count and, per file, the name length, the name (UTF-8,
/// starting with "/"), the absolute offset and the size of its data. Entries are stored uncompressed.
///
/// Nothing in the file is trusted: the index must fit in the file and each entry's data must lie between
/// the end of the index and the end of the file, else the package is refused as damaged. Entries are
/// counted and read through the collector, so the bundle limits hold even when entries share data.
/// Names with a `..` segment or absolute after the leading "/" are skipped and reported as unsafe.
enum WxapkgReader {
    static let firstMark: UInt8 = 0xBE
    static let lastMark: UInt8 = 0xED
    /// Bytes before the index.
    static let headerSize = 14
    /// The start of the PC WeChat encrypted variant, which is not a readable package.
    static let encryptedMagic: [UInt8] = Array("V1MMWX".utf8)
    /// Longest entry name accepted, in bytes.
    static let maxNameBytes = 4096
    /// Bytes copied per read of an entry's data.
    private static let chunkSize = 64 << 10

    /// What the first bytes of a file say it is.
    enum Kind: Equatable {
        case plain
        case encrypted
        case other
    }

    /// Judges a file from its first `headerSize` bytes (fewer when the file is shorter).
    static func kind(ofPrefix prefix: some Collection<UInt8>) -> Kind {
        let bytes = Array(prefix.prefix(headerSize))
        if bytes.starts(with: encryptedMagic) {
            return .encrypted
        }
        if bytes.count == headerSize && bytes[0] == firstMark && bytes[headerSize - 1] == lastMark {
            return .plain
        }
        return .other
    }

    /// Reads a package file, by offset, never holding more of it than the limits allow.
    static func read(file path: String, into collector: inout EntryCollector) throws(BundleError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        try read(FileBytes(descriptor: descriptor, count: Int(info.st_size), path: path), name: path, into: &collector)
    }

    /// Reads a package held in memory; `name` appears in messages only.
    static func read(memory bytes: [UInt8], name: String, into collector: inout EntryCollector) throws(BundleError) {
        try read(MemoryBytes(bytes: bytes), name: name, into: &collector)
    }

    /// One entry of the index, checked against the file's size.
    private struct IndexEntry {
        let name: String
        let offset: Int
        let size: Int
    }

    private static func read(_ source: some PackageBytes, name: String, into collector: inout EntryCollector)
        throws(BundleError)
    {
        guard source.count >= headerSize + 4 else {
            throw .corruptArchive(path: name, reason: "the .wxapkg is shorter than its header")
        }
        let header = try source.bytes(at: 0, count: headerSize)
        guard kind(ofPrefix: header) == .plain else {
            throw .notAnArchive(path: name, reason: "a .wxapkg starts with byte 0xBE and has 0xED at byte 13")
        }
        let indexLength = Int(bigEndian32(header, at: 5))
        guard indexLength >= 4, indexLength <= source.count - headerSize else {
            throw .corruptArchive(
                path: name, reason: "its index claims \(indexLength) bytes but the file has \(source.count)")
        }
        let entries = try parseIndex(
            source.bytes(at: headerSize, count: indexLength), dataStart: headerSize + indexLength,
            fileSize: source.count, name: name, limits: collector.limits)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        for entry in entries {
            try collector.countEntry()
            // Names start with "/"; what follows is judged like an archive entry's name.
            let written = entry.name.hasPrefix("/") ? String(entry.name.dropFirst()) : entry.name
            let path: String
            switch EntryPath.classify(written) {
            case .ignored:
                continue
            case .unsafe(let reason):
                collector.skip(.unsafePath, path: entry.name, detail: reason)
                continue
            case .safe(let cleaned):
                path = cleaned
            }
            var bytes: [UInt8] = []
            var done = 0
            while done < entry.size {
                let count = min(chunkSize, entry.size - done)
                let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
                try source.copy(at: entry.offset + done, into: chunk)
                try collector.append(UnsafeRawBufferPointer(chunk), to: &bytes, path: path)
                done += count
            }
            collector.keep(path: path, bytes: bytes)
        }
    }

    /// Parses and checks the whole index before any data is read, so a damaged package is refused whole.
    private static func parseIndex(
        _ index: [UInt8], dataStart: Int, fileSize: Int, name: String, limits: BundleLimits
    ) throws(BundleError) -> [IndexEntry] {
        let fileCount = Int(bigEndian32(index, at: 0))
        if fileCount > limits.maxEntries {
            throw .entryLimitExceeded(limit: limits.maxEntries)
        }
        var entries: [IndexEntry] = []
        var position = 4
        for number in 1..<(fileCount + 1) {
            guard position + 4 <= index.count else {
                throw .corruptArchive(path: name, reason: "its index ends before entry \(number) of \(fileCount)")
            }
            let nameLength = Int(bigEndian32(index, at: position))
            guard nameLength <= maxNameBytes, position + 4 + nameLength + 8 <= index.count else {
                throw .corruptArchive(
                    path: name, reason: "entry \(number) has a \(nameLength)-byte name that does not fit in the index")
            }
            let entryName = TextDecoder.decodeName(Array(index[(position + 4)..<(position + 4 + nameLength)]))
            position += 4 + nameLength
            let offset = Int(bigEndian32(index, at: position))
            let size = Int(bigEndian32(index, at: position + 4))
            position += 8
            guard offset >= dataStart, offset <= fileSize, size <= fileSize - offset else {
                throw .corruptArchive(
                    path: name,
                    reason: "entry \(number) (\(entryName)) claims bytes \(offset)..<\(offset + size) "
                        + "outside the data section \(dataStart)..<\(fileSize)")
            }
            entries.append(IndexEntry(name: entryName, offset: offset, size: size))
        }
        return entries
    }

    private static func bigEndian32(_ bytes: [UInt8], at position: Int) -> UInt32 {
        bytes[position..<(position + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// Random access to a package's bytes, from memory or from an open file.
private protocol PackageBytes {
    /// Size of the package in bytes.
    var count: Int { get }
    /// Fills `buffer` with the bytes starting at `offset`; the range is within `count`.
    func copy(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(BundleError)
}

extension PackageBytes {
    func bytes(at offset: Int, count: Int) throws(BundleError) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 16)
        defer { buffer.deallocate() }
        try copy(at: offset, into: buffer)
        return Array(buffer)
    }
}

private struct MemoryBytes: PackageBytes {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    func copy(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(BundleError) {
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + buffer.count)]))
        }
    }
}

/// A file read with `pread`; the descriptor is owned by the caller.
private struct FileBytes: PackageBytes {
    let descriptor: Int32
    let count: Int
    let path: String

    func copy(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws(BundleError) {
        var done = 0
        while done < buffer.count {
            let read = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if read < 0 && errno == EINTR {
                continue
            }
            guard read > 0 else {
                let reason = read < 0 ? String(cString: strerror(errno)) : "the file got shorter while being read"
                throw .unreadable(path: path, reason: reason)
            }
            done += read
        }
    }
}
