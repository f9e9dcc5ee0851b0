import JavaScriptTokens
import Testing

/// The comment-free `code` view of a token array.
@Suite struct CodeFilterTests {
    @Test func codeDropsOnlyComments() {
        let tokens = Tokenizer.tokenize("#!node\na // x\n/* y */ b")
        #expect(tokens.count == 5)
        #expect(tokens.code.map(\.text) == ["a", "b"])
        #expect(tokens.code.map(\.line) == [2, 3])
    }

    @Test func codeKeepsEveryOtherKind() {
        let tokens = Tokenizer.tokenize("x = 'a' + `b` + /c/ + 1;")
        #expect(tokens.code == tokens)
    }

    @Test func isCommentMatchesCommentKinds() {
        #expect(TokenKind.lineComment.isComment)
        #expect(TokenKind.blockComment.isComment)
        #expect(!TokenKind.string.isComment)
        #expect(!TokenKind.regex.isComment)
    }
}
