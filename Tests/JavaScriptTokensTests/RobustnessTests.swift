import JavaScriptTokens
import Testing

/// Unterminated and odd input: tokens still come out, nothing traps.
@Suite struct RobustnessTests {
    @Test func emptyAndBlankSourcesHaveNoTokens() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\r\n\t\u{FEFF}").isEmpty)
    }

    @Test func unterminatedStringEndsAtEndOfInput() {
        #expect(
            Tokenizer.tokenize("x = 'abc").last
                == Token(kind: .string, text: "'abc", value: "abc", line: 1, column: 5, offset: 4))
        #expect(
            Tokenizer.tokenize("'abc\\").last
                == Token(kind: .string, text: "'abc\\", value: "abc", line: 1, column: 1, offset: 0))
    }

    @Test func unterminatedStringEndsAtEndOfLine() {
        let tokens = Tokenizer.tokenize("'abc\nd")
        #expect(
            tokens == [
                Token(kind: .string, text: "'abc", value: "abc", line: 1, column: 1, offset: 0),
                Token(kind: .identifier, text: "d", line: 2, column: 1, offset: 5),
            ])
    }

    @Test func unterminatedTemplateRunsToEndOfInput() {
        #expect(
            Tokenizer.tokenize("`abc\ndef") == [
                Token(kind: .templateString, text: "abc\ndef", line: 1, column: 2, offset: 1)
            ])
        #expect(Lexeme.all(in: "`a${b") == [.tpl("a"), .id("b")])
        #expect(Lexeme.all(in: "`a${") == [.tpl("a")])
    }

    @Test func templateOpenedAtEndOfInputIsOneEmptyChunk() {
        #expect(
            Tokenizer.tokenize("x = `").last == Token(kind: .templateString, text: "", line: 1, column: 6, offset: 5))
        #expect(Lexeme.all(in: "`${a}") == [.tpl(""), .id("a"), .tpl("")])
    }

    @Test func unterminatedBlockCommentRunsToEndOfInput() {
        #expect(
            Tokenizer.tokenize("x /* abc\ndef").last
                == Token(kind: .blockComment, text: "/* abc\ndef", value: " abc\ndef", line: 1, column: 3, offset: 2))
        #expect(
            Tokenizer.tokenize("/*") == [
                Token(kind: .blockComment, text: "/*", value: "", line: 1, column: 1, offset: 0)
            ])
    }

    @Test func unterminatedRegexEndsAtEndOfLine() {
        #expect(Lexeme.all(in: "x = /abc") == [.id("x"), .punct("="), .regex("/abc")])
        #expect(Lexeme.all(in: "x = /a[/\ny") == [.id("x"), .punct("="), .regex("/a[/"), .id("y")])
        #expect(Lexeme.all(in: "x = /a\\\ny") == [.id("x"), .punct("="), .regex("/a\\"), .id("y")])
        #expect(Lexeme.all(in: "/") == [.regex("/")])
    }

    @Test func nulCharactersDoNotStopTokenizing() {
        #expect(Lexeme.all(in: "a\u{0}b '\u{0}'") == [.id("a"), .punct("\u{0}"), .id("b"), .str("'\u{0}'")])
    }

    @Test func strayClosingBracesOutsideTemplatesArePunctuators() {
        #expect(Lexeme.all(in: "}}`a`}") == [.punct("}"), .punct("}"), .tpl("a"), .punct("}")])
    }

    @Test func truncatedEscapesAtEndOfInput() {
        #expect(Tokenizer.tokenize("'\\u{12").last?.value == "u{12")
        #expect(Tokenizer.tokenize("`\\x").last?.value == "x")
        #expect(Tokenizer.tokenize("\"\\uD83D\\u").last?.value == "\u{FFFD}u")
    }

    @Test func trailingPunctuatorPrefixesAtEndOfInput() {
        #expect(Lexeme.all(in: "a >>") == [.id("a"), .punct(">>")])
        #expect(Lexeme.all(in: "a ?") == [.id("a"), .punct("?")])
        #expect(Lexeme.all(in: "1e") == [.num("1"), .id("e")])
        #expect(Lexeme.all(in: "0x") == [.num("0x")])
        #expect(Lexeme.all(in: "#") == [.punct("#")])
    }
}
