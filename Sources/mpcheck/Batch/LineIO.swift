#if canImport(Glibc)
    import Glibc
#endif

/// Lines over the pipes between `mpcheck batch` and its workers, read and written with plain system calls.
///
/// Neither function owns the descriptor. Calls interrupted by a signal are retried.
enum LineIO {
    /// Reads newline-terminated lines from a descriptor.
    struct Reader {
        let descriptor: Int32
        private var buffer: [UInt8] = []
        /// Bytes of `buffer` already searched for a line break, so a long line is scanned once.
        private var scanned = 0
        /// Bytes read at most per `read` call.
        static let chunkSize = 1 << 16

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        /// The next line without its line break; nil at the end of input or on a read error. Bytes after
        /// the last line break are dropped: a message cut short is no message.
        mutating func next() -> [UInt8]? {
            while true {
                if let end = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                    let line = Array(buffer[..<end])
                    buffer.removeSubrange(...end)
                    scanned = 0
                    return line
                }
                scanned = buffer.count
                var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR {
                    continue
                }
                guard count > 0 else { return nil }
                buffer += chunk[..<count]
            }
        }
    }

    /// Writes all of `bytes`, retrying short writes; false when the descriptor fails (for a pipe: nobody
    /// reads it any more).
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR {
                continue
            }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
