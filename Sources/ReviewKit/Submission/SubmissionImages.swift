import ImageDecoding
import MiniProgramBundle
import Synchronization

/// The bundle's PNG and JPEG images that are reviewed (not ignored), and the QR codes in them.
///
/// Images are decoded and scanned on the first read of `qrCodes` and the result is kept, so the
/// rules that read it share one scan and a review without those rules decodes nothing. The scan is
/// bounded so that a bundle full of photos still reviews quickly: the smallest images go first
/// (a QR code is usually an image of its own, not part of a photo), and images over the limits
/// below, past the count or past the pixel budget are skipped without a word, as are images that
/// fail to decode (the icon and tabBar rules judge broken files).
public final class SubmissionImages: Sendable {
    /// Extensions of the files that are scanned, lower-case.
    public static let extensions: Set<String> = ["png", "jpg", "jpeg"]
    /// Largest file scanned, in bytes.
    public static let maximumFileBytes = 4 * 1024 * 1024
    /// Largest image scanned, in pixels (width × height), and its longest side.
    public static let maximumImagePixels = 4 * 1024 * 1024
    public static let maximumSide = 4096
    /// Smallest side that can hold a QR code (21 modules), in pixels.
    public static let minimumSide = 21
    /// Most images scanned in one bundle, and most pixels decoded in all of them together.
    public static let maximumImages = 200
    public static let pixelBudget = 8 * 1024 * 1024

    /// Paths of the reviewed PNG and JPEG files, sorted.
    public let paths: [String]
    private let bundle: MiniProgramBundle
    private let scanned = Mutex<[ImageQRCode]?>(nil)

    init(bundle: MiniProgramBundle, paths: [String]) {
        self.bundle = bundle
        self.paths = paths.sorted()
    }

    /// The QR codes in the images, sorted by path and payload; decoded on first use.
    public var qrCodes: [ImageQRCode] {
        scanned.withLock { cached in
            if let cached { return cached }
            let found = scan()
            cached = found
            return found
        }
    }

    /// Decodes the images within the limits, smallest first while the count and the pixel budget
    /// last, and reads the QR codes in them.
    private func scan() -> [ImageQRCode] {
        // Sizes come from the headers, so skipped images cost nothing.
        let candidates = paths.compactMap { path -> (path: String, bytes: [UInt8], pixels: Int)? in
            guard let file = bundle.file(at: path), file.bytes.count <= Self.maximumFileBytes,
                let info = ImageInfo.read(file.bytes), let width = info.width, let height = info.height,
                min(width, height) >= Self.minimumSide, max(width, height) <= Self.maximumSide,
                width * height <= Self.maximumImagePixels
            else { return nil }
            return (path, file.bytes, width * height)
        }
        .sorted { ($0.pixels, $0.path) < ($1.pixels, $1.path) }

        var codes: [ImageQRCode] = []
        var pixelsLeft = Self.pixelBudget
        for candidate in candidates.prefix(Self.maximumImages) {
            guard candidate.pixels <= pixelsLeft else { break }
            pixelsLeft -= candidate.pixels
            // The decoder checks the header against the same limits before decoding any pixel.
            let limits = ImageDecodingLimits(maximumSide: Self.maximumSide, maximumPixels: candidate.pixels)
            guard let image = try? ImageDecoder.decodeGrayscale(candidate.bytes, limits: limits) else { continue }
            codes += QRCodeScanner.scan(image).map { ImageQRCode(path: candidate.path, payload: $0) }
        }
        return codes.sorted { ($0.path, $0.payload) < ($1.path, $1.payload) }
    }
}
