import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a submitted bundle (a project directory or an archive) into memory.
public enum BundleReader {
    /// Reads a directory or an archive file. Throws BundleError for input that can't be read or exceeds a limit.
    ///
    /// A symbolic link given as `path` itself is followed; links inside the bundle never are.
    public static func read(path: String, limits: BundleLimits = .default) throws(BundleError) -> MiniProgramBundle {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw .notFound(path: path)
            }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var collector = EntryCollector(limits: limits)
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            try DirectoryReader.read(directory: path, into: &collector)
        case S_IFREG:
            guard info.st_size > 0 else {
                throw .notAnArchive(path: path, reason: "the file is empty")
            }
            switch try packageKind(file: path) {
            case .plain:
                try WxapkgReader.read(file: path, into: &collector)
                return try assembleCompiledPackage(collector, source: path)
            case .encrypted:
                throw .encryptedPackage(path: path)
            case .other:
                try ArchiveReader.read(file: path, into: &collector)
            }
        default:
            throw .unreadable(path: path, reason: "it is neither a regular file nor a directory")
        }
        return try assemble(collector, source: path)
    }

    /// Reads an archive already in memory (name used for messages and format hints).
    ///
    /// The format is detected from the content, so a misleading name does no harm.
    public static func read(archive: [UInt8], name: String, limits: BundleLimits = .default) throws(BundleError)
        -> MiniProgramBundle
    {
        guard !archive.isEmpty else {
            throw .notAnArchive(path: name, reason: "the file is empty")
        }
        var collector = EntryCollector(limits: limits)
        switch try packageKind(of: archive.prefix(WxapkgReader.headerSize), name: name) {
        case .plain:
            try WxapkgReader.read(memory: archive, name: name, into: &collector)
            return try assembleCompiledPackage(collector, source: name)
        case .encrypted:
            throw .encryptedPackage(path: name)
        case .other:
            try ArchiveReader.read(memory: archive, name: name, into: &collector)
        }
        return try assemble(collector, source: name)
    }

    /// Whether a file is a .wxapkg, judged from its first bytes; a name ending in .wxapkg must have them.
    private static func packageKind(file path: String) throws(BundleError) -> WxapkgReader.Kind {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let prefix: Data
        do {
            prefix = try handle.read(upToCount: WxapkgReader.headerSize) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try packageKind(of: prefix, name: path)
    }

    private static func packageKind(of prefix: some Collection<UInt8>, name: String) throws(BundleError)
        -> WxapkgReader.Kind
    {
        let kind = WxapkgReader.kind(ofPrefix: prefix)
        if kind == .other && name.lowercased().hasSuffix(".wxapkg") {
            let first = prefix.first.map { String($0, radix: 16, uppercase: true) } ?? "nothing"
            throw .notAnArchive(
                path: name,
                reason: "a .wxapkg starts with byte 0xBE and has 0xED at byte 13; this one starts with 0x\(first)")
        }
        return kind
    }

    /// A compiled package has no project root to find: its files are at the top, app-config.json among them.
    private static func assembleCompiledPackage(_ collector: EntryCollector, source: String) throws(BundleError)
        -> MiniProgramBundle
    {
        guard !collector.files.isEmpty else {
            throw .noProjectRoot(path: source, reason: "the .wxapkg holds no files mpcheck can review")
        }
        return MiniProgramBundle(
            source: source, files: collector.files, appRoot: "", entryIssues: collector.issues, isCompiledPackage: true)
    }

    /// Locates the project and keeps what lies under its root, with paths made relative to it.
    private static func assemble(_ collector: EntryCollector, source: String) throws(BundleError) -> MiniProgramBundle {
        let layout: ProjectLayout
        do {
            layout = try ProjectLayout.locate(in: collector.files, source: source)
        } catch .noProjectRoot(let path, let reason) {
            let encrypted = collector.issues.filter { $0.kind == .encryptedEntry }.count
            guard encrypted > 0 else { throw .noProjectRoot(path: path, reason: reason) }
            let skipped =
                encrypted == 1 ? "1 password-protected entry was" : "\(encrypted) password-protected entries were"
            throw .noProjectRoot(
                path: path, reason: "\(reason) (\(skipped) skipped; submit an archive without a password)")
        } catch {
            throw error
        }
        let prefix = layout.rootPrefix
        var files: [String: [UInt8]] = [:]
        for (path, bytes) in collector.files where path.hasPrefix(prefix) {
            files[String(path.dropFirst(prefix.count))] = bytes
        }
        // Unsafe paths stay exactly as written: rebasing `demo/../../x` would hide where it pointed.
        let issues = collector.issues.map { issue in
            guard issue.kind != .unsafePath, !prefix.isEmpty, issue.path.hasPrefix(prefix) else { return issue }
            return BundleIssue(kind: issue.kind, path: String(issue.path.dropFirst(prefix.count)), detail: issue.detail)
        }
        return MiniProgramBundle(source: source, files: files, appRoot: layout.appRoot, entryIssues: issues)
    }
}
