/// The largest image that is decoded. The header is read first, so a larger image costs nothing.
public struct ImageDecodingLimits: Sendable, Equatable {
    /// Largest width and largest height, in pixels.
    public var maximumSide: Int
    /// Largest width × height, in pixels.
    public var maximumPixels: Int

    public init(maximumSide: Int, maximumPixels: Int) {
        self.maximumSide = maximumSide
        self.maximumPixels = maximumPixels
    }

    /// 4096 × 4096 pixels (64 MiB of RGBA at most).
    public static let `default` = ImageDecodingLimits(maximumSide: 4096, maximumPixels: 4096 * 4096)
}
