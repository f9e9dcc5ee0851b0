/// An image in 8-bit gray (0 black, 255 white), the input of the QR-code scanner.
public struct GrayImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width` × `height` bytes, row by row from the top.
    public let pixels: [UInt8]

    /// `pixels` must hold exactly `width` × `height` bytes.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height, "pixel count mismatch")
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}
