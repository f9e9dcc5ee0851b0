/// A parsed WXML file.
///
/// Positions throughout this module: `line` is 1-based; `column` is 1-based and
/// counts Unicode scalars from the start of the line. Lines end at `\n` (a
/// CRLF file therefore has `\r` as the last scalar of each line). A leading
/// byte-order mark is not counted.
public struct WXMLDocument: Sendable, Equatable {
    /// Top-level nodes in document order (the synthetic wrapper root is not included).
    public let nodes: [WXMLNode]
    /// Problems the parser recovered from (unclosed tags, stray `</x>` ...), with the line libxml2 reported.
    public let diagnostics: [WXMLDiagnostic]
    /// Every element, depth-first in document order. Listed once here, since several rules walk
    /// every element of every file.
    public let elements: [WXMLElement]

    /// Creates a document from already-built nodes, for example as a test fixture.
    public init(nodes: [WXMLNode], diagnostics: [WXMLDiagnostic] = []) {
        self.nodes = nodes
        self.diagnostics = diagnostics
        var elements: [WXMLElement] = []
        WXMLNode.collect(nodes, elements: &elements)
        self.elements = elements
    }

    public static func == (lhs: WXMLDocument, rhs: WXMLDocument) -> Bool {
        // `elements` follows from `nodes`.
        lhs.nodes == rhs.nodes && lhs.diagnostics == rhs.diagnostics
    }

    /// Every text node (not comments), depth-first in document order, including the bodies of `<wxs>` elements.
    public var texts: [WXMLText] {
        var result: [WXMLText] = []
        WXMLNode.collect(nodes, texts: &result)
        return result
    }

    /// Every comment body, depth-first in document order.
    public var comments: [WXMLText] {
        var result: [WXMLText] = []
        WXMLNode.collect(nodes, comments: &result)
        return result
    }
}
