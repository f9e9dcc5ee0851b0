import Foundation
import ImageDecoding
import MiniProgramBundle

/// The bundle's PNG and JPEG images that are reviewed (not ignored), and the QR codes in them.
///
/// Images are decoded and scanned on the first read of `qrCodes` and the result is kept, so the
/// rules that read it share one scan and a review without those rules decodes nothing. The scan is
/// bounded so that a bundle full of photos still reviews quickly: the smallest images go first
/// (a QR code is usually an image of its own, not part of a photo), and images over the limits
/// below, past the count or past the pixel budget are skipped without a word, as are images that
/// fail to decode (the icon and tabBar rules judge broken files).
///
/// `scanInBackground()` starts the scan on another thread, so that it overlaps the rest of a review.
///
/// `@unchecked Sendable`: the one mutable field, `scanned`, is only touched under `lock`. (An `NSLock`
/// rather than `Synchronization.Mutex`, whose locking the Linux thread sanitizer does not see.)
public final class SubmissionImages: @unchecked Sendable {
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
    private let lock = NSLock()
    /// The scan's result once done; guarded by `lock`, which a scan holds from start to end.
    private var scanned: [ImageQRCode]?

    init(bundle: MiniProgramBundle, paths: [String]) {
        self.bundle = bundle
        self.paths = paths.sorted()
    }

    /// The QR codes in the images, sorted by path and payload; decoded on first use, or waited for
    /// when a background scan is under way.
    public var qrCodes: [ImageQRCode] {
        lock.lock()
        defer { lock.unlock() }
        if let scanned { return scanned }
        let found = scan()
        scanned = found
        return found
    }

    /// Starts decoding and scanning the images on a new thread, when there are any, and returns at
    /// once; `qrCodes` then waits for that scan instead of running its own. For a single review on
    /// an idle machine (the `check` command): the scan, the largest part of a review of a bundle
    /// full of images, then runs beside parsing and the other rules. A batch that already keeps
    /// every core busy gains nothing from it.
    public func scanInBackground() {
        guard !paths.isEmpty else { return }
        Thread.detachNewThread { [self] in
            _ = qrCodes
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
