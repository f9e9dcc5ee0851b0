/// Where a zip's central directory and its end record start, found by their signatures: for tests
/// that cut a zip at a chosen place.
public struct ZipLayout: Sendable {
    /// Offset of the first central directory header (`PK\u{1}\u{2}`).
    public let centralDirectory: Int
    /// Offset of the last end of central directory record (`PK\u{5}\u{6}`).
    public let endRecord: Int

    /// The layout of `zip`, or nil when either signature is missing.
    public init?(of zip: [UInt8]) {
        func offsets(of signature: [UInt8]) -> [Int] {
            zip.count < 4 ? [] : (0...(zip.count - 4)).filter { zip[$0..<($0 + 4)].elementsEqual(signature) }
        }
        guard let centralDirectory = offsets(of: [0x50, 0x4B, 0x01, 0x02]).first,
            let endRecord = offsets(of: [0x50, 0x4B, 0x05, 0x06]).last
        else { return nil }
        self.centralDirectory = centralDirectory
        self.endRecord = endRecord
    }
}
