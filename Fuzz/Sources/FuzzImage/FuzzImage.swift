import ImageDecoding

/// Decodes the input as a PNG or JPEG within the default limits and, when it decodes, scans it for
/// QR codes, as the image rules do.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let image = try? ImageDecoder.decode(bytes) {
        _ = QRCodeScanner.scan(image.grayscale())
    }
    return 0
}
