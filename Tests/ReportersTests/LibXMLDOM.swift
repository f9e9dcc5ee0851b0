// The only file of this test target that uses libxml2: it parses reports back into a small tree.
import CLibXML2
import Foundation

/// An element of a parsed document, with its attributes, child elements and text.
struct DOMElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [DOMElement]
    /// The concatenated text of this element and its descendants.
    var text: String

    /// This element and every descendant, in document order.
    var all: [DOMElement] { [self] + children.flatMap(\.all) }

    func elements(_ name: String) -> [DOMElement] { all.filter { $0.name == name } }

    /// Elements whose `class` attribute holds `className`.
    func elements(class className: String) -> [DOMElement] {
        all.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    enum ParseError: Error { case notWellFormed(String) }

    /// Parses XML strictly: without recovery, libxml2 returns no document for text that is not well-formed.
    static func xml(_ text: String) throws -> DOMElement {
        try parse(text, html: false)
    }

    /// Parses HTML with libxml2's HTML parser.
    static func html(_ text: String) throws -> DOMElement {
        try parse(text, html: true)
    }

    private static func parse(_ text: String, html: Bool) throws -> DOMElement {
        let bytes = Array(text.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                if html {
                    return htmlReadMemory(
                        pointer, Int32(buffer.count), nil, "UTF-8",
                        Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue))
                }
                return xmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw ParseError.notWellFormed("no document") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError.notWellFormed("no root element") }
        return element(root)
    }

    private static func element(_ node: xmlNodePtr) -> DOMElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[name] = String(cString: value)
                clibxml2_free(value)
            }
            attribute = current.pointee.next
        }
        var children: [DOMElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current)) }
            child = current.pointee.next
        }
        var text = ""
        if let content = xmlNodeGetContent(node) {
            text = String(cString: content)
            clibxml2_free(content)
        }
        return DOMElement(
            name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text)
    }
}
