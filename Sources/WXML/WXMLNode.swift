/// One node of a WXML tree.
public indirect enum WXMLNode: Sendable, Equatable {
    case element(WXMLElement)
    case text(WXMLText)
    /// `<!-- ... -->`: the text is the comment body without the delimiters,
    /// positioned at the body's first character.
    case comment(WXMLText)
}

extension WXMLNode {
    // Nesting is capped by the parser, so plain recursion cannot exhaust the stack.

    static func collect(_ nodes: [WXMLNode], elements: inout [WXMLElement]) {
        for node in nodes {
            if case .element(let element) = node {
                elements.append(element)
                collect(element.children, elements: &elements)
            }
        }
    }

    static func collect(_ nodes: [WXMLNode], texts: inout [WXMLText]) {
        for node in nodes {
            switch node {
            case .element(let element): collect(element.children, texts: &texts)
            case .text(let text): texts.append(text)
            case .comment: break
            }
        }
    }

    static func collect(_ nodes: [WXMLNode], comments: inout [WXMLText]) {
        for node in nodes {
            switch node {
            case .element(let element): collect(element.children, comments: &comments)
            case .text: break
            case .comment(let body): comments.append(body)
            }
        }
    }
}
