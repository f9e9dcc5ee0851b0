import JavaScriptTokens
import Testing

/// Identifiers, keywords, private names and longest-match punctuators.
@Suite struct IdentifierAndPunctuatorTests {
    @Test func wxCallStartsWithIdentifierDotIdentifierParen() {
        #expect(
            Lexeme.all(in: "wx.getLocation({ success() {} })") == [
                .id("wx"), .punct("."), .id("getLocation"), .punct("("), .punct("{"), .id("success"),
                .punct("("), .punct(")"), .punct("{"), .punct("}"), .punct("}"), .punct(")"),
            ])
    }

    @Test func keywordsAreIdentifiers() {
        #expect(
            Lexeme.all(in: "if (x) return function") == [
                .id("if"), .punct("("), .id("x"), .punct(")"), .id("return"), .id("function"),
            ])
    }

    @Test func unicodeDollarUnderscoreAndPrivateNamesAreIdentifiers() {
        #expect(
            Lexeme.all(in: "中文变量 = $_a1 + _b + this.#count") == [
                .id("中文变量"), .punct("="), .id("$_a1"), .punct("+"), .id("_b"), .punct("+"),
                .id("this"), .punct("."), .id("#count"),
            ])
    }

    @Test func identifierValueEqualsText() {
        let token = Tokenizer.tokenize("名字")[0]
        #expect(token.value == "名字")
        #expect(token.text == "名字")
    }

    @Test func punctuatorsUseLongestMatch() {
        let source = "a === b !== c => d ... e ?. f ?? g ??= h **= i >>>= j >>= k >>> l &&= m ||= n <<= o"
        let punctuators = Tokenizer.tokenize(source).filter { $0.kind == .punctuator }.map(\.text)
        #expect(
            punctuators == [
                "===", "!==", "=>", "...", "?.", "??", "??=", "**=", ">>>=", ">>=", ">>>", "&&=", "||=", "<<=",
            ])
    }

    @Test func singleScalarPunctuation() {
        let texts = Tokenizer.tokenize("{}()[];,.:~@").map(\.text)
        #expect(texts == ["{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "~", "@"])
        #expect(Tokenizer.tokenize("{}()[];,.:~@").allSatisfy { $0.kind == .punctuator })
    }

    @Test func questionDotBeforeDigitIsConditional() {
        #expect(
            Lexeme.all(in: "a?.5:1") == [.id("a"), .punct("?"), .num(".5"), .punct(":"), .num("1")])
    }

    @Test func typeScriptAnnotationsAndGenerics() {
        #expect(
            Lexeme.all(in: "function f<T>(x: T): T[] {}") == [
                .id("function"), .id("f"), .punct("<"), .id("T"), .punct(">"), .punct("("), .id("x"),
                .punct(":"), .id("T"), .punct(")"), .punct(":"), .id("T"), .punct("["), .punct("]"),
                .punct("{"), .punct("}"),
            ])
    }

    @Test func scalarThatStartsNoTokenBecomesOnePunctuator() {
        #expect(Lexeme.all(in: "a 😀 \\ b") == [.id("a"), .punct("😀"), .punct("\\"), .id("b")])
    }
}
