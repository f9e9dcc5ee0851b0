/// Splits JavaScript and TypeScript source into tokens with exact locations.
///
/// TypeScript goes through the same rules: type annotations come out as identifiers and punctuators,
/// and generic brackets `<T>` as punctuators.
public enum Tokenizer {
    /// Tokenizes the whole source in one linear pass.
    ///
    /// Never throws, never traps: unterminated strings and regexes end at the end of their line,
    /// unterminated comments and templates at the end of input, and each is still returned as a token
    /// of its kind. A character that starts no token is returned as a one-scalar `.punctuator`.
    public static func tokenize(_ source: String) -> [Token] {
        var lexer = Lexer(source: source)
        return lexer.run()
    }
}
