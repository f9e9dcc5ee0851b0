/// A run of text (or a comment body) with the position of its first character.
public struct WXMLText: Sendable, Equatable {
    /// Text as it appears to the user: entity-decoded, `{{ }}` bindings intact, whitespace kept as in
    /// the source (CRLF stays CRLF). `<wxs>` bodies and comment bodies are kept raw.
    public let text: String
    /// Line of the text's first character (the first character after the `>` or comment opener that
    /// precedes it), 1-based.
    public let line: Int
    /// Column of the text's first character, 1-based, in Unicode scalars.
    public let column: Int

    /// Creates a text, for example as a test fixture.
    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }
}
