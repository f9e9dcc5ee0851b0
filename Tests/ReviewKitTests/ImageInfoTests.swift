import Foundation
import Testing

@testable import ReviewKit

@Suite struct ImageInfoTests {
    static func bytes(_ base64: String) -> [UInt8] { Array(Data(base64Encoded: base64) ?? Data()) }

    @Test func readsPNGSizeFromIHDR() {
        #expect(
            ImageInfo.read(Self.bytes(ExampleImages.png240x160)) == ImageInfo(format: .png, width: 240, height: 160))
        #expect(
            ImageInfo.read(Self.bytes(ExampleImages.png144x144)) == ImageInfo(format: .png, width: 144, height: 144))
    }

    @Test func readsJPEGSizeFromTheFirstFrameHeader() {
        #expect(
            ImageInfo.read(Self.bytes(ExampleImages.jpeg144x144)) == ImageInfo(format: .jpeg, width: 144, height: 144))
        // APP1 and DQT segments and fill bytes before a progressive SOF2 frame of 640×480.
        let jpeg: [UInt8] =
            [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x04, 0x45, 0x78, 0xFF, 0xDB, 0x00, 0x03, 0x00, 0xFF, 0xFF]
            + [0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + [UInt8](repeating: 0, count: 9)
        #expect(ImageInfo.read(jpeg) == ImageInfo(format: .jpeg, width: 640, height: 480))
    }

    @Test func jpegWithoutAFrameHeaderHasNoSize() {
        let scanFirst: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9]
        #expect(ImageInfo.read(scanFirst) == ImageInfo(format: .jpeg, width: nil, height: nil))
        let huffmanOnly: [UInt8] = [0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x40]
        #expect(ImageInfo.read(huffmanOnly) == ImageInfo(format: .jpeg, width: nil, height: nil))
    }

    @Test func readsGIFAndBMPSizes() {
        #expect(
            ImageInfo.read(Self.bytes(ExampleImages.gif144x144)) == ImageInfo(format: .gif, width: 144, height: 144))
        #expect(
            ImageInfo.read(Self.bytes(ExampleImages.bmp144x144)) == ImageInfo(format: .bmp, width: 144, height: 144))
        // A top-down BMP stores a negative height.
        var topDown = Self.bytes(ExampleImages.bmp144x144)
        topDown.replaceSubrange(22..<26, with: [0x70, 0xFF, 0xFF, 0xFF])
        #expect(ImageInfo.read(topDown) == ImageInfo(format: .bmp, width: 144, height: 144))
        // BITMAPCOREHEADER: 16-bit sizes.
        let core: [UInt8] = Array("BM".utf8) + [UInt8](repeating: 0, count: 12) + [12, 0, 0, 0, 32, 0, 16, 0]
        #expect(ImageInfo.read(core) == ImageInfo(format: .bmp, width: 32, height: 16))
    }

    @Test func recognisesWebPAndRefusesOtherBytes() {
        #expect(ImageInfo.read(Self.bytes(ExampleImages.webp))?.format == .webp)
        #expect(ImageInfo.read(Self.bytes(ExampleImages.notAnImage)) == nil)
        #expect(ImageInfo.read([]) == nil)
        #expect(ImageInfo.read(Array("<svg></svg>".utf8)) == nil)
    }

    @Test func truncatedHeadersGiveTheFormatWithoutASize() {
        let png = Self.bytes(ExampleImages.png144x144)
        #expect(ImageInfo.read(Array(png.prefix(18))) == ImageInfo(format: .png, width: nil, height: nil))
        #expect(ImageInfo.read(Array(png.prefix(8))) == ImageInfo(format: .png, width: nil, height: nil))
        #expect(ImageInfo.read(Array("GIF89a".utf8)) == ImageInfo(format: .gif, width: nil, height: nil))
        #expect(ImageInfo.read(Array("BM".utf8)) == ImageInfo(format: .bmp, width: nil, height: nil))
    }
}
