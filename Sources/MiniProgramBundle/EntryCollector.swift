/// Gathers what a source (archive or directory) walks through: counts entries and bytes against the limits,
/// keeps regular files' bytes and records skipped entries as issues.
struct EntryCollector {
    let limits: BundleLimits
    /// Kept regular files, keyed by cleaned path relative to the top of the source; a later duplicate replaces an earlier one.
    private(set) var files: [String: [UInt8]] = [:]
    /// Issues for skipped entries, in the order met; paths relative to the top of the source.
    private(set) var issues: [BundleIssue] = []
    private(set) var entryCount = 0
    /// Uncompressed bytes read so far, over all entries, duplicates included.
    private(set) var totalBytes = 0

    init(limits: BundleLimits) {
        self.limits = limits
    }

    /// Counts one more entry of any kind; throws once the count passes `maxEntries`.
    mutating func countEntry() throws(BundleError) {
        entryCount += 1
        if entryCount > limits.maxEntries {
            throw .entryLimitExceeded(limit: limits.maxEntries)
        }
    }

    mutating func skip(_ kind: BundleIssueKind, path: String, detail: String) {
        issues.append(BundleIssue(kind: kind, path: path, detail: detail))
    }

    /// Appends a chunk of an entry's data to `bytes`, checking the limits before keeping anything.
    mutating func append(_ chunk: UnsafeRawBufferPointer, to bytes: inout [UInt8], path: String) throws(BundleError) {
        if bytes.count + chunk.count > limits.maxFileBytes {
            throw .fileSizeLimitExceeded(path: path, limit: limits.maxFileBytes)
        }
        if totalBytes + chunk.count > limits.maxTotalBytes {
            throw .totalSizeLimitExceeded(limit: limits.maxTotalBytes)
        }
        totalBytes += chunk.count
        bytes.append(contentsOf: chunk)
    }

    /// Keeps a file whose bytes were gathered with `append`.
    mutating func keep(path: String, bytes: [UInt8]) {
        files[path] = bytes
    }
}
