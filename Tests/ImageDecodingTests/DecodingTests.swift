import ImageDecoding
import Testing

@Suite struct DecodingTests {
    @Test func decodesAnRGBAPNG() throws {
        let image = try ImageDecoder.decode(fixture("icon-transparent-background.png"))
        #expect(image.width == 144 && image.height == 144)
        #expect(image[0, 0].alpha == 0)
        #expect(image[72, 72] == RGBAPixel(red: 236, green: 112, blue: 40, alpha: 255))
    }

    @Test func decodesAPalettePNGToRGBA() throws {
        // qrencode writes 1-bit palette PNGs.
        let image = try ImageDecoder.decode(fixture("qr-qq-group.png"))
        #expect(image.rgba.count == image.width * image.height * 4)
        #expect(image[0, 0] == RGBAPixel(red: 255, green: 255, blue: 255, alpha: 255))
    }

    @Test func decodesAJPEG() throws {
        let image = try ImageDecoder.decode(fixture("icon-colored.jpg"))
        #expect(image.width == 144 && image.height == 144)
        let corner = image[2, 2]
        #expect(corner.alpha == 255)
        #expect(abs(Int(corner.red) - 30) < 8 && abs(Int(corner.green) - 90) < 8 && abs(Int(corner.blue) - 200) < 8)
    }

    @Test func grayscaleLaysTransparencyOverWhite() throws {
        let gray = try ImageDecoder.decode(fixture("qr-wechat-group-transparent.png")).grayscale()
        #expect(gray.pixels[0] == 255, "a transparent pixel becomes white")
        #expect(gray.pixels.contains(0), "the modules stay black")
    }

    @Test func grayIsRec601LumaBlendedOverWhiteForEveryAlpha() {
        // Every alpha with 256 colours each, against the formula written out: the conversion is
        // integer arithmetic whose rounding must hold for every blend.
        var rgba: [UInt8] = []
        var expected: [UInt8] = []
        for alpha in 0..<256 {
            for value in 0..<256 {
                let (red, green, blue) = (value, value * 7 % 256, value * 13 % 256)
                rgba += [UInt8(red), UInt8(green), UInt8(blue), UInt8(alpha)]
                let luma = (77 * red + 150 * green + 29 * blue) >> 8
                expected.append(UInt8((luma * alpha + 255 * (255 - alpha) + 127) / 255))
            }
        }
        #expect(DecodedImage(width: 256, height: 256, rgba: rgba).grayscale().pixels == expected)
        #expect(DecodedImage(width: 0, height: 0, rgba: []).grayscale().pixels.isEmpty)
    }

    @Test(arguments: [
        "icon-colored.jpg", "icon-transparent-background.png", "qr-external-link.jpg", "qr-qq-group.png",
        "qr-wechat-group-transparent.png",
    ])
    func decodesStraightToTheSameGray(file: String) throws {
        let bytes = try fixture(file)
        #expect(try ImageDecoder.decodeGrayscale(bytes) == ImageDecoder.decode(bytes).grayscale())
    }

    @Test func recognisesFormatsBySignatureNotName() throws {
        #expect(EncodedImageFormat(signatureOf: try fixture("icon-colored.jpg")) == .jpeg)
        #expect(EncodedImageFormat(signatureOf: try fixture("qr-qq-group.png")) == .png)
        #expect(EncodedImageFormat(signatureOf: Array("GIF89a".utf8)) == nil)
        #expect(throws: ImageDecodingError.unknownFormat) { try ImageDecoder.decode(Array("GIF89a".utf8)) }
    }

    @Test func refusesImagesOverTheLimitsFromTheHeader() throws {
        let small = ImageDecodingLimits(maximumSide: 100, maximumPixels: 100 * 100)
        #expect(throws: ImageDecodingError.tooLarge(.png, width: 144, height: 144)) {
            try ImageDecoder.decode(fixture("icon-white-background.png"), limits: small)
        }
        #expect(throws: ImageDecodingError.tooLarge(.jpeg, width: 144, height: 144)) {
            try ImageDecoder.decode(fixture("icon-colored.jpg"), limits: small)
        }
        let fewPixels = ImageDecodingLimits(maximumSide: 1000, maximumPixels: 144 * 143)
        #expect(throws: ImageDecodingError.tooLarge(.png, width: 144, height: 144)) {
            try ImageDecoder.decode(fixture("icon-white-background.png"), limits: fewPixels)
        }
    }
}
