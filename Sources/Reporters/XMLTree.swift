/// A small XML tree that a reporter builds in Swift; `LibXMLWriter` serialises it.
struct XMLTree: Sendable, Equatable {
    /// An element or a run of text.
    enum Node: Sendable, Equatable {
        case element(XMLTree)
        case text(String)
    }

    var name: String
    /// In the order written.
    var attributes: [(name: String, value: String)]
    var children: [Node]

    init(_ name: String, _ attributes: [(String, String)] = [], children: [Node] = []) {
        self.name = name
        self.attributes = attributes.map { (name: $0.0, value: $0.1) }
        self.children = children
    }

    static func == (lhs: XMLTree, rhs: XMLTree) -> Bool {
        lhs.name == rhs.name && lhs.children == rhs.children
            && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }

    /// Text with the characters XML 1.0 cannot hold (most C0 controls, lone surrogates cannot
    /// occur in a Swift string, U+FFFE and U+FFFF) replaced by U+FFFD.
    static func xmlSafe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalars.append(scalar)
            default: scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }
}
