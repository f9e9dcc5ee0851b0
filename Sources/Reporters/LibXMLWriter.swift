// The only file of this module that uses libxml2.
internal import CLibXML2

/// Serialises an `XMLTree` with libxml2's xmlTextWriter: UTF-8, an XML declaration, indented by
/// two spaces, with escaping done by libxml2.
enum LibXMLWriter {
    /// The document as text. libxml2 reports failure only on allocation errors or invalid
    /// names; mpcheck's element and attribute names are fixed ASCII, so a failure is a bug.
    static func write(_ root: XMLTree) -> String {
        guard let buffer = xmlBufferCreate() else { preconditionFailure("libxml2 could not allocate a buffer") }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            preconditionFailure("libxml2 could not create a writer")
        }
        var freed = false
        defer { if !freed { xmlFreeTextWriter(writer) } }
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlChars("  ") { xmlTextWriterSetIndentString(writer, $0) })
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        write(root, to: writer)
        check(xmlTextWriterEndDocument(writer))
        // Freeing the writer flushes it into the buffer.
        xmlFreeTextWriter(writer)
        freed = true
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private static func write(_ element: XMLTree, to writer: xmlTextWriterPtr) {
        check(xmlChars(element.name) { xmlTextWriterStartElement(writer, $0) })
        for attribute in element.attributes {
            check(
                xmlChars(attribute.name) { name in
                    xmlChars(XMLTree.xmlSafe(attribute.value)) { xmlTextWriterWriteAttribute(writer, name, $0) }
                })
        }
        for child in element.children {
            switch child {
            case .element(let tree): write(tree, to: writer)
            case .text(let text): check(xmlChars(XMLTree.xmlSafe(text)) { xmlTextWriterWriteString(writer, $0) })
            }
        }
        // Full end tags keep empty elements readable for every JUnit consumer.
        check(xmlTextWriterEndElement(writer))
    }

    /// Calls `body` with the string as a NUL-terminated `xmlChar` (UTF-8) pointer.
    private static func xmlChars<T>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
        text.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: xmlChar.self, capacity: buffer.count) { body($0) }
        }
    }

    private static func check(_ status: Int32, line: Int = #line) {
        precondition(status >= 0, "libxml2 writer failed (LibXMLWriter.swift:\(line))")
    }
}
