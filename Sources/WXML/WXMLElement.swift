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

    /// The attribute with this name, compared case-insensitively.
    public func attribute(_ name: String) -> WXMLAttribute? {
        let wanted = name.lowercased()
        return attributes.first { $0.name.lowercased() == wanted }
    }

    /// Child elements, in document order.
    public var childElements: [WXMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }
}
