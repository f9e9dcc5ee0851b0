/// Something about one entry of a bundle that the checker should report but that does not stop reading.
public struct BundleIssue: Sendable, Equatable {
    public let kind: BundleIssueKind
    /// Path as written in the archive or directory (relative to the project root when the entry is inside it).
    public let path: String
    /// The link target for links, the encoding name for `nonUTF8Text`, otherwise a short explanation.
    public let detail: String

    public init(kind: BundleIssueKind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }
}
