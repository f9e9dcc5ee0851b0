import ImageDecoding
import MiniProgramBundle
import Synchronization

/// The bundle's PNG and JPEG images that are reviewed (not ignored), and the QR codes in them.
///
/// Images are decoded and scanned on the first read of `qrCodes` and the result is kept, so the
/// rules that read it share one scan and a review without those rules decodes nothing. The scan is
/// bounded so that a bundle full of photos still reviews quickly: images over the limits below are
/// skipped without a word, as are images that fail to decode (the icon and tabBar rules judge
/// broken files).
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
    public static let pixelBudget = 16 * 1024 * 1024

    /// Paths of the reviewed PNG and JPEG files, sorted.
    public let paths: [String]
    private let bundle: MiniProgramBundle
    private let scanned = Mutex<[ImageQRCode]?>(nil)

    init(bundle: MiniProgramBundle, paths: [String]) {
        self.bundle = bundle
        self.paths = paths.sorted()
    }

    /// The QR codes in the images, by path in order; decoded on first use.
    public var qrCodes: [ImageQRCode] {
        scanned.withLock { cached in
            if let cached { return cached }
            let found = scan()
            cached = found
            return found
        }
    }

    /// Decodes the images in path order within the limits, each only while the pixel budget
    /// lasts, and reads the QR codes in them.
    private func scan() -> [ImageQRCode] {
        var codes: [ImageQRCode] = []
        var images = 0
        var pixelsLeft = Self.pixelBudget
        for path in paths where images < Self.maximumImages {
            guard let file = bundle.file(at: path), file.bytes.count <= Self.maximumFileBytes else { continue }
            let limits = ImageDecodingLimits(
                maximumSide: Self.maximumSide, maximumPixels: min(Self.maximumImagePixels, pixelsLeft))
            // The header is checked against the limits before any pixel is decoded.
            guard let image = try? ImageDecoder.decode(file.bytes, limits: limits) else { continue }
            images += 1
            pixelsLeft -= image.width * image.height
            guard min(image.width, image.height) >= Self.minimumSide else { continue }
            codes += QRCodeScanner.scan(image.grayscale()).map { ImageQRCode(path: path, payload: $0) }
        }
        return codes
    }
}
