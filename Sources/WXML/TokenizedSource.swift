/// The markup of a WXML source as libxml2's HTML parser (2.9) will see it, with UTF-8 byte offsets
/// into the source, plus the rewritten bytes to hand to libxml2.
///
/// Every array is sorted by offset. Offsets are byte offsets into the source's UTF-8, never into
/// `parserInput`.
struct TokenizedSource {
    /// Start tags, in source order.
    var startTags: [SourceStartTag] = []
    /// Runs of character data between markup (including `<wxs>` bodies), in source order.
    var texts: [SourceText] = []
    /// Terminated comments, in source order.
    var comments: [SourceComment] = []
    /// Elements whose end tag never comes, which libxml2 closes without reporting it.
    var unclosedElements: [UnclosedElement] = []
    /// The rewritten document for libxml2: a wrapper root, renamed tags, masked bindings.
    var parserInput: [UInt8] = []
    /// The mask used for `{{ }}` in `parserInput`.
    var mask: BindingMask
    /// Offset of the first byte after a leading byte-order mark (0 without one).
    var contentStart = 0
}

/// A start tag such as `<view class="a">`.
struct SourceStartTag {
    /// Offset of the `<`.
    let offset: Int
    /// Offset just past the closing `>` or `/>` (or the end of the source when unterminated).
    let endOffset: Int
    /// The name as written.
    let name: String
    /// The name libxml2 reports for this tag after the rewrite (lower-cased, renamed).
    let parserName: String
    /// Attributes in source order, duplicates included.
    let attributes: [SourceAttribute]
    /// Whether the tag ends with `/>`.
    let isSelfClosing: Bool
}

/// An attribute inside a start tag.
struct SourceAttribute {
    /// The name as written.
    let name: String
    /// The name as libxml2 reports it (ASCII lower-cased).
    let parserName: String
    /// Offset of the name's first byte.
    let offset: Int
    /// Offset of the value's first byte (just inside the quote); nil when there is no `=`.
    let valueOffset: Int?
}

/// A run of character data.
struct SourceText {
    /// Offset of the first byte.
    let offset: Int
    /// Offset just past the last byte.
    let endOffset: Int
    /// Whether this is a `<wxs>` body, which libxml2 keeps as written (no character references).
    let isRaw: Bool
}

/// A terminated `<!-- ... -->` comment.
struct SourceComment {
    /// Offset of the `<`.
    let offset: Int
    /// Offset of the body's first byte.
    let bodyOffset: Int
    /// Offset just past `-->` (or `--!>`).
    let endOffset: Int
}

/// An element that is never explicitly closed.
struct UnclosedElement {
    /// Index into `TokenizedSource.startTags`.
    let startTagIndex: Int
    /// The end tag (name as written) that closed it implicitly; nil when the file ended first.
    let closedBy: String?
}
