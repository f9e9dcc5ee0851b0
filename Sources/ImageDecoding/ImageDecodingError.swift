/// Why an image was not decoded.
public enum ImageDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes start with neither the PNG nor the JPEG signature.
    case unknownFormat
    /// The decoder reported an error: the file is truncated or corrupt.
    case invalid(EncodedImageFormat)
    /// The header gives a size over the limits; no pixel was decoded.
    case tooLarge(EncodedImageFormat, width: Int, height: Int)
    /// A valid image the decoder does not convert to RGBA (a CMYK JPEG).
    case unsupported(EncodedImageFormat)
    /// The pixel buffer could not be allocated.
    case outOfMemory

    public var description: String {
        switch self {
        case .unknownFormat: "not a PNG or JPEG image"
        case .invalid(let format): "a damaged \(format.rawValue.uppercased()) image"
        case .tooLarge(let format, let width, let height):
            "a \(width)×\(height) \(format.rawValue.uppercased()) image, over the decoding limits"
        case .unsupported(let format): "a \(format.rawValue.uppercased()) image in a colour space that is not decoded"
        case .outOfMemory: "an image too large for the memory available"
        }
    }
}
