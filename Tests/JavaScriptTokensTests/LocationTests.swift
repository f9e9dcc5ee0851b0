import JavaScriptTokens
import Testing

/// Line, column and offset of tokens, across line terminators and non-ASCII text.
@Suite struct LocationTests {
    @Test func everyKindHasExactLineColumnAndOffset() {
        let source = "let a = 1; // c\n/* b */ s = 'x' + `t${y}` + /r/g"
        let expected = [
            Token(kind: .identifier, text: "let", line: 1, column: 1, offset: 0),
            Token(kind: .identifier, text: "a", line: 1, column: 5, offset: 4),
            Token(kind: .punctuator, text: "=", line: 1, column: 7, offset: 6),
            Token(kind: .number, text: "1", line: 1, column: 9, offset: 8),
            Token(kind: .punctuator, text: ";", line: 1, column: 10, offset: 9),
            Token(kind: .lineComment, text: "// c", value: " c", line: 1, column: 12, offset: 11),
            Token(kind: .blockComment, text: "/* b */", value: " b ", line: 2, column: 1, offset: 16),
            Token(kind: .identifier, text: "s", line: 2, column: 9, offset: 24),
            Token(kind: .punctuator, text: "=", line: 2, column: 11, offset: 26),
            Token(kind: .string, text: "'x'", value: "x", line: 2, column: 13, offset: 28),
            Token(kind: .punctuator, text: "+", line: 2, column: 17, offset: 32),
            Token(kind: .templateString, text: "t", line: 2, column: 20, offset: 35),
            Token(kind: .identifier, text: "y", line: 2, column: 23, offset: 38),
            Token(kind: .templateString, text: "", line: 2, column: 25, offset: 40),
            Token(kind: .punctuator, text: "+", line: 2, column: 27, offset: 42),
            Token(kind: .regex, text: "/r/g", line: 2, column: 29, offset: 44),
        ]
        #expect(Tokenizer.tokenize(source) == expected)
    }

    @Test func columnsCountChineseAndEmojiAsOneScalarEach() {
        let tokens = Tokenizer.tokenize("'中文😀' + \"x\"")
        #expect(tokens.count == 3)
        #expect(tokens[0] == Token(kind: .string, text: "'中文😀'", value: "中文😀", line: 1, column: 1, offset: 0))
        #expect(tokens[1] == Token(kind: .punctuator, text: "+", line: 1, column: 7, offset: 6))
        #expect(tokens[2] == Token(kind: .string, text: "\"x\"", value: "x", line: 1, column: 9, offset: 8))
    }

    @Test func columnsAfterChineseIdentifierOnSecondLine() {
        let tokens = Tokenizer.tokenize("x\n变量😀 = 1")
        #expect(tokens.map(\.text) == ["x", "变量", "😀", "=", "1"])
        #expect(tokens[3].line == 2)
        #expect(tokens[3].column == 5)
        #expect(tokens[3].offset == 6)
    }

    @Test func everyLineTerminatorEndsALineAndCRLFCountsOnce() {
        let tokens = Tokenizer.tokenize("a\r\nb\rc\nd\u{2028}e\u{2029}f")
        #expect(tokens.map(\.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(tokens.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(tokens.map(\.column) == [1, 1, 1, 1, 1, 1])
        #expect(tokens.map(\.offset) == [0, 3, 5, 7, 9, 11])
    }

    @Test func lineSeparatorInsideStringStartsALine() {
        let tokens = Tokenizer.tokenize("'a\u{2028}b' c")
        #expect(tokens.count == 2)
        #expect(tokens[0].value == "a\u{2028}b")
        #expect(tokens[1] == Token(kind: .identifier, text: "c", line: 2, column: 4, offset: 6))
    }

    @Test func blockCommentSpanningCRLFMovesLaterTokensDown() {
        let tokens = Tokenizer.tokenize("/*x\r\ny*/ z")
        #expect(tokens.count == 2)
        #expect(tokens[1] == Token(kind: .identifier, text: "z", line: 2, column: 5, offset: 9))
    }

    @Test func stringLineContinuationOverCRLFMovesLaterTokensDown() {
        let tokens = Tokenizer.tokenize("'a\\\r\nb' c")
        #expect(tokens.count == 2)
        #expect(tokens[0] == Token(kind: .string, text: "'a\\\r\nb'", value: "ab", line: 1, column: 1, offset: 0))
        #expect(tokens[1] == Token(kind: .identifier, text: "c", line: 2, column: 4, offset: 8))
    }

    @Test func templateSpanningLinesMovesSubstitutionDown() {
        let tokens = Tokenizer.tokenize("`a\r\nb${x}`")
        #expect(tokens.count == 3)
        #expect(tokens[0] == Token(kind: .templateString, text: "a\r\nb", value: "a\nb", line: 1, column: 2, offset: 1))
        #expect(tokens[1] == Token(kind: .identifier, text: "x", line: 2, column: 4, offset: 7))
        #expect(tokens[2] == Token(kind: .templateString, text: "", line: 2, column: 6, offset: 9))
    }

    @Test func whitespaceIncludingNoBreakSpaceBOMAndIdeographicSpaceIsSkipped() {
        let tokens = Tokenizer.tokenize("\u{FEFF}\u{3000}\u{A0}\t\u{0B}\u{0C} x")
        #expect(tokens == [Token(kind: .identifier, text: "x", line: 1, column: 8, offset: 7)])
    }
}
