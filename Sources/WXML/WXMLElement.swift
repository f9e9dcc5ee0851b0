/// An element such as `<view class="a">...</view>` or `<my-comp />`.
public struct WXMLElement: Sendable, Equatable {
    /// Tag name with its casing as written in the source (e.g. "live-player", "scroll-view", "wxs").
    public let name: String
    /// Attributes in source order; a repeated attribute name keeps only its first occurrence.
    public let attributes: [WXMLAttribute]
    /// Child nodes in document order. For `<wxs>` the body is a single raw text child.
    public let children: [WXMLNode]
    /// Line of the `<` that opens the start tag (1-based).
    public let line: Int
    /// Column of the `<` that opens the start tag (1-based, in Unicode scalars).
    public let column: Int

    /// Creates an element, for example as a test fixture.
    public init(name: String, attributes: [WXMLAttribute], children: [WXMLNode], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
        self.column = column
    }

    /// The tag name in lower case. Tag names are ASCII (the parser reads no other name
    /// characters), so this is the ASCII lower-casing, and the name itself when it has no capital.
    public var lowercasedName: String {
        SourceTokenizer.asciiLowercased(name)
    }

    /// The attribute with this name, compared case-insensitively (attribute names are ASCII).
    public func attribute(_ name: String) -> WXMLAttribute? {
        attributes.first { SourceTokenizer.equalIgnoringASCIICase($0.name, name) }
    }

    /// Child elements, in document order.
    public var childElements: [WXMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }
}
