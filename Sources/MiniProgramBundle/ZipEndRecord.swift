/// The end of central directory record that closes every zip: 22 bytes from the signature `PK\u{5}\u{6}`,
/// then a comment of up to 65 535 bytes. A zip cut anywhere before the end of that record has lost it.
enum ZipEndRecord {
    /// How many bytes from the end of a zip can hold the record's start: the record and the longest comment.
    static let searchLength = 22 + 0xFFFF

    /// The reason given for a zip without its end record.
    static let missingReason = "its central directory is cut off"

    /// Whether `tail`, the last bytes of a zip (at least `searchLength` of them, or the whole zip), holds a
    /// whole end record: a signature with its 22 bytes and its comment before the end. Bytes after the
    /// comment are allowed, as libarchive allows them.
    static func isPresent(in tail: [UInt8]) -> Bool {
        guard tail.count >= 22 else { return false }
        var start = tail.count - 22
        while start >= 0 {
            if tail[start] == 0x50, tail[start + 1] == 0x4B, tail[start + 2] == 0x05, tail[start + 3] == 0x06 {
                let commentLength = Int(tail[start + 20]) | Int(tail[start + 21]) << 8
                if start + 22 + commentLength <= tail.count { return true }
            }
            start -= 1
        }
        return false
    }
}
