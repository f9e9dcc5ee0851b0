import MiniProgramBundle

/// The input format of the review fuzzer: files separated by NUL bytes, each a path, a line feed
/// and the file's bytes. A chunk without a line feed is an empty file named by the whole chunk.
///
/// `scripts/fuzz-seeds` writes sample packages in this format.
enum FuzzBundle {
    /// Splits `input` into files; a later file with the same path replaces an earlier one.
    static func files(from input: UnsafeBufferPointer<UInt8>) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for chunk in input.split(separator: 0, omittingEmptySubsequences: true) {
            guard let newline = chunk.firstIndex(of: 0x0A) else {
                files[String(decoding: chunk, as: UTF8.self)] = []
                continue
            }
            let path = String(decoding: chunk[chunk.startIndex..<newline], as: UTF8.self)
            files[path] = Array(chunk[(newline + 1)...])
        }
        return files
    }

    /// The bundle those files make, reviewed as if unpacked from an upload called `fuzz`.
    static func bundle(from input: UnsafeBufferPointer<UInt8>) -> MiniProgramBundle {
        MiniProgramBundle(source: "fuzz", files: files(from: input))
    }
}
