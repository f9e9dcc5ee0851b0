import MiniProgramBundle

/// Limits small enough that a bomb is cut off quickly, large enough that real seeds unpack whole.
let limits = BundleLimits(maxTotalBytes: 8 << 20, maxFileBytes: 2 << 20, maxEntries: 2_000)

/// Reads the input as an archive. Any outcome but a crash, a hang or unbounded memory is fine:
/// a bundle, or a `BundleError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let bundle = try BundleReader.read(archive: bytes, name: "fuzz.zip", limits: limits)
        for path in bundle.paths {
            _ = bundle.text(at: path)
        }
    } catch {
        _ = error.description
    }
    return 0
}
