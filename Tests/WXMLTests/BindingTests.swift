import Testing
import WXML

/// `{{ }}` bindings holding `<`, `>` and `&`, and character references around them.
@Suite("Bindings")
struct BindingTests {
    @Test func lessThanAndAmpersandInAttributeBindings() throws {
        let document = WXMLParser.parse(
            #"<view wx:if="{{a < b && c > d}}" hidden="{{x&&y}}" title="a &amp; b {{ '&lt;' }}"><text>ok</text></view>"#
        )
        let view = try #require(document.elements.first)
        #expect(view.attribute("wx:if")?.value == "{{a < b && c > d}}")
        #expect(view.attribute("hidden")?.value == "{{x&&y}}")
        // Entities outside the binding are decoded; inside it the binding is kept as written.
        #expect(view.attribute("title")?.value == "a & b {{ '&lt;' }}")
        #expect(valueAt(view.attribute("hidden")) == [1, 42])
        #expect(outline(document.nodes) == #"view[text["ok"]]"#)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func lessThanAndAmpersandInTextBindings() throws {
        let document = WXMLParser.parse("<text>{{a < b}} and {{a && b}} &lt; {{c<d}}</text>\n<view>after</view>")
        #expect(outline(document.nodes) == #"text["{{a < b}} and {{a && b}} < {{c<d}}"],view["after"]"#)
        #expect(document.texts.map { at($0) } == [[1, 7], [2, 7]])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func bindingThatLooksLikeATag() {
        let document = WXMLParser.parse("<view>{{a<view.b}}</view><text>{{x}}</text>")
        #expect(outline(document.nodes) == #"view["{{a<view.b}}"],text["{{x}}"]"#)
        #expect(at(document.elements[1]) == [1, 26])
    }

    @Test func unterminatedBindingDoesNotSwallowMarkup() {
        let document = WXMLParser.parse("<view>{{ a <text>b</text> {{c}}</view>")
        #expect(outline(document.nodes) == #"view["{{ a ",text["b"]," {{c}}"]"#)
        #expect(document.texts.map { at($0) } == [[1, 7], [1, 18], [1, 26]])
    }

    @Test func sourceAlreadyHoldingThePrivateUseMaskCharacter() {
        let document = WXMLParser.parse("<text>\u{E000}\u{E001}{{a<b && c}}</text><view a=\"\u{E002}\"/>")
        #expect(document.texts.map(\.text) == ["\u{E000}\u{E001}{{a<b && c}}"])
        #expect(document.elements[1].attribute("a")?.value == "\u{E002}")
    }

    @Test func privateUseCharactersAmongFullWidthPunctuationAreAvoided() {
        // Full-width punctuation shares its lead byte with U+F000...U+F8FF; the mask must still see
        // U+E005 after it (the first free block of three is then U+E008...U+E00A).
        let source = "<text>\u{E000}（\u{E005}）\u{F8FF}{{a<b && c}}</text>"
        #expect(WXMLParser.parse(source).texts.map(\.text) == ["\u{E000}（\u{E005}）\u{F8FF}{{a<b && c}}"])
    }

    @Test func entitiesInTextAreDecoded() {
        let document = WXMLParser.parse("<text>a&nbsp;b &lt;c&gt; &amp;&#20013;&#x6587;</text>")
        #expect(document.texts.map(\.text) == ["a\u{00A0}b <c> &中文"])
        #expect(document.texts.map { at($0) } == [[1, 7]])
    }

    @Test func textStartingWithAnEntity() {
        let document = WXMLParser.parse("<view><text>x</text>&lt;y&gt;</view>")
        #expect(document.texts.map(\.text) == ["x", "<y>"])
        #expect(document.texts.map { at($0) } == [[1, 13], [1, 21]])
    }
}
