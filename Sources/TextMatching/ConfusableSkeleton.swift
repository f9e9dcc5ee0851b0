internal import CICUSkeleton

/// UTS #39 confusable skeletons from the system ICU: two strings that look alike across
/// scripts (`WеChat` with a Cyrillic `е` and `WeChat`) have the same skeleton.
enum ConfusableSkeleton {
    /// The skeleton of `text`, or nil when ICU fails.
    static func of(_ text: String) -> String? {
        let input = Array(text.utf16)
        var capacity = max(16, input.count * 2)
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            let written = input.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    mpcheck_confusable_skeleton(
                        source.baseAddress, Int32(source.count), target.baseAddress, Int32(target.count))
                }
            }
            if written < 0 { return nil }
            if Int(written) <= capacity {
                return String(decoding: output[0..<Int(written)], as: UTF16.self)
            }
            capacity = Int(written)
        }
    }
}
