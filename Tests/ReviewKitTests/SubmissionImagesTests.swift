import Foundation
import ImageDecoding
import MiniProgramBundle
import ReviewKit
import TestSupport
import Testing

@Suite struct SubmissionImagesTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: RepositoryPaths.imageFixtures.appendingPathComponent(name)))
    }

    static func submission(_ files: [String: [UInt8]]) -> Submission {
        var all = files
        all["app.json"] = Array(#"{"pages": ["pages/index/index"]}"#.utf8)
        return SubmissionBuilder.build(bundle: MiniProgramBundle(source: "t", files: all))
    }

    @Test func findsCodesInPNGAndJPEGByPathSkippingIgnoredFolders() throws {
        let submission = Self.submission([
            "images/b.jpg": try Self.fixture("qr-external-link.jpg"),
            "images/a.png": try Self.fixture("qr-qq-group.png"),
            "images/c.gif": try Self.fixture("qr-wechat-personal.png"),
            "node_modules/kit/qr.png": try Self.fixture("qr-wechat-personal.png"),
        ])
        #expect(submission.images.paths == ["images/a.png", "images/b.jpg"])
        #expect(
            submission.images.qrCodes == [
                ImageQRCode(path: "images/a.png", payload: "https://qm.qq.com/q/5ZyQk3dEbe"),
                ImageQRCode(path: "images/b.jpg", payload: "https://shop.example.com/promo?from=mp"),
            ])
    }

    @Test func aScanStartedAheadGivesTheSameCodes() throws {
        var files = [
            "images/b.jpg": try Self.fixture("qr-external-link.jpg"),
            "images/a.png": try Self.fixture("qr-qq-group.png"),
            "images/c.png": try Self.fixture("icon-colored.jpg"),
        ]
        files["app.json"] = Array(#"{"pages": ["pages/index/index"]}"#.utf8)
        let bundle = MiniProgramBundle(source: "t", files: files)
        let ahead = SubmissionBuilder.build(bundle: bundle, scansImagesAhead: true)
        let onDemand = SubmissionBuilder.build(bundle: bundle)
        #expect(ahead.images.qrCodes == onDemand.images.qrCodes)
        #expect(ahead.images.qrCodes.count == 2)
    }

    @Test func onlyAConfigurationThatTurnsBothQRRulesOffReadsNoCodes() {
        #expect(Reviewer.readsImageQRCodes(configuration: .default))
        #expect(Reviewer.readsImageQRCodes(configuration: ReviewConfiguration(rules: ["qr-code-contact": .off])))
        #expect(Reviewer.readsImageQRCodes(configuration: ReviewConfiguration(rules: ["qr-code-contact": .info])))
        let neither = ReviewConfiguration(rules: ["qr-code-contact": .off, "qr-code-external-link": .off])
        #expect(!Reviewer.readsImageQRCodes(configuration: neither))
    }

    @Test func damagedAndMislabelledImagesAreSkippedWithoutAWord() throws {
        let code = try Self.fixture("qr-wechat-personal.png")
        let submission = Self.submission([
            "images/cut.png": Array(code.prefix(code.count / 2)),
            "images/text.png": Array("<html></html>".utf8),
            "images/empty.jpg": [],
            "images/renamed.jpg": code,
        ])
        #expect(submission.images.qrCodes.map(\.path) == ["images/renamed.jpg"])
    }

    @Test func imagesOverTheSizeLimitsAreNotDecoded() throws {
        // 2109 × 2109 pixels: over the 4-megapixel limit, though the decoder itself reads it.
        let large = try Self.fixture("qr-large.png")
        let padded =
            try Self.fixture("qr-qq-group.png") + [UInt8](repeating: 0, count: SubmissionImages.maximumFileBytes)
        let submission = Self.submission(["images/large.png": large, "images/padded.png": padded])
        #expect(submission.images.qrCodes.isEmpty)
        let decoded = try ImageDecoder.decode(large)
        #expect(decoded.width * decoded.height > SubmissionImages.maximumImagePixels)
        #expect(QRCodeScanner.scan(decoded.grayscale()) == ["https://qm.qq.com/q/5ZyQk3dEbe"])
    }
}
