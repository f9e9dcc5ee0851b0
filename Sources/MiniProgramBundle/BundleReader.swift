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
            try ArchiveReader.read(file: path, into: &collector)
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
        try ArchiveReader.read(memory: archive, name: name, into: &collector)
        return try assemble(collector, source: name)
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
