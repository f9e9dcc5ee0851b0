/// Kind of a JavaScript/TypeScript token.
public enum TokenKind: Sendable, Equatable, Hashable {
    /// Names and keywords (`if`, `return`, `function` are identifiers too), and `#private` names.
    case identifier
    /// A numeric literal: decimal, hex, octal, binary, with exponent, `_` separators or BigInt `n`.
    case number
    /// A `'...'` or `"..."` string literal.
    case string
    /// One literal chunk of a template literal, between a backtick, `${` or the `}` closing a substitution.
    case templateString
    /// A `/.../flags` regular expression literal.
    case regex
    /// Operators and punctuation, longest match (`===`, `?.`, `>>>=`, `{`, `;`, ...).
    case punctuator
    /// A `// ...` comment, or a `#!` hashbang line at the start of the source.
    case lineComment
    /// A `/* ... */` comment.
    case blockComment

    /// Whether this kind is a comment, which rules that look at code skip.
    public var isComment: Bool {
        self == .lineComment || self == .blockComment
    }
}
