import JavaScriptTokens
import Testing

/// Line, block and hashbang comments.
@Suite struct CommentTests {
    @Test func lineCommentEndsBeforeLineTerminator() {
        let tokens = Tokenizer.tokenize("a // note / x\r\nb")
        #expect(tokens.count == 3)
        #expect(
            tokens[1]
                == Token(kind: .lineComment, text: "// note / x", value: " note / x", line: 1, column: 3, offset: 2))
        #expect(tokens[2] == Token(kind: .identifier, text: "b", line: 2, column: 1, offset: 15))
    }

    @Test func blockCommentValueDropsDelimiters() {
        let tokens = Tokenizer.tokenize("/** doc\n * 中文 */x")
        #expect(tokens.count == 2)
        #expect(
            tokens[0]
                == Token(
                    kind: .blockComment, text: "/** doc\n * 中文 */", value: "* doc\n * 中文 ", line: 1, column: 1,
                    offset: 0))
        #expect(tokens[1] == Token(kind: .identifier, text: "x", line: 2, column: 9, offset: 16))
    }

    @Test func shortestBlockComments() {
        #expect(Lexeme.all(in: "/**/ /*/ */") == [Lexeme(.blockComment, "/**/"), Lexeme(.blockComment, "/*/ */")])
    }

    @Test func commentsAreNotRegexes() {
        #expect(
            Lexeme.all(in: "x = // c /d/\n1") == [.id("x"), .punct("="), Lexeme(.lineComment, "// c /d/"), .num("1")])
        #expect(
            Lexeme.all(in: "return /* c */ /re/") == [.id("return"), Lexeme(.blockComment, "/* c */"), .regex("/re/")])
    }

    @Test func commentsDoNotChangeRegexOrDivisionContext() {
        #expect(Lexeme.all(in: "a /* c */ / b") == [.id("a"), Lexeme(.blockComment, "/* c */"), .punct("/"), .id("b")])
        #expect(Lexeme.all(in: "a // c\n/ b") == [.id("a"), Lexeme(.lineComment, "// c"), .punct("/"), .id("b")])
    }

    @Test func hashbangIsALineComment() {
        let tokens = Tokenizer.tokenize("#!/usr/bin/env node\nlet x")
        #expect(tokens.count == 3)
        #expect(
            tokens[0]
                == Token(
                    kind: .lineComment, text: "#!/usr/bin/env node", value: "/usr/bin/env node", line: 1, column: 1,
                    offset: 0))
        #expect(tokens[1] == Token(kind: .identifier, text: "let", line: 2, column: 1, offset: 20))
    }

    @Test func hashbangAfterByteOrderMark() {
        #expect(Lexeme.all(in: "\u{FEFF}#!node\nx") == [Lexeme(.lineComment, "#!node"), .id("x")])
    }

    @Test func hashbangLaterInSourceIsNotAComment() {
        #expect(Lexeme.all(in: "x\n#!y") == [.id("x"), .punct("#"), .punct("!"), .id("y")])
    }
}
