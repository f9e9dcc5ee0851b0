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

    @Test func findsNothingInAnImageWithoutACode() throws {
        for file in ["icon-colored.jpg", "icon-white-with-border.png", "icon-rounded-square.png"] {
            #expect(QRCodeScanner.scan(try ImageDecoder.decode(fixture(file)).grayscale()).isEmpty, "\(file)")
        }
    }

    @Test func anEmptyImageIsScannedSafely() {
        #expect(QRCodeScanner.scan(GrayImage(width: 0, height: 0, pixels: [])).isEmpty)
        #expect(QRCodeScanner.scan(GrayImage(width: 1, height: 1, pixels: [0])).isEmpty)
    }
}
