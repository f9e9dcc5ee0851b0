/// What was unusual about an entry; every kind except the two text kinds means the entry was skipped.
public enum BundleIssueKind: String, Sendable, Codable {
    /// An entry path with a `..` segment or absolute (`/x`, `C:\x`, `\\x`): skipped.
    case unsafePath
    /// Skipped, never followed; the detail is the link target.
    case symbolicLink
    /// Skipped; the detail is the link target.
    case hardLink
    /// A FIFO, device or socket: skipped.
    case specialFile
    /// An encrypted (password-protected) entry: skipped.
    case encryptedEntry
    /// A text file not in UTF-8, decoded anyway; the detail is the encoding name ("GB18030", "UTF-16LE", ...).
    case nonUTF8Text
    /// A file with a text extension that is valid in none of the supported encodings; its text is nil.
    case undecodableText
}
