import JavaScriptTokens
import Testing

/// Template literal chunks, substitutions and nesting.
@Suite struct TemplateTests {
    @Test func nestedTemplatesYieldEveryChunkAndTheCodeBetween() {
        #expect(
            Lexeme.all(in: "`a${x + `b${y}`}c`") == [
                .tpl("a"), .id("x"), .punct("+"), .tpl("b"), .id("y"), .tpl(""), .tpl("c"),
            ])
    }

    @Test func bracesInsideSubstitutionAreCounted() {
        #expect(
            Lexeme.all(in: "`${ {a:1} }`") == [
                .tpl(""), .punct("{"), .id("a"), .punct(":"), .num("1"), .punct("}"), .tpl(""),
            ])
    }

    @Test func emptyTemplateIsOneEmptyChunk() {
        let tokens = Tokenizer.tokenize("``")
        #expect(tokens == [Token(kind: .templateString, text: "", line: 1, column: 2, offset: 1)])
    }

    @Test func templateWithoutSubstitutionIsOneChunk() {
        #expect(
            Lexeme.all(in: "f(`plain text`);") == [.id("f"), .punct("("), .tpl("plain text"), .punct(")"), .punct(";")])
    }

    @Test func chunkTextIsRawAndValueIsCooked() {
        let token = Tokenizer.tokenize(#"`x\`y\${z}\n\u4E2D`"#)[0]
        #expect(token.kind == .templateString)
        #expect(token.text == #"x\`y\${z}\n\u4E2D"#)
        #expect(token.value == "x`y${z}\n中")
    }

    @Test func rawLineEndsAreNormalisedInValue() {
        let token = Tokenizer.tokenize("`a\r\nb\rc`")[0]
        #expect(token.text == "a\r\nb\rc")
        #expect(token.value == "a\nb\nc")
    }

    @Test func lonelyDollarAndBraceAreContent() {
        #expect(Lexeme.all(in: "`$ {} $x`") == [.tpl("$ {} $x")])
    }

    @Test func chunkAfterSubstitutionStartsAfterClosingBrace() {
        let tokens = Tokenizer.tokenize("`ab${c}de`")
        #expect(tokens.count == 3)
        #expect(tokens[2] == Token(kind: .templateString, text: "de", line: 1, column: 8, offset: 7))
    }

    @Test func codeAfterTemplateIsTokenizedNormally() {
        #expect(
            Lexeme.all(in: "f(`a${b}`); { c }") == [
                .id("f"), .punct("("), .tpl("a"), .id("b"), .tpl(""), .punct(")"), .punct(";"),
                .punct("{"), .id("c"), .punct("}"),
            ])
    }

    @Test func templateInsideObjectInsideSubstitution() {
        #expect(
            Lexeme.all(in: "`${ {k: `${v}`} }!`") == [
                .tpl(""), .punct("{"), .id("k"), .punct(":"), .tpl(""), .id("v"), .tpl(""), .punct("}"), .tpl("!"),
            ])
    }
}
