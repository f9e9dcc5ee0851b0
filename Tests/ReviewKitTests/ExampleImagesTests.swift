import Foundation
import TestSupport
import Testing

@testable import ReviewKit

/// The decoded images of the rule examples are the files in Tests/Fixtures/images, whose README
/// says how they were made.
@Suite struct ExampleImagesTests {
    static let copies: [(file: String, base64: String)] = [
        ("icon-transparent-background.png", ExampleImages.iconTransparentBackground),
        ("icon-white-background.png", ExampleImages.iconWhiteBackground),
        ("icon-white-with-border.png", ExampleImages.iconWhiteWithBorder),
        ("icon-rounded-square.png", ExampleImages.iconRoundedSquare),
        ("icon-colored.jpg", ExampleImages.iconColoredJPEG),
        ("qr-wechat-personal.png", ExampleImages.qrWeChatPersonal),
        ("qr-wechat-group-transparent.png", ExampleImages.qrWeChatGroupTransparent),
        ("qr-qq-group.png", ExampleImages.qrQQGroup),
        ("qr-external-link.png", ExampleImages.qrExternalLink),
        ("qr-external-link.jpg", ExampleImages.qrExternalLinkJPEG),
        ("qr-miniprogram-link.png", ExampleImages.qrMiniProgramLink),
        ("qr-neutral-text.png", ExampleImages.qrNeutralText),
    ]

    @Test(arguments: copies.map(\.file))
    func copyMatchesTheFixture(_ file: String) throws {
        let base64 = try #require(Self.copies.first { $0.file == file }).base64
        let fixture = try Data(contentsOf: RepositoryPaths.imageFixtures.appendingPathComponent(file))
        #expect(Data(base64Encoded: base64) == fixture)
    }

    /// Fixtures only the unit tests read.
    static let withoutCopies: Set<String> = ["qr-2px-module.png", "qr-large.png"]

    @Test func everyOtherFixtureHasACopy() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.imageFixtures.path)
            .filter { $0.hasSuffix(".png") || $0.hasSuffix(".jpg") }
        #expect(Set(files).subtracting(Self.withoutCopies) == Set(Self.copies.map(\.file)))
    }
}
