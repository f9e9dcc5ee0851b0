public import TextMatching

/// A piece of text a user can see, with where it stands in the submission.
///
/// Comments and identifiers are never located text. `line` and `column` give the position of
/// the first character of `text` (1-based; column in Unicode scalars).
public struct LocatedText: Sendable, Equatable {
    /// Where the text comes from; checklists select kinds by these raw values.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case name
        case description
        case wxmlText = "wxml-text"
        case wxmlAttribute = "wxml-attribute"
        case scriptString = "script-string"
        case jsonText = "json-text"

        /// The metadata fields, judged strictly.
        public static let metadata: Set<Kind> = [.name, .description]
        /// Everything shown inside the mini-program.
        public static let pageText: Set<Kind> = [.wxmlText, .wxmlAttribute, .scriptString, .jsonText]
    }

    public let kind: Kind
    public let text: String
    /// File path relative to the project root, for text from a file.
    public let file: String?
    public let line: Int
    public let column: Int
    /// True when `text` is exactly the source characters, so offsets inside it map to source
    /// positions; false when escapes were resolved (offsets then map to the start).
    public let verbatim: Bool
    /// `text` normalised for matching, with offsets back into `text`; computed once here so
    /// every rule shares it.
    public let normalized: NormalizedText

    public init(kind: Kind, text: String, file: String?, line: Int, column: Int, verbatim: Bool) {
        self.kind = kind
        self.text = text
        self.file = file
        self.line = line
        self.column = column
        self.verbatim = verbatim
        self.normalized = NormalizedText(text)
    }

    /// The source location of the character at `offset` (in Unicode scalars) inside `text`.
    public func location(atScalarOffset offset: Int) -> Location {
        switch kind {
        case .name: return .field(.name, column: offset + 1)
        case .description: return .field(.description, column: offset + 1)
        default: break
        }
        guard verbatim else { return .file(file ?? "", line: line, column: column) }
        var line = self.line
        var column = self.column
        var previous: Unicode.Scalar?
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                if previous != "\r" {
                    line += 1
                }
                column = 1
            } else if scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
        }
        return .file(file ?? "", line: line, column: column)
    }
}
