import Testing
import WXML

/// Large, deep and pathological inputs, and parsing from many threads at once.
@Suite("Scale and concurrency")
struct ScaleTests {
    @Test func lineNumbersAboveLibxml2Limit() throws {
        var lines = (1...70_000).map { "<view data-n=\"\($0)\">line \($0)</view>" }
        lines.append("</text>")
        lines.append("<text>末尾</text>")
        let document = WXMLParser.parse(lines.joined(separator: "\n"))
        #expect(document.elements.count == 70_001)
        let view = document.elements[69_999]
        #expect(view.attribute("data-n")?.value == "70000")
        #expect(at(view) == [70_000, 1])
        #expect(valueAt(view.attribute("data-n")) == [70_000, 15])
        #expect(document.texts[69_999].text == "line 70000")
        #expect(at(document.texts[69_999]) == [70_000, 22])
        #expect(at(document.elements[70_000]) == [70_002, 1])
        #expect(at(document.texts[70_000]) == [70_002, 7])
        #expect(document.diagnostics == [WXMLDiagnostic(line: 70_001, message: "Unexpected end tag : text")])
    }

    @Test func threeMegabyteLine() throws {
        let unit = #"<view a="1">x</view>"#
        let count = 150_000
        let document = WXMLParser.parse(String(repeating: unit, count: count))
        #expect(document.elements.count == count)
        #expect(document.texts.count == count)
        #expect(at(try #require(document.elements.last)) == [1, 20 * (count - 1) + 1])
        #expect(at(try #require(document.texts.last)) == [1, 20 * (count - 1) + 13])
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: [
        String(repeating: "<", count: 3_000_000),
        String(repeating: "{{", count: 1_500_000),
        "<view a={{" + String(repeating: "{", count: 3_000_000),
        "<view a=\"" + String(repeating: "{{&", count: 1_000_000),
        String(repeating: "中<", count: 1_000_000),
        "<wxs>" + String(repeating: "</", count: 1_500_000),
    ])
    func pathologicalLinesFinish(source: String) {
        let document = WXMLParser.parse(source)
        #expect(document.elements.count <= 1)
    }

    @Test func deepNestingIsFlattenedBelowTheLimit() throws {
        let depth = 5_000
        let source = String(repeating: "<view>", count: depth) + "deep" + String(repeating: "</view>", count: depth)
        let document = WXMLParser.parse(source)
        #expect(document.elements.count == depth)
        #expect(document.texts.map(\.text) == ["deep"])
        #expect(at(document.texts[0]) == [1, 6 * depth + 1])
        #expect(at(document.elements[depth - 1]) == [1, 6 * (depth - 1) + 1])
        let limit = WXMLParser.maxDepth
        #expect(document.elements[limit - 1].children.count == depth - limit + 1)
        #expect(document.diagnostics.count == 1)
    }

    @Test func concurrentParsesMatchSerialOnes() async {
        let sources = (0..<32).map { index in
            """
            <view wx:for="{{list}}" data-i="\(index)">
              <text>第\(index)项 {{a < b}}</text>
              </bogus>
              <wxs module="m\(index)">var x = \(index) < 2;</wxs>
            </view>
            <text>unclosed \(index)
            """
        }
        let serial = sources.map(WXMLParser.parse)
        let concurrent = await withTaskGroup(of: (Int, WXMLDocument).self) { group in
            for _ in 0..<4 {
                for (index, source) in sources.enumerated() {
                    group.addTask { (index, WXMLParser.parse(source)) }
                }
            }
            var results: [(Int, WXMLDocument)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(concurrent.count == sources.count * 4)
        for (index, document) in concurrent {
            #expect(document == serial[index])
        }
        #expect(serial[7].diagnostics.map(\.line) == [3, 6])
    }
}
