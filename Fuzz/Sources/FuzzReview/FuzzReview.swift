import MiniProgramBundle
import ReviewKit

/// Builds a bundle from the input (see `FuzzBundle`) and reviews it with every rule.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bundle = FuzzBundle.bundle(from: UnsafeBufferPointer(start: data, count: size))
    let report = Reviewer().review(bundle)
    _ = report.findings.count
    return 0
}
