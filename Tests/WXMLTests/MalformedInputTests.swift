import Testing
import WXML

/// Recovery from broken markup: what survives, where it is, and what is reported.
@Suite("Malformed input")
struct MalformedInputTests {
    @Test func unclosedElementsAtTheEndOfTheFile() {
        let document = WXMLParser.parse("<view>\n<text>unclosed")
        #expect(outline(document.nodes) == #"view[text["unclosed"]]"#)
        #expect(document.texts.map { at($0) } == [[2, 7]])
        #expect(
            document.diagnostics == [
                WXMLDiagnostic(line: 1, message: "Element <view> is not closed before the end of the file"),
                WXMLDiagnostic(line: 2, message: "Element <text> is not closed before the end of the file"),
            ])
    }

    @Test func elementClosedImplicitlyByItsParentsEndTag() {
        let document = WXMLParser.parse("<view>\n  <text>one\n</view>\n<view>two</view>")
        #expect(outline(document.nodes) == "view[text[\"one\n\"]],view[\"two\"]")
        #expect(document.elements.map { at($0) } == [[1, 1], [2, 3], [4, 1]])
        #expect(document.texts.map { at($0) } == [[2, 9], [4, 7]])
        #expect(
            document.diagnostics == [WXMLDiagnostic(line: 2, message: "Element <text> is not closed before </view>")])
    }

    @Test func strayEndTags() {
        let document = WXMLParser.parse("</view></view>\n<view>a</view></view><text>b</text>")
        #expect(outline(document.nodes) == #"view["a"],text["b"]"#)
        #expect(document.elements.map { at($0) } == [[2, 1], [2, 22]])
        #expect(
            document.diagnostics == [
                WXMLDiagnostic(line: 1, message: "Unexpected end tag : view"),
                WXMLDiagnostic(line: 1, message: "Unexpected end tag : view"),
                WXMLDiagnostic(line: 2, message: "Unexpected end tag : view"),
            ])
    }

    @Test func strayEndTagInsideTextMergesTheText() {
        let document = WXMLParser.parse("<view>a</x>b</view>c")
        #expect(outline(document.nodes) == #"view["ab"],"c""#)
        #expect(document.texts.map { at($0) } == [[1, 7], [1, 20]])
        #expect(document.diagnostics == [WXMLDiagnostic(line: 1, message: "Unexpected end tag : x")])
    }

    @Test func lonelyLessThanSigns() {
        let document = WXMLParser.parse("<<<")
        #expect(outline(document.nodes) == #""<<<""#)
        #expect(at(document.texts[0]) == [1, 1])

        let mixed = WXMLParser.parse("a < b <3 <中 </ 3><view>x</view>")
        #expect(outline(mixed.nodes) == #""a < b <3 <中  3>",view["x"]"#)
        #expect(at(mixed.elements[0]) == [1, 18])
    }

    @Test func unterminatedStartTagAndAttributeValue() {
        let tag = WXMLParser.parse("<view>x</view>\n<text a=\"1\" b")
        #expect(outline(tag.nodes) == #"view["x"],text"#)
        #expect(tag.elements[1].attributes.map(\.name) == ["a", "b"])
        #expect(tag.diagnostics == [WXMLDiagnostic(line: 2, message: "Couldn't find end of Start Tag text")])

        let value = WXMLParser.parse("<text a=\"open>never\n<view>closed</view>")
        #expect(outline(value.nodes) == "text")
        #expect(value.elements[0].attribute("a")?.value == "open>never\n<view>closed</view>")
        #expect(!value.diagnostics.isEmpty)
    }

    @Test func unterminatedCommentSwallowsTheRest() {
        let document = WXMLParser.parse("<view>a</view><!-- open <text>b</text>")
        #expect(outline(document.nodes) == #"view["a"]"#)
        #expect(document.diagnostics.map(\.message) == ["Comment not terminated"])
    }

    @Test func bogusAttributesAndDeclarations() {
        let document = WXMLParser.parse("<!DOCTYPE html><?xml version=\"1.0\"?><view @tap=\"x\" a=\"1\"/ ><!x>y</view>")
        #expect(outline(document.nodes) == #"view["<!x>y"]"#)
        #expect(document.elements[0].attributes.map(\.name) == ["a"])
        #expect(nameAt(document.elements[0].attribute("a")) == [1, 52])
        #expect(at(document.texts[0]) == [1, 60])
    }

    @Test func nulCharacterDoesNotEndTheDocument() {
        let document = WXMLParser.parse("<view>a\u{0}b</view><text>c</text>")
        #expect(document.elements.map(\.name) == ["view", "text"])
        #expect(document.texts.last?.text == "c")
        #expect(at(document.elements[1]) == [1, 17])
    }

    @Test func recoverableContentSurvivesAMessyFile() {
        let source = """
            <view class="page">
              <text>标题</view>
              </text></text>
              <button bindtap="go">去 <<< 看看
              <image src="{{url}}"
            """
        let document = WXMLParser.parse(source)
        #expect(document.elements.map(\.name) == ["view", "text", "button", "image"])
        #expect(document.elements.map { at($0) } == [[1, 1], [2, 3], [4, 3], [5, 3]])
        #expect(document.texts.map(\.text) == ["标题", "去 <<< 看看\n  "])
        #expect(document.texts.map { at($0) } == [[2, 9], [4, 24]])
        #expect(document.elements[3].attribute("src")?.value == "{{url}}")
        #expect(!document.diagnostics.isEmpty)
        #expect(document.diagnostics.allSatisfy { (1...5).contains($0.line) })
    }

    @Test func messagesNameTagsAsWrittenInWXML() {
        let document = WXMLParser.parse("</wxs>\n</Scroll-View>\n<view a=\"1\"")
        #expect(
            document.diagnostics == [
                WXMLDiagnostic(line: 1, message: "Unexpected end tag : wxs"),
                WXMLDiagnostic(line: 2, message: "Unexpected end tag : scroll-view"),
                WXMLDiagnostic(line: 3, message: "Couldn't find end of Start Tag view"),
            ])
    }

    @Test func diagnosticsAreCappedWithACount() {
        let source = String(repeating: "</x>\n", count: 1_500) + "<view>ok</view>"
        let document = WXMLParser.parse(source)
        #expect(document.diagnostics.count == WXMLParser.diagnosticLimit + 1)
        #expect(document.diagnostics.last == WXMLDiagnostic(line: 1_000, message: "500 more problems are not listed"))
        #expect(document.texts.map(\.text) == ["ok"])
        #expect(document.texts.map { at($0) } == [[1_501, 7]])
    }
}
