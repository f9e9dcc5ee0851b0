import JavaScriptTokens
import Testing

/// Quoted strings: raw text and cooked escapes.
@Suite struct StringTests {
    @Test func textKeepsQuotesAndValueDropsThem() {
        let tokens = Tokenizer.tokenize(#"'single' "double""#)
        #expect(tokens.map(\.kind) == [.string, .string])
        #expect(tokens.map(\.text) == ["'single'", "\"double\""])
        #expect(tokens.map(\.value) == ["single", "double"])
    }

    @Test func escapesAreCooked() {
        let token = Tokenizer.tokenize(#"'a\n\t\\\'\"\x41\u0042\u{43}\u{1F600}\uD83D\uDE00z'"#)[0]
        #expect(token.kind == .string)
        #expect(token.text == #"'a\n\t\\\'\"\x41\u0042\u{43}\u{1F600}\uD83D\uDE00z'"#)
        #expect(token.value == "a\n\t\\'\"ABC\u{1F600}\u{1F600}z")
    }

    @Test func lessCommonEscapesAreCooked() {
        let token = Tokenizer.tokenize(#""\r\b\f\v\0\101\q\/""#)[0]
        #expect(token.value == "\r\u{08}\u{0C}\u{0B}\u{00}Aq/")
    }

    @Test func malformedEscapesKeepTheirLetter() {
        #expect(Tokenizer.tokenize(#"'\x4g'"#)[0].value == "x4g")
        #expect(Tokenizer.tokenize(#"'\u12'"#)[0].value == "u12")
        #expect(Tokenizer.tokenize(#"'\u{}'"#)[0].value == "u{}")
    }

    @Test func loneSurrogateEscapeBecomesReplacementCharacter() {
        #expect(Tokenizer.tokenize(#"'\uD800x'"#)[0].value == "\u{FFFD}x")
        #expect(Tokenizer.tokenize(#"'\u{110000}'"#)[0].value == "\u{FFFD}")
    }

    @Test func lineContinuationsAreRemoved() {
        #expect(Tokenizer.tokenize("'a\\\nb'")[0].value == "ab")
        #expect(Tokenizer.tokenize("'a\\\r\nb'")[0].value == "ab")
        #expect(Tokenizer.tokenize("'a\\\rb'")[0].value == "ab")
        #expect(Tokenizer.tokenize("'a\\\u{2028}b'")[0].value == "ab")
    }

    @Test func otherQuoteInsideStringIsContent() {
        #expect(Lexeme.all(in: #"'say "hi"' + "it's""#) == [.str(#"'say "hi"'"#), .punct("+"), .str(#""it's""#)])
    }

    @Test func commentAndRegexLookalikesInsideStringAreContent() {
        #expect(Lexeme.all(in: "'// no' + '/* no */'") == [.str("'// no'"), .punct("+"), .str("'/* no */'")])
    }
}
