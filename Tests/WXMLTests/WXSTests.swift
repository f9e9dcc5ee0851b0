import Testing
import WXML

/// `<wxs>` bodies kept as raw text.
@Suite("WXS")
struct WXSTests {
    @Test func bodyIsRawTextPositionedAtItsFirstCharacter() throws {
        let source = """
            <wxs module="m">
            var x = 1 < 2;
            var s = "</view><text>";
            module.exports = { ok: x && true, amp: '&amp;' };
            </wxs>
            <view>{{m.ok}}</view>
            """
        let document = WXMLParser.parse(source)
        #expect(document.elements.map(\.name) == ["wxs", "view"])
        let wxs = document.elements[0]
        #expect(at(wxs) == [1, 1])
        #expect(wxs.attribute("module")?.value == "m")
        guard case .text(let body)? = wxs.children.first, wxs.children.count == 1 else {
            Issue.record("expected one raw text child, got \(wxs.children)")
            return
        }
        #expect(
            body.text
                == "\nvar x = 1 < 2;\nvar s = \"</view><text>\";\nmodule.exports = { ok: x && true, amp: '&amp;' };\n")
        #expect(at(body) == [1, 17])
        #expect(at(document.elements[1]) == [6, 1])
        #expect(document.texts.map(\.text) == [body.text, "{{m.ok}}"])
        #expect(at(document.texts[1]) == [6, 7])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func bodyOnOneLineAfterChineseText() throws {
        let document = WXMLParser.parse("标题<wxs module=\"m\">var x = 1 < 2;</wxs>尾")
        #expect(outline(document.nodes) == #""标题",wxs["var x = 1 < 2;"],"尾""#)
        #expect(document.texts.map { at($0) } == [[1, 1], [1, 19], [1, 39]])
    }

    @Test func selfClosingWXSHasNoBody() {
        let document = WXMLParser.parse(
            "<wxs src=\"./tools.wxs\" module=\"tools\" />\n<view>{{tools.f(a < b)}}</view>")
        #expect(outline(document.nodes) == #"wxs,view["{{tools.f(a < b)}}"]"#)
        #expect(document.elements[0].attributes.map(\.name) == ["src", "module"])
        #expect(at(document.elements[1]) == [2, 1])
    }

    @Test func bodyMentioningScriptEndTag() {
        let document = WXMLParser.parse("<wxs module=\"m\">var s = '</script>';</wxs><view/>")
        #expect(outline(document.nodes) == #"wxs["var s = '</script>';"],view"#)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func unclosedWXSRunsToTheEndOfTheFile() {
        let document = WXMLParser.parse("<wxs module=\"m\">var a = 1;\n<view>not a tag</view>")
        #expect(outline(document.nodes) == "wxs[\"var a = 1;\n<view>not a tag</view>\"]")
        #expect(document.diagnostics.map(\.line) == [1])
    }
}
