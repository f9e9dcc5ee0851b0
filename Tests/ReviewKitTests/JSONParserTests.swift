import Testing

@testable import ReviewKit

@Suite struct JSONParserTests {
    @Test func recordsPositionsOfValuesAndKeys() throws {
        let text = "{\n  \"pages\": [\"a\", \"中文😀\"],\n  \"window\": {\"title\": true}\n}"
        let root = try JSONParser.parse(text).get()
        let pages = try #require(root["pages"])
        #expect(pages.line == 2 && pages.column == 12)
        let second = try #require(pages.value.arrayValue?[1])
        #expect(second.value == .string("中文😀"))
        #expect(second.line == 2 && second.column == 18)
        let member = try #require(root.value.objectValue?[1])
        #expect(member.key == "window" && member.keyLine == 3 && member.keyColumn == 3)
        #expect(root["window"]?["title"]?.value == .bool(true))
    }

    @Test func decodesEscapesAndNumbers() throws {
        let root = try JSONParser.parse(#"{"a": "\u4e2d\n\ud83d\ude00", "b": -1.5e2, "c": null}"#).get()
        #expect(root["a"]?.value == .string("中\n😀"))
        #expect(root["b"]?.value == .number(-150))
        #expect(root["c"]?.value == .null)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9),
        ("{\"a\" 1}", 1, 6),
        ("[1, 2", 1, 6),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("\"unterminated", 1, 14),
        ("{} extra", 1, 4),
        ("", 1, 1),
    ])
    func reportsSyntaxErrorsWithPositions(_ text: String, line: Int, column: Int) {
        guard case .failure(let error) = JSONParser.parse(text) else {
            Issue.record("\(text) parsed")
            return
        }
        #expect(error.line == line && error.column == column, "\(error)")
    }

    @Test func refusesHostileNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .failure(let error) = JSONParser.parse(deep) else {
            Issue.record("deep nesting parsed")
            return
        }
        #expect(error.message.contains("nesting"))
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONParser.parse(fine).get()) != nil)
    }

    @Test func acceptsAByteOrderMark() throws {
        let root = try JSONParser.parse("\u{FEFF}{\"a\": 1}").get()
        #expect(root["a"]?.value == .number(1))
    }
}
