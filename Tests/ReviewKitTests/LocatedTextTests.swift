import Testing

@testable import ReviewKit

@Suite struct LocatedTextTests {
    @Test func mapsOffsetsAcrossLines() {
        let text = LocatedText(
            kind: .wxmlText, text: "\n  中文😀\r\n  分享", file: "a.wxml", line: 3, column: 7, verbatim: true)
        #expect(text.location(atScalarOffset: 0) == .file("a.wxml", line: 3, column: 7))
        #expect(text.location(atScalarOffset: 3) == .file("a.wxml", line: 4, column: 3))
        #expect(text.location(atScalarOffset: 5) == .file("a.wxml", line: 4, column: 5))
        #expect(text.location(atScalarOffset: 10) == .file("a.wxml", line: 5, column: 3))
    }

    @Test func escapedTextMapsToItsStart() {
        let text = LocatedText(kind: .scriptString, text: "a\nb", file: "a.js", line: 2, column: 5, verbatim: false)
        #expect(text.location(atScalarOffset: 2) == .file("a.js", line: 2, column: 5))
    }

    @Test func metadataOffsetsAreFieldColumns() {
        let name = LocatedText(kind: .name, text: "😀国家级", file: nil, line: 1, column: 1, verbatim: true)
        #expect(name.location(atScalarOffset: 1) == .field(.name, column: 2))
    }
}
