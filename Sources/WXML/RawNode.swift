/// A node of the tree libxml2 built, copied out of C memory before the document is freed. Names
/// are libxml2's (lower-cased, as rewritten by `SourceTokenizer`); strings may still hold
/// `BindingMask` scalars.
enum RawNode {
    case element(RawElement)
    /// Character data, including a `<script>` (WXS) body.
    case text(String)
    case comment(String)
}

/// An element of libxml2's tree.
struct RawElement {
    let name: String
    /// Attributes as libxml2 kept them; the value is nil for an attribute written without `=`.
    let attributes: [(name: String, value: String?)]
    let children: [RawNode]
    /// True when libxml2 nested deeper than the depth limit below this element and the deeper
    /// nodes were moved up into `children`, in document order.
    let hasFlattenedDescendants: Bool
}

/// What libxml2 reported while parsing.
struct RawDiagnostic {
    /// libxml2's `xmlParserErrors` code.
    let code: Int
    let line: Int
    let message: String
    /// The strings libxml2 substituted into `message` (tag names for tag errors), if any.
    let substitutions: [String]
}

/// libxml2's result for one document.
struct RawDocument {
    /// Top-level nodes of the document (normally just the wrapper element).
    var nodes: [RawNode] = []
    var diagnostics: [RawDiagnostic] = []
    /// How many further problems libxml2 reported past the limit.
    var unrecordedDiagnostics = 0
}
