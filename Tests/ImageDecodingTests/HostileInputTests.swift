import ImageDecoding
import Testing

/// Damaged and lying images end in an error or in pixels, never in a crash, a hang or a huge
/// allocation.
@Suite struct HostileInputTests {
    /// Decodes and checks the outcome is coherent: pixels of the promised size, or an error.
    static func decodeSafely(_ bytes: [UInt8]) {
        do {
            let image = try ImageDecoder.decode(bytes)
            #expect(image.rgba.count == image.width * image.height * 4)
            #expect(image.width <= ImageDecodingLimits.default.maximumSide)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: ["qr-qq-group.png", "icon-transparent-background.png", "icon-colored.jpg"])
    func everyTruncationIsSafe(_ file: String) throws {
        let bytes = try fixture(file)
        for length in 0..<bytes.count {
            Self.decodeSafely(Array(bytes.prefix(length)))
        }
    }

    @Test func truncatedPNGDataIsAnError() throws {
        let bytes = try fixture("icon-white-background.png")
        #expect(throws: ImageDecodingError.invalid(.png)) { try ImageDecoder.decode(Array(bytes.prefix(60))) }
    }

    @Test(arguments: ["qr-external-link.png", "icon-rounded-square.png", "icon-colored.jpg", "qr-external-link.jpg"])
    func corruptBytesAreSafe(_ file: String) throws {
        let original = try fixture(file)
        var generator = SplitMix64(seed: 0x6D70_6368_6563_6B21)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                // Keep the signature, so the decoder (not the format check) meets the damage.
                let position = Int.random(in: 3..<bytes.count, using: &generator)
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            }
            Self.decodeSafely(bytes)
        }
    }

    @Test func aPNGHeaderClaimingAHugeImageIsRefusedBeforeDecoding() {
        // A valid signature and IHDR for 100 000 × 100 000 RGBA pixels (40 GB), then a tiny IDAT.
        let png = PNGBytes.make(
            width: 100_000, height: 100_000, idat: [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])
        #expect(throws: ImageDecodingError.tooLarge(.png, width: 100_000, height: 100_000)) {
            try ImageDecoder.decode(png)
        }
        // Past libpng's own limit of 2^31 - 1: refused by libpng itself.
        #expect(throws: ImageDecodingError.invalid(.png)) {
            try ImageDecoder.decode(PNGBytes.make(width: 0xFFFF_FFFF, height: 1, idat: []))
        }
    }

    @Test func aPNGWithinTheLimitsButWithoutItsDataIsAnError() {
        // 4096 × 4096 is accepted by the header check; the missing pixel data then fails the decode.
        let png = PNGBytes.make(width: 4096, height: 4096, idat: [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])
        #expect(throws: ImageDecodingError.invalid(.png)) { try ImageDecoder.decode(png) }
    }

    @Test func aJPEGFrameHeaderClaimingAHugeImageIsRefused() throws {
        // The fixture with its SOF0 size rewritten to 65 500 × 65 500.
        var bytes = try fixture("icon-colored.jpg")
        let sof = try #require(bytes.indices.dropLast().first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
        bytes.replaceSubrange(sof + 5..<sof + 9, with: [0xFF, 0xDC, 0xFF, 0xDC])
        #expect(throws: ImageDecodingError.tooLarge(.jpeg, width: 65_500, height: 65_500)) {
            try ImageDecoder.decode(bytes)
        }
    }

    @Test func signaturesAloneAreErrors() {
        #expect(throws: ImageDecodingError.invalid(.png)) {
            try ImageDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        }
        #expect(throws: ImageDecodingError.invalid(.jpeg)) { try ImageDecoder.decode([0xFF, 0xD8, 0xFF]) }
        #expect(throws: ImageDecodingError.unknownFormat) { try ImageDecoder.decode([]) }
    }
}

/// A deterministic random number generator, so a failing corruption can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Hand-made PNG files with correct chunk checksums.
enum PNGBytes {
    static func make(width: UInt32, height: UInt32, idat: [UInt8]) -> [UInt8] {
        // 8-bit RGBA, deflate, adaptive filtering, no interlace.
        let header = bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat)
            + chunk("IEND", [])
    }

    static func chunk(_ kind: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(kind.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// CRC-32 as PNG defines it (ISO 3309, reflected polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
