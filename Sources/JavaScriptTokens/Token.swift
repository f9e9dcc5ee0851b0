/// One token of JavaScript or TypeScript source, with its exact location.
public struct Token: Sendable, Equatable {
    /// What the token is.
    public let kind: TokenKind
    /// Raw source text. For `.string` it includes the quotes. For `.templateString` it is the raw chunk
    /// without the backticks, `${` or `}` delimiters. For comments it includes the `//` or `/* */`.
    public let text: String
    /// Cooked value: for `.string` and `.templateString` the content with escapes resolved
    /// (`\n`, `\t`, `\\`, `\'`, `\"`, `\xHH`, `\uHHHH`, `\u{H...}`, line continuations) and no delimiters;
    /// for comments the text without `//` (or `#!`) or `/* */`; for other kinds equal to `text`.
    public let value: String
    /// 1-based line of the token's first source character. `\n`, `\r\n`, `\r`, U+2028 and U+2029
    /// all end lines; `\r\n` counts once.
    public let line: Int
    /// 1-based column of the token's first source character, counted in Unicode scalars from the start
    /// of the line. For `.string` this is the opening quote; for `.templateString` it is the chunk's first
    /// character (after the backtick or after the `}` closing a substitution).
    public let column: Int
    /// 0-based offset of the token's first source character, in Unicode scalars from the start of the source.
    public let offset: Int

    /// Creates a token; `value` defaults to `text`.
    public init(kind: TokenKind, text: String, value: String? = nil, line: Int, column: Int, offset: Int) {
        self.kind = kind
        self.text = text
        self.value = value ?? text
        self.line = line
        self.column = column
        self.offset = offset
    }
}
