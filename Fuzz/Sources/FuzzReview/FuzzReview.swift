import MiniProgramBundle
import ReviewKit

/// Built once, as the batch's workers do: building the rules and the shared automaton for every
/// input would leave little time for fuzzing.
private let reviewer = Reviewer()

/// Builds a bundle from the input (see `FuzzBundle`) and reviews it with every rule.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bundle = FuzzBundle.bundle(from: UnsafeBufferPointer(start: data, count: size))
    let report = reviewer.review(bundle)
    _ = report.findings.count
    return 0
}
