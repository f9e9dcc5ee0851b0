internal import CImageCodecs

/// Decodes PNG (libpng) and JPEG (libjpeg) images held in memory to RGBA, within limits. Hostile
/// bytes end in an error, never in a crash: both libraries' error exits stay inside the C target.
public enum ImageDecoder {
    /// Decodes `bytes`, recognised by their signature whatever the file's name.
    public static func decode(
        _ bytes: [UInt8], limits: ImageDecodingLimits = .default
    ) throws(ImageDecodingError) -> DecodedImage {
        try withDecodedPixels(bytes, limits: limits) { pixels, width, height in
            DecodedImage(
                width: width, height: height, rgba: Array(UnsafeBufferPointer(start: pixels, count: width * height * 4))
            )
        }
    }

    /// Decodes `bytes` straight to gray, as `decode(_:limits:)` followed by `DecodedImage.grayscale()`
    /// gives it (the same values), without copying the RGBA pixels: the gray bytes are written from
    /// the decoder's buffer straight into the result.
    public static func decodeGrayscale(
        _ bytes: [UInt8], limits: ImageDecodingLimits = .default
    ) throws(ImageDecodingError) -> GrayImage {
        try withDecodedPixels(bytes, limits: limits) { pixels, width, height in
            GrayImage(width: width, height: height, pixels: gray(fromRGBA: pixels, count: width * height))
        }
    }

    /// `count` RGBA pixels in 8-bit gray, laid over white (`DecodedImage.grayscale()`): Rec. 601
    /// luma in 8.8 fixed point, (77 R + 150 G + 29 B) >> 8, blended with white by alpha, rounded.
    /// The one conversion both gray paths use, in a C loop the compiler vectorises.
    static func gray(fromRGBA pixels: UnsafePointer<UInt8>, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            mpcheck_rgba_to_gray(pixels, buffer.baseAddress, count)
            initialized = count
        }
    }

    /// Decodes `bytes` to RGBA and calls `body` with the decoder's pixel buffer (width × height × 4
    /// bytes), its width and its height; the buffer is freed afterwards.
    private static func withDecodedPixels<Result>(
        _ bytes: [UInt8], limits: ImageDecodingLimits, _ body: (UnsafePointer<UInt8>, Int, Int) -> Result
    ) throws(ImageDecodingError) -> Result {
        guard let format = EncodedImageFormat(signatureOf: bytes) else { throw .unknownFormat }
        let cLimits = mpcheck_decode_limits(
            max_side: UInt32(clamping: max(0, limits.maximumSide)),
            max_pixels: UInt64(clamping: max(0, limits.maximumPixels)))
        var image = mpcheck_rgba_image()
        let status = bytes.withUnsafeBufferPointer { buffer in
            switch format {
            case .png: mpcheck_decode_png(buffer.baseAddress, buffer.count, cLimits, &image)
            case .jpeg: mpcheck_decode_jpeg(buffer.baseAddress, buffer.count, cLimits, &image)
            }
        }
        defer { mpcheck_image_free(image.pixels) }
        switch status {
        case MPCHECK_DECODE_OK:
            guard let pixels = image.pixels else { throw .invalid(format) }
            return body(UnsafePointer(pixels), Int(image.width), Int(image.height))
        case MPCHECK_DECODE_TOO_LARGE:
            throw .tooLarge(format, width: Int(image.width), height: Int(image.height))
        case MPCHECK_DECODE_UNSUPPORTED:
            throw .unsupported(format)
        case MPCHECK_DECODE_NO_MEMORY:
            throw .outOfMemory
        default:
            throw .invalid(format)
        }
    }
}
