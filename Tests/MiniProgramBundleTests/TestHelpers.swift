import Foundation
import MiniProgramBundle

/// Runs a read and returns the error it threw, or nil when it succeeded.
///
/// The closure is untyped because closures do not infer `throws(BundleError)` from context yet; the reader's
/// signature already guarantees the type, so any other error would be a bug and traps.
func readError(_ body: () throws -> MiniProgramBundle) -> BundleError? {
    do {
        _ = try body()
        return nil
    } catch let error as BundleError {
        return error
    } catch {
        preconditionFailure("unexpected error type: \(error)")
    }
}

/// The first 16 bytes of a PNG file: not valid UTF-8, so a decoding mistake would show.
let pngBytes: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
]

/// "你好" in GBK/GB18030.
let gbkNiHao: [UInt8] = [0xC4, 0xE3, 0xBA, 0xC3]

/// Deterministic incompressible bytes (SplitMix64), so truncation cuts through real data.
func noise(count: Int, seed: UInt64 = 0x5EED) -> [UInt8] {
    var state = seed
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        for shift in stride(from: 0, to: 64, by: 8) where bytes.count < count {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }
    return bytes
}

/// A fresh folder under the system temporary directory; the caller removes it with `defer`.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mpcheck-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes files (relative path → bytes) under `root`, creating folders as needed.
func writeTree(_ files: [String: [UInt8]], under root: URL) throws {
    for (path, bytes) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}

/// `text` in UTF-16 with a byte order mark, little- or big-endian.
func utf16Bytes(_ text: String, bigEndian: Bool) -> [UInt8] {
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in text.utf16 {
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        bytes += bigEndian ? [high, low] : [low, high]
    }
    return bytes
}
