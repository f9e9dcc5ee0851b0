/// A problem the parser recovered from, such as an unclosed element or a stray end tag.
public struct WXMLDiagnostic: Sendable, Equatable {
    /// Line the problem was reported on (1-based).
    public let line: Int
    /// libxml2's message (tag names shown as written in WXML, lower-cased), or this module's own
    /// message for problems libxml2 recovers from silently.
    public let message: String

    /// Creates a diagnostic.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}
