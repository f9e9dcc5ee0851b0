/// One attribute of a start tag.
public struct WXMLAttribute: Sendable, Equatable {
    /// Name as written in the source (original casing, e.g. "bindScrollToLower", "wx:if").
    public let name: String
    /// Entity-decoded value with `{{ }}` intact (entities inside `{{ }}` are left as written);
    /// nil for a valueless attribute (`<video autoplay>`). `autoplay=""` gives "".
    public let value: String?
    /// Line of the attribute name's first character (1-based).
    public let line: Int
    /// Column of the attribute name's first character (1-based, in Unicode scalars).
    public let column: Int
    /// Line of the value's first character (just inside the quote); equal to `line` when valueless.
    public let valueLine: Int
    /// Column of the value's first character (just inside the quote); equal to `column` when valueless.
    public let valueColumn: Int

    /// The name in lower case (attribute names are ASCII; see `WXMLElement.lowercasedName`).
    public var lowercasedName: String {
        SourceTokenizer.asciiLowercased(name)
    }

    /// Creates an attribute, for example as a test fixture.
    public init(name: String, value: String?, line: Int, column: Int, valueLine: Int, valueColumn: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.column = column
        self.valueLine = valueLine
        self.valueColumn = valueColumn
    }
}
