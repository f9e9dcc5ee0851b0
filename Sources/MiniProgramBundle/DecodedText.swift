/// The text of a file and the encoding it was decoded from.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, without a byte order mark.
    public let text: String
    public let encoding: TextEncoding

    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
