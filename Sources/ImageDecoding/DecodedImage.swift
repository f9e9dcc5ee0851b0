/// An image decoded to 8-bit RGBA in memory.
public struct DecodedImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width` × `height` pixels, row by row from the top, 4 bytes each: red, green, blue, alpha
    /// (not premultiplied).
    public let rgba: [UInt8]

    /// `rgba` must hold exactly `width` × `height` × 4 bytes.
    public init(width: Int, height: Int, rgba: [UInt8]) {
        precondition(width >= 0 && height >= 0 && rgba.count == width * height * 4, "pixel count mismatch")
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The pixel in column `x` and row `y`, both 0-based from the top left.
    public subscript(x: Int, y: Int) -> RGBAPixel {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel outside the image")
        let offset = (y * width + x) * 4
        return RGBAPixel(red: rgba[offset], green: rgba[offset + 1], blue: rgba[offset + 2], alpha: rgba[offset + 3])
    }

    /// The image in 8-bit gray, laid over white first, so that dark marks on a transparent
    /// background (a QR code exported without a background) stay dark on light.
    public func grayscale() -> GrayImage {
        let gray = rgba.withUnsafeBufferPointer { pixels in
            // An empty image has no storage to point at, and no pixel to convert.
            pixels.baseAddress.map { ImageDecoder.gray(fromRGBA: $0, count: width * height) } ?? []
        }
        return GrayImage(width: width, height: height, pixels: gray)
    }
}
