/// Why a bundle could not be read; the description is one sentence a user can act on.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    /// libarchive did not recognise the input (unrecognised format, empty file...).
    case notAnArchive(path: String, reason: String)
    /// A recognised archive that failed while being read (truncated, bad CRC...).
    case corruptArchive(path: String, reason: String)
    case totalSizeLimitExceeded(limit: Int)
    /// `path` is the entry as written in the archive or directory.
    case fileSizeLimitExceeded(path: String, limit: Int)
    case entryLimitExceeded(limit: Int)
    /// No project.config.json / app.json found, or miniprogramRoot points to a folder without app.json.
    case noProjectRoot(path: String, reason: String)
    /// A PC WeChat package encrypted with its appid (starts with "V1MMWX"); mpcheck does not decrypt packages.
    case encryptedPackage(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "No file or directory exists at \(path); check the path and try again."
        case .unreadable(let path, let reason):
            return "Cannot read \(path) (\(reason)); check that it exists and that you may read it."
        case .notAnArchive(let path, let reason):
            return "\(path) is neither a project folder nor an archive mpcheck can open (\(reason)); "
                + "submit the project folder or a zip, tar, tar.gz or 7z archive of it."
        case .corruptArchive(let path, let reason):
            return "\(path) is damaged or incomplete (\(reason)); create the archive again and resubmit it."
        case .totalSizeLimitExceeded(let limit):
            return "The bundle's files add up to more than --max-total-bytes (\(limit) bytes); "
                + "remove files the mini-program does not need or raise the limit."
        case .fileSizeLimitExceeded(let path, let limit):
            return "\(path) is larger than --max-file-bytes (\(limit) bytes); "
                + "shrink or remove it, or raise the limit."
        case .entryLimitExceeded(let limit):
            return "The bundle has more than --max-entries (\(limit)) files and folders; "
                + "remove entries the mini-program does not need (such as node_modules) or raise the limit."
        case .noProjectRoot(let path, let reason):
            return "No mini-program project found in \(path): \(reason)."
        case .encryptedPackage(let path):
            return "\(path) is a .wxapkg encrypted by PC WeChat (it starts with V1MMWX) and mpcheck does not decrypt "
                + "packages; review the project folder or an archive of it, or a plain .wxapkg (first byte 0xBE)."
        }
    }
}
