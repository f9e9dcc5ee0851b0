import WXML

/// The first element with this name (as written), depth-first.
func firstElement(_ document: WXMLDocument, named name: String) -> WXMLElement? {
    document.elements.first { $0.name == name }
}

/// A compact description of a tree, for structure assertions: `name[child,child]`, texts quoted.
func outline(_ nodes: [WXMLNode]) -> String {
    nodes.map { node in
        switch node {
        case .element(let element):
            element.children.isEmpty ? element.name : "\(element.name)[\(outline(element.children))]"
        case .text(let text):
            "\"\(text.text)\""
        case .comment(let body):
            "<!--\(body.text)-->"
        }
    }.joined(separator: ",")
}

/// `(line, column)` of an element, attribute name, attribute value or text, for terse expectations.
func at(_ element: WXMLElement) -> [Int] { [element.line, element.column] }
func at(_ text: WXMLText) -> [Int] { [text.line, text.column] }
func nameAt(_ attribute: WXMLAttribute?) -> [Int] { attribute.map { [$0.line, $0.column] } ?? [] }
func valueAt(_ attribute: WXMLAttribute?) -> [Int] { attribute.map { [$0.valueLine, $0.valueColumn] } ?? [] }
