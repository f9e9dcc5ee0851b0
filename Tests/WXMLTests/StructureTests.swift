import Testing
import WXML

/// Tree shape: self-closing tags, templates, HTML-named tags, traversal order, empty files.
@Suite("Structure")
struct StructureTests {
    @Test func selfClosingCustomComponentsAndImages() {
        let document = WXMLParser.parse(
            #"<my-comp prop="{{a}}" /><image src="a.png"/><text>after</text><input value="y"></input>"#)
        #expect(outline(document.nodes) == #"my-comp,image,text["after"],input"#)
        #expect(document.elements.map { at($0) } == [[1, 1], [1, 25], [1, 45], [1, 63]])
        #expect(document.elements[1].attribute("src")?.value == "a.png")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func templatesImportsIncludesAndBlocks() {
        let source = """
            <import src="item.wxml"/>
            <include src="header.wxml"/>
            <template name="item">
              <text>{{text}}</text>
            </template>
            <template is="item" data="{{...staffA}}"/>
            <block wx:if="{{show}}"><view>a</view><view>b</view></block>
            """
        let document = WXMLParser.parse(source)
        #expect(
            outline(document.nodes)
                == #"import,include,template[text["{{text}}"]],template,block[view["a"],view["b"]]"#)
        #expect(document.elements.map(\.line) == [1, 2, 3, 4, 6, 7, 7, 7])
        #expect(document.elements[0].attribute("src")?.value == "item.wxml")
        #expect(document.elements[2].attribute("name")?.value == "item")
        #expect(document.elements[4].attribute("data")?.value == "{{...staffA}}")
        #expect(document.elements[6].column == 25)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func tagsThatClashWithHTMLContentModelsKeepTheirChildren() {
        let source = """
            <form><p>para<view>inside</view><p>second</p></p>\
            <label>l<button>b</button></label><input>child</input>\
            <option>o1<option>o2</option></option><p><text>t</text><br>x</br></p></form>
            """
        let document = WXMLParser.parse(source)
        #expect(
            outline(document.nodes)
                == #"form[p["para",view["inside"],p["second"]],label["l",button["b"]],input["child"],"#
                + #"option["o1",option["o2"]],p[text["t"],br["x"]]]"#)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func scriptAndStyleTagsAreNotRawText() {
        let document = WXMLParser.parse("<script><view>a</view></script><style><text>b</text></style>")
        #expect(outline(document.nodes) == #"script[view["a"]],style[text["b"]]"#)
    }

    @Test func elementsAndTextsAreDepthFirstInDocumentOrder() {
        let document = WXMLParser.parse("<a>1<b>2<c>3</c>4</b>5</a><d>6</d>")
        #expect(document.elements.map(\.name) == ["a", "b", "c", "d"])
        #expect(document.texts.map(\.text) == ["1", "2", "3", "4", "5", "6"])
        #expect(document.texts.map(\.column) == [4, 8, 12, 17, 22, 30])
        #expect(document.elements[1].childElements.map(\.name) == ["c"])
    }

    @Test func emptyFile() {
        let document = WXMLParser.parse("")
        #expect(document.nodes.isEmpty)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func whitespaceOnlyFile() {
        let document = WXMLParser.parse(" \r\n\t\n")
        #expect(document.nodes.isEmpty)
        #expect(document.diagnostics.isEmpty)
    }

    @Test func textOnlyFile() {
        let document = WXMLParser.parse("hello 世界\nsecond line")
        #expect(document.elements.isEmpty)
        #expect(document.texts.map(\.text) == ["hello 世界\nsecond line"])
        #expect(at(document.texts[0]) == [1, 1])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func textAroundAndBetweenTopLevelElements() {
        let document = WXMLParser.parse("before<view/>\nbetween <!-- c --> after")
        #expect(outline(document.nodes) == "\"before\",view,\"\nbetween \",<!-- c -->,\" after\"")
        #expect(document.texts.map { at($0) } == [[1, 1], [1, 14], [2, 19]])
    }
}
