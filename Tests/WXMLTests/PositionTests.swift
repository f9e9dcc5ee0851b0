import Testing
import WXML

/// Lines and columns (Unicode scalars) of elements, attributes, texts and comments.
@Suite("Positions")
struct PositionTests {
    @Test func elementAttributeAndTextPositionsOnFirstLine() throws {
        let document = WXMLParser.parse(#"<view class="a b" id='x'>hello</view>"#)
        let view = try #require(document.elements.first)
        #expect(view.name == "view")
        #expect(at(view) == [1, 1])
        #expect(view.attributes.map(\.name) == ["class", "id"])
        #expect(nameAt(view.attribute("class")) == [1, 7])
        #expect(valueAt(view.attribute("class")) == [1, 14])
        #expect(view.attribute("class")?.value == "a b")
        #expect(nameAt(view.attribute("id")) == [1, 19])
        #expect(valueAt(view.attribute("id")) == [1, 23])
        #expect(document.texts.map(\.text) == ["hello"])
        #expect(at(document.texts[0]) == [1, 26])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func positionsOnLaterLines() throws {
        let source = """
            <view>
              <text class="t"
                    data-id="{{id}}">Hi</text>
            </view>
            """
        let document = WXMLParser.parse(source)
        let text = try #require(firstElement(document, named: "text"))
        #expect(at(text) == [2, 3])
        #expect(nameAt(text.attribute("class")) == [2, 9])
        #expect(valueAt(text.attribute("class")) == [2, 16])
        #expect(nameAt(text.attribute("data-id")) == [3, 9])
        #expect(valueAt(text.attribute("data-id")) == [3, 18])
        #expect(text.attribute("data-id")?.value == "{{id}}")
        // Whitespace-only runs between tags are not reported.
        #expect(document.texts.map(\.text) == ["Hi"])
        #expect(at(document.texts[0]) == [3, 26])
    }

    @Test func textPositionIsTheFirstCharacterAfterTheTag() throws {
        let document = WXMLParser.parse("<view>\n  hello\n</view>")
        let text = try #require(document.texts.first)
        #expect(text.text == "\n  hello\n")
        #expect(at(text) == [1, 7])
    }

    @Test func columnsCountUnicodeScalarsAfterChineseAndEmoji() throws {
        let document = WXMLParser.parse("<view>中文😀<text>x</text></view>")
        // "<view>" is 6 scalars and 中, 文, 😀 one each, so `<text` opens at column 10.
        let text = try #require(firstElement(document, named: "text"))
        #expect(at(text) == [1, 10])
        #expect(document.texts.map(\.text) == ["中文😀", "x"])
        #expect(at(document.texts[0]) == [1, 7])
        #expect(at(document.texts[1]) == [1, 16])
    }

    @Test func chineseAndEmojiBeforeAttributesOnALaterLine() throws {
        let document = WXMLParser.parse("<view>\n👍🏽标题<image src=\"图.png\" mode=\"aspectFit\"/></view>")
        let image = try #require(firstElement(document, named: "image"))
        // 👍🏽 is two scalars (thumbs up + skin tone modifier), 标题 two more.
        #expect(at(image) == [2, 5])
        #expect(nameAt(image.attribute("src")) == [2, 12])
        #expect(valueAt(image.attribute("src")) == [2, 17])
        #expect(image.attribute("src")?.value == "图.png")
        #expect(valueAt(image.attribute("mode")) == [2, 30])
    }

    @Test func crlfLineEndings() throws {
        let document = WXMLParser.parse("<view>\r\n  <text a=\"1\">x\r\ny</text>\r\n</view>\r\n<view>z</view>")
        let text = try #require(firstElement(document, named: "text"))
        #expect(at(text) == [2, 3])
        #expect(nameAt(text.attribute("a")) == [2, 9])
        #expect(valueAt(text.attribute("a")) == [2, 12])
        #expect(document.texts.map(\.text) == ["x\r\ny", "z"])
        #expect(at(document.texts[0]) == [2, 15])
        #expect(at(document.texts[1]) == [5, 7])
        #expect(document.elements.map { at($0) } == [[1, 1], [2, 3], [5, 1]])
    }

    @Test func multiLineStartTagWithGreaterThanInsideQuotes() throws {
        let document = WXMLParser.parse("<view title=\"a>b\"\n\tclass='c'>x</view>")
        let view = try #require(document.elements.first)
        #expect(view.attribute("title")?.value == "a>b")
        #expect(nameAt(view.attribute("class")) == [2, 2])
        #expect(valueAt(view.attribute("class")) == [2, 9])
        #expect(at(document.texts[0]) == [2, 12])
        #expect(document.texts.map(\.text) == ["x"])
    }

    @Test func byteOrderMarkIsNotCounted() throws {
        let document = WXMLParser.parse("\u{FEFF}<view>x</view>")
        let view = try #require(document.elements.first)
        #expect(at(view) == [1, 1])
        #expect(document.texts.map(\.text) == ["x"])
        #expect(at(document.texts[0]) == [1, 7])
    }

    @Test func commentsArePositionedAtTheirBody() throws {
        let document = WXMLParser.parse("<view><!-- 注释 <text>x</text> --><text>y</text></view>\n<!--a-->")
        #expect(outline(document.nodes) == "view[<!-- 注释 <text>x</text> -->,text[\"y\"]],<!--a-->")
        #expect(document.comments.map(\.text) == [" 注释 <text>x</text> ", "a"])
        #expect(at(document.comments[0]) == [1, 11])
        #expect(at(document.comments[1]) == [2, 5])
        #expect(document.elements.map(\.name) == ["view", "text"])
        #expect(at(document.elements[1]) == [1, 33])
        #expect(document.texts.map(\.text) == ["y"])
        #expect(at(document.texts[0]) == [1, 39])
    }
}
