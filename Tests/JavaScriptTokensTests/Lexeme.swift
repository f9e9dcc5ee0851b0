import JavaScriptTokens

/// A token reduced to its kind and text, so a whole token stream can be compared in one `#expect`.
struct Lexeme: Equatable, CustomStringConvertible {
    let kind: TokenKind
    let text: String

    init(_ kind: TokenKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var description: String {
        "\(kind) \(text.debugDescription)"
    }

    /// The lexemes of every token of `source`, comments included.
    static func all(in source: String) -> [Lexeme] {
        Tokenizer.tokenize(source).map { Lexeme($0.kind, $0.text) }
    }

    static func id(_ text: String) -> Lexeme { Lexeme(.identifier, text) }
    static func punct(_ text: String) -> Lexeme { Lexeme(.punctuator, text) }
    static func num(_ text: String) -> Lexeme { Lexeme(.number, text) }
    static func str(_ text: String) -> Lexeme { Lexeme(.string, text) }
    static func tpl(_ text: String) -> Lexeme { Lexeme(.templateString, text) }
    static func regex(_ text: String) -> Lexeme { Lexeme(.regex, text) }
}
