/// Size and count limits applied while reading a bundle. Bytes are uncompressed bytes as actually read.
///
/// Limits are checked before each chunk of data is kept, so a reader never holds more than the limit,
/// whatever sizes an archive's headers claim.
public struct BundleLimits: Sendable, Equatable {
    /// Most uncompressed bytes read from all entries together (default 200 MiB).
    public var maxTotalBytes: Int
    /// Most uncompressed bytes read from any one entry (default 20 MiB).
    public var maxFileBytes: Int
    /// Most entries: every archive entry or directory item counts, including skipped and ignored ones (default 20 000).
    public var maxEntries: Int

    public init(maxTotalBytes: Int = 200 << 20, maxFileBytes: Int = 20 << 20, maxEntries: Int = 20_000) {
        self.maxTotalBytes = maxTotalBytes
        self.maxFileBytes = maxFileBytes
        self.maxEntries = maxEntries
    }

    /// 200 MiB in total, 20 MiB per file, 20 000 entries.
    public static let `default` = BundleLimits()
}
