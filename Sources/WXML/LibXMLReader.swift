internal import CLibXML2

/// Runs libxml2's HTML parser and copies the resulting tree into `RawNode`s. The only file that
/// touches libxml2: every C object is created and freed inside `read`.
enum LibXMLReader {
    /// `XML_HTML_UNKNOWN_TAG`, reported for every tag HTML 4 does not know, i.e. for every WXML tag.
    fileprivate static let unknownTagCode = Int(XML_HTML_UNKNOWN_TAG.rawValue)
    /// Codes of the errors whose substitutions are tag names.
    static let tagErrorCodes: Set<Int> = [
        Int(XML_ERR_TAG_NAME_MISMATCH.rawValue), Int(XML_ERR_GT_REQUIRED.rawValue),
    ]

    private static let initialization: Void = xmlInitParser()

    // XML_PARSE_HUGE lifts the 256-level nesting limit: past it libxml2 halts and silently drops
    // the rest of the file. Deep nesting is capped afterwards, in `convert`.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_NODEFDTD.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// Parses `input` (UTF-8). Elements nested deeper than `maxDepth` below the top level have
    /// their descendants flattened into them; errors past `diagnosticLimit` are only counted.
    /// Never fails: without a tree the result is empty.
    static func read(_ input: [UInt8], maxDepth: Int, diagnosticLimit: Int) -> RawDocument {
        _ = initialization
        guard input.count <= Int(Int32.max) else { return RawDocument() }

        // libxml2 keeps the structured error handler per thread and the parse is synchronous, so
        // concurrent parses on other threads never see this collector. The handler the thread had
        // before is put back afterwards.
        let collector = DiagnosticCollector(limit: diagnosticLimit)
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(unmanaged.toOpaque()) { context, error in
            guard let context, let error else { return }
            Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(previousContext, previousHandler) }

        let document = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { characters in
                    htmlReadMemory(characters, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else {
            return RawDocument(diagnostics: collector.diagnostics, unrecordedDiagnostics: collector.unrecorded)
        }
        defer { xmlFreeDoc(document) }
        let nodes = convert(document.pointee.children, depth: 0, maxDepth: maxDepth)
        return RawDocument(
            nodes: nodes, diagnostics: collector.diagnostics, unrecordedDiagnostics: collector.unrecorded)
    }

    /// The character an HTML 4 named entity (`nbsp` for `&nbsp;`) stands for, as libxml2 decodes it.
    static func entityCharacter(named name: String) -> Unicode.Scalar? {
        guard let entity = htmlEntityLookup(name), entity.pointee.value > 0 else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }

    // MARK: - Tree

    private static func convert(_ first: xmlNodePtr?, depth: Int, maxDepth: Int) -> [RawNode] {
        var nodes: [RawNode] = []
        var cursor = first
        while let node = cursor {
            if node.pointee.type == XML_ELEMENT_NODE {
                let children: [RawNode]
                var flattened = false
                if depth < maxDepth {
                    children = convert(node.pointee.children, depth: depth + 1, maxDepth: maxDepth)
                } else {
                    children = flattenedDescendants(of: node)
                    flattened = children.contains { if case .element = $0 { true } else { false } }
                }
                nodes.append(.element(element(node, children: children, flattened: flattened)))
            } else {
                append(leaf: node, to: &nodes, mergingText: true)
            }
            cursor = node.pointee.next
        }
        return nodes
    }

    /// Every descendant of `parent` in document order, without nesting, walking the C tree without
    /// recursion.
    private static func flattenedDescendants(of parent: xmlNodePtr) -> [RawNode] {
        var nodes: [RawNode] = []
        var cursor = parent.pointee.children
        while let node = cursor {
            if node.pointee.type == XML_ELEMENT_NODE {
                nodes.append(.element(element(node, children: [], flattened: false)))
                if let child = node.pointee.children {
                    cursor = child
                    continue
                }
            } else {
                append(leaf: node, to: &nodes, mergingText: false)
            }
            var next = node
            while next.pointee.next == nil {
                guard let up = next.pointee.parent, up != parent else { return nodes }
                next = up
            }
            cursor = next.pointee.next
        }
        return nodes
    }

    private static func element(_ node: xmlNodePtr, children: [RawNode], flattened: Bool) -> RawElement {
        var attributes: [(name: String, value: String?)] = []
        var property = node.pointee.properties
        while let attribute = property {
            let name = attribute.pointee.name.map { String(cString: $0) } ?? ""
            var value: String?
            var child = attribute.pointee.children
            while let part = child {
                value = (value ?? "") + (part.pointee.content.map { String(cString: $0) } ?? "")
                child = part.pointee.next
            }
            attributes.append((name, value))
            property = attribute.pointee.next
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        return RawElement(name: name, attributes: attributes, children: children, hasFlattenedDescendants: flattened)
    }

    /// Appends a text, CDATA or comment node; with `mergingText`, character data right after
    /// character data is merged (libxml2 may split a long `<script>` body into several CDATA
    /// nodes). Other node kinds are skipped.
    private static func append(leaf node: xmlNodePtr, to nodes: inout [RawNode], mergingText: Bool) {
        let content = node.pointee.content.map { String(cString: $0) } ?? ""
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if mergingText, case .text(let previous) = nodes.last {
                nodes[nodes.count - 1] = .text(previous + content)
            } else {
                nodes.append(.text(content))
            }
        case XML_COMMENT_NODE:
            nodes.append(.comment(content))
        default:
            break
        }
    }
}

/// Collects libxml2's errors for one parse; reached from the C callback through the context
/// pointer registered with the handler.
private final class DiagnosticCollector {
    private(set) var diagnostics: [RawDiagnostic] = []
    /// Problems past `limit`, counted but not kept.
    private(set) var unrecorded = 0
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    func record(_ error: xmlError) {
        // Every WXML tag is unknown to HTML 4; skip that error before building any string.
        guard Int(error.code) != LibXMLReader.unknownTagCode else { return }
        guard diagnostics.count < limit else {
            unrecorded += 1
            return
        }
        let message = error.message.map { String(cString: $0) } ?? ""
        let substitutions = [error.str1, error.str2].compactMap { $0.map { String(cString: $0) } }
        diagnostics.append(
            RawDiagnostic(
                code: Int(error.code), line: Int(error.line), message: message, substitutions: substitutions))
    }
}
