import Testing
import WXML

/// Attribute names, values (valueless, empty, bound) and their positions.
@Suite("Attributes")
struct AttributeTests {
    @Test func valuelessEmptyFalseAndBoundFalse() throws {
        let document = WXMLParser.parse(
            #"<video autoplay controls="" muted="false" loop="{{false}}"></video>"#)
        let video = try #require(document.elements.first)
        #expect(video.attributes.map(\.name) == ["autoplay", "controls", "muted", "loop"])

        let autoplay = try #require(video.attribute("autoplay"))
        #expect(autoplay.value == nil)
        #expect(nameAt(autoplay) == [1, 8])
        #expect(valueAt(autoplay) == [1, 8])

        #expect(video.attribute("controls")?.value == "")
        #expect(nameAt(video.attribute("controls")) == [1, 17])
        #expect(valueAt(video.attribute("controls")) == [1, 27])

        #expect(video.attribute("muted")?.value == "false")
        #expect(nameAt(video.attribute("muted")) == [1, 29])
        #expect(valueAt(video.attribute("muted")) == [1, 36])

        #expect(video.attribute("loop")?.value == "{{false}}")
        #expect(nameAt(video.attribute("loop")) == [1, 43])
        #expect(valueAt(video.attribute("loop")) == [1, 49])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func valuelessAttributeAtTheEndOfASelfClosingTag() throws {
        let document = WXMLParser.parse("<scroll-view scroll-y/><input disabled />")
        #expect(document.elements.map(\.name) == ["scroll-view", "input"])
        #expect(document.elements[0].attributes.map(\.name) == ["scroll-y"])
        #expect(document.elements[0].attribute("scroll-y")?.value == nil)
        #expect(document.elements[1].attribute("disabled")?.value == nil)
        #expect(valueAt(document.elements[1].attribute("disabled")) == [1, 31])
    }

    @Test func directivesEventsAndDataAttributesKeepTheirCasing() throws {
        let source = """
            <scroll-view scroll-y bindScrollToLower="more" wx:for="{{list}}" wx:for-item="row" \
            wx:key="id" bind:tap="onTap" catchtap="stop" data-item-id="{{row.id}}"></scroll-view>
            """
        let document = WXMLParser.parse(source)
        let view = try #require(document.elements.first)
        #expect(view.name == "scroll-view")
        #expect(
            view.attributes.map(\.name) == [
                "scroll-y", "bindScrollToLower", "wx:for", "wx:for-item", "wx:key", "bind:tap", "catchtap",
                "data-item-id",
            ])
        #expect(view.attribute("bindscrolltolower")?.name == "bindScrollToLower")
        #expect(view.attribute("BINDSCROLLTOLOWER")?.value == "more")
        #expect(view.attribute("wx:for")?.value == "{{list}}")
        #expect(view.attribute("bind:tap")?.value == "onTap")
        #expect(view.attribute("data-item-id")?.value == "{{row.id}}")
        #expect(nameAt(view.attribute("wx:for")) == [1, 48])
        #expect(valueAt(view.attribute("wx:for")) == [1, 56])
        #expect(view.attribute("missing") == nil)
    }

    @Test func conditionalChain() {
        let document = WXMLParser.parse(
            """
            <view wx:if="{{view == 'WEBVIEW'}}"> WEBVIEW </view>
            <view wx:elif="{{view == 'APP'}}"> APP </view>
            <view wx:else> MINA </view>
            """)
        #expect(document.elements.map { $0.attributes.first?.name } == ["wx:if", "wx:elif", "wx:else"])
        #expect(
            document.elements.map { $0.attributes.first?.value } == ["{{view == 'WEBVIEW'}}", "{{view == 'APP'}}", nil])
        #expect(document.texts.map(\.text) == [" WEBVIEW ", " APP ", " MINA "])
        #expect(document.texts.map { at($0) } == [[1, 37], [2, 35], [3, 15]])
    }

    @Test func elementNamesKeepTheirCasing() {
        let document = WXMLParser.parse("<live-player src=\"x\"></live-player><MyComp Title=\"t\"/><Scroll-View/>")
        #expect(document.elements.map(\.name) == ["live-player", "MyComp", "Scroll-View"])
        #expect(document.elements[1].attributes.map(\.name) == ["Title"])
        #expect(document.elements.map(\.lowercasedName) == ["live-player", "mycomp", "scroll-view"])
        #expect(document.elements[1].attributes.map(\.lowercasedName) == ["title"])
        #expect(document.elements[1].attribute("TITLE")?.value == "t")
        #expect(document.elements[1].attribute("titles") == nil)
        #expect(document.elements[1].attribute("titl") == nil)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func repeatedAttributeKeepsTheFirstAndIsReported() throws {
        let document = WXMLParser.parse("<view id=\"a\" ID=\"b\" class=\"c\">x</view>")
        let view = try #require(document.elements.first)
        #expect(view.attributes.map(\.name) == ["id", "class"])
        #expect(view.attribute("id")?.value == "a")
        #expect(nameAt(view.attribute("class")) == [1, 21])
        #expect(document.diagnostics == [WXMLDiagnostic(line: 1, message: "Attribute id redefined")])
    }

    @Test func unquotedValues() throws {
        let document = WXMLParser.parse("<view hidden={{a>b}} class=x data-a={{ a }}>t</view>")
        let view = try #require(document.elements.first)
        #expect(view.attribute("hidden")?.value == "{{a>b}}")
        #expect(valueAt(view.attribute("hidden")) == [1, 14])
        #expect(view.attribute("class")?.value == "x")
        #expect(valueAt(view.attribute("class")) == [1, 28])
        #expect(document.texts.map(\.text) == ["t"])
        #expect(at(document.texts[0]) == [1, 45])
    }

    @Test func entitiesInValuesAreDecoded() throws {
        let document = WXMLParser.parse(#"<view title="a &amp; b&nbsp;&lt;c&gt; &#20013;" alt='it&apos;s'/>"#)
        let view = try #require(document.elements.first)
        #expect(view.attribute("title")?.value == "a & b\u{00A0}<c> 中")
        #expect(view.attribute("alt")?.value == "it's")
    }
}
