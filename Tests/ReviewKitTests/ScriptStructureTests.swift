import JavaScriptTokens
import Testing

@testable import ReviewKit

@Suite struct ScriptStructureTests {
    static func script(_ source: String) -> ScriptFile {
        let tokens = Tokenizer.tokenize(source)
        return ScriptFile(path: "a.js", tokens: tokens, code: tokens.code, lineOffset: 0)
    }

    /// The source text of each range's tokens, joined without spaces.
    static func texts(_ ranges: [ClosedRange<Int>], in script: ScriptFile) -> [String] {
        ranges.map { range in script.code[range].map(\.text).joined() }
    }

    @Test func listenerArgumentsAreTheCallbacksOfOnMethods() {
        let script = Self.script("bgm.onEnded(() => { next() }); wx.onMemoryWarning(f); x.once(g); x.on(h)")
        #expect(Self.texts(script.listenerArguments, in: script) == ["(()=>{next()})", "(f)"])
    }

    @Test func tellsDefinitionsFromCalls() {
        let script = Self.script("const o = { eval(x) { return x } }; eval(code); function eval2(y) {}")
        let code = script.code
        let indices = code.indices.filter { code[$0].text == "eval" || code[$0].text == "eval2" }
        #expect(indices.map(script.isDefinition) == [true, false, true])
        #expect(script.closingIndex(ofOpenerAt: 0) == nil)
    }

    @Test func contentLocationIsInsideTheQuotes() {
        let script = Self.script("const s = '中文😀'")
        let string = script.code[3]
        #expect(script.contentLocation(of: string) == .file("a.js", line: 1, column: 12))
    }
}
