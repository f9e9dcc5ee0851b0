/// The format and pixel size of an image, read from its header bytes alone (no decoding).
public struct ImageInfo: Sendable, Equatable {
    /// Image formats recognised by their signature.
    public enum Format: String, Sendable, CaseIterable {
        case png
        case jpeg
        case gif
        case bmp
        case webp
    }

    public let format: Format
    /// Width in pixels; nil when the header was cut short or the format's size is not read (WebP).
    public let width: Int?
    /// Height in pixels; nil like `width`.
    public let height: Int?

    public init(format: Format, width: Int?, height: Int?) {
        self.format = format
        self.width = width
        self.height = height
    }

    /// Reads the format from the signature and the size from the header: PNG IHDR, the first JPEG
    /// SOFn frame header, the GIF logical screen, the BMP DIB header. Nil when no signature matches.
    public static func read(_ bytes: [UInt8]) -> ImageInfo? {
        let header = ByteReader(bytes)
        if header.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            // Signature, then the IHDR chunk: length (4), type "IHDR" (4), width (4), height (4), big-endian.
            guard header.starts(with: Array("IHDR".utf8), at: 12) else {
                return ImageInfo(format: .png, width: nil, height: nil)
            }
            return ImageInfo(format: .png, width: header.uint32BE(at: 16), height: header.uint32BE(at: 20))
        }
        if header.starts(with: [0xFF, 0xD8]) {
            let size = jpegSize(header)
            return ImageInfo(format: .jpeg, width: size?.width, height: size?.height)
        }
        if header.starts(with: Array("GIF87a".utf8)) || header.starts(with: Array("GIF89a".utf8)) {
            return ImageInfo(format: .gif, width: header.uint16LE(at: 6), height: header.uint16LE(at: 8))
        }
        if header.starts(with: Array("BM".utf8)) {
            let size = bmpSize(header)
            return ImageInfo(format: .bmp, width: size?.width, height: size?.height)
        }
        if header.starts(with: Array("RIFF".utf8)), header.starts(with: Array("WEBP".utf8), at: 8) {
            return ImageInfo(format: .webp, width: nil, height: nil)
        }
        return nil
    }

    /// Walks the JPEG marker segments up to the first start-of-frame (SOF0–SOF15 except DHT, JPG
    /// and DAC), whose header holds the height and then the width, big-endian.
    private static func jpegSize(_ bytes: ByteReader) -> (width: Int, height: Int)? {
        var position = 2
        while position + 3 < bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            let marker = bytes[position + 1]
            if marker == 0xFF {
                // Fill byte before a marker.
                position += 1
                continue
            }
            // Markers without a length: TEM, RST0–RST7, SOI.
            if marker == 0x01 || (0xD0...0xD8).contains(marker) {
                position += 2
                continue
            }
            // Start of scan or end of image before any frame header: no size.
            if marker == 0xDA || marker == 0xD9 { return nil }
            guard let length = bytes.uint16BE(at: position + 2), length >= 2 else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
            if isFrame {
                guard let height = bytes.uint16BE(at: position + 5), let width = bytes.uint16BE(at: position + 7)
                else { return nil }
                return (width, height)
            }
            position += 2 + length
        }
        return nil
    }

    /// BITMAPCOREHEADER (12 bytes) stores 16-bit sizes; later headers store signed 32-bit sizes,
    /// with a negative height for top-down rows.
    private static func bmpSize(_ bytes: ByteReader) -> (width: Int, height: Int)? {
        guard let headerSize = bytes.uint32LE(at: 14) else { return nil }
        if headerSize == 12 {
            guard let width = bytes.uint16LE(at: 18), let height = bytes.uint16LE(at: 20) else { return nil }
            return (width, height)
        }
        guard let width = bytes.uint32LE(at: 18), let height = bytes.uint32LE(at: 22) else { return nil }
        return (abs(Int(Int32(truncatingIfNeeded: width))), abs(Int(Int32(truncatingIfNeeded: height))))
    }
}

/// Bounds-checked reads of integers from a byte array; out-of-range reads give nil.
private struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 { bytes[index] }

    func starts(with prefix: [UInt8], at offset: Int = 0) -> Bool {
        guard offset >= 0, offset + prefix.count <= bytes.count else { return false }
        return bytes[offset..<offset + prefix.count].elementsEqual(prefix)
    }

    func uint16BE(at offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
    }

    func uint16LE(at offset: Int) -> Int? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return Int(bytes[offset + 1]) << 8 | Int(bytes[offset])
    }

    func uint32BE(at offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }

    func uint32LE(at offset: Int) -> Int? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reversed().reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }
}
