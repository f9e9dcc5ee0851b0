import ImageDecoding
import Testing

@Suite struct QRCodeScannerTests {
    static let payloads: [(file: String, payload: String)] = [
        ("qr-wechat-personal.png", "https://u.wechat.com/EMzJd2Vd3_9sXDhDg3gWpJs"),
        ("qr-wechat-group-transparent.png", "https://weixin.qq.com/g/AwYAAJ2Xc0NnBdP6"),
        ("qr-qq-group.png", "https://qm.qq.com/q/5ZyQk3dEbe"),
        ("qr-external-link.png", "https://shop.example.com/promo?from=mp"),
        ("qr-external-link.jpg", "https://shop.example.com/promo?from=mp"),
        ("qr-miniprogram-link.png", "https://wxaurl.cn/bR7kQ2pXy1a"),
        ("qr-neutral-text.png", "会员卡号 1002 3456"),
    ]

    @Test(arguments: payloads.map(\.file))
    func readsThePayload(_ file: String) throws {
        let expected = try #require(Self.payloads.first { $0.file == file }).payload
        let image = try ImageDecoder.decode(fixture(file))
        #expect(QRCodeScanner.scan(image.grayscale()) == [expected])
    }

    @Test func readsCodesOfTwoPixelsAModuleInASmallImage() throws {
        let image = try ImageDecoder.decode(fixture("qr-2px-module.png")).grayscale()
        #expect(image.width * image.height <= QRCodeScanner.everyLinePixels)
        #expect(QRCodeScanner.scan(image) == ["https://qm.qq.com/q/5ZyQk3dEbe"])
    }

    @Test func readsCodesOfThreePixelsAModuleInALargeImage() throws {
        // The 111-pixel code of 3 pixels a module, pasted near the bottom right of a 1200 × 800 poster.
        let code = try ImageDecoder.decode(fixture("qr-qq-group.png")).grayscale()
        let width = 1200
        let height = 800
        var pixels = [UInt8](repeating: 230, count: width * height)
        for y in 0..<code.height {
            for x in 0..<code.width {
                pixels[(650 + y) * width + 1050 + x] = code.pixels[y * code.width + x]
            }
        }
        let poster = GrayImage(width: width, height: height, pixels: pixels)
        #expect(width * height > QRCodeScanner.everyLinePixels)
        #expect(QRCodeScanner.scan(poster) == ["https://qm.qq.com/q/5ZyQk3dEbe"])
    }

    @Test func findsNothingInAnImageWithoutACode() throws {
        for file in ["icon-colored.jpg", "icon-white-with-border.png", "icon-rounded-square.png"] {
            #expect(QRCodeScanner.scan(try ImageDecoder.decode(fixture(file)).grayscale()).isEmpty, "\(file)")
        }
    }

    /// Batch reviews decode and scan from several threads at once.
    @Test func decodesAndScansFromManyTasksAtOnce() async throws {
        let inputs = try Self.payloads.map { (try fixture($0.file), $0.payload) }
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                for (bytes, payload) in inputs {
                    group.addTask {
                        let image = try? ImageDecoder.decode(bytes)
                        return image.map { QRCodeScanner.scan($0.grayscale()) } == [payload]
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 8 * inputs.count)
        #expect(results.allSatisfy { $0 })
    }

    @Test func anEmptyImageIsScannedSafely() {
        #expect(QRCodeScanner.scan(GrayImage(width: 0, height: 0, pixels: [])).isEmpty)
        #expect(QRCodeScanner.scan(GrayImage(width: 1, height: 1, pixels: [0])).isEmpty)
    }
}
