/// Parses WXML with libxml2's HTML parser for structure and recovery, and the source itself for
/// exact positions and original casing.
public enum WXMLParser {
    /// Deepest element nesting kept as a tree. Descendants of an element at this depth are listed
    /// as its direct children, in document order, and a diagnostic says so; this keeps every
    /// recursive walk over the tree far from the stack limit.
    public static let maxDepth = 256
    /// Most diagnostics listed for one file; one more diagnostic then counts the rest.
    public static let diagnosticLimit = 1_000

    /// Parses WXML. Never throws or traps: malformed input is recovered and reported in `diagnostics`.
    public static func parse(_ source: String) -> WXMLDocument {
        let bytes = Array(source.utf8)
        let tokens = SourceTokenizer.tokenize(bytes)
        let raw = LibXMLReader.read(tokens.parserInput, maxDepth: maxDepth, diagnosticLimit: diagnosticLimit)

        var topLevel: [RawNode] = []
        for node in raw.nodes {
            if case .element(let element) = node, element.name == SourceTokenizer.wrapperName {
                topLevel.append(contentsOf: element.children)
            } else {
                topLevel.append(node)
            }
        }
        var aligner = TreeAligner(bytes: bytes, tokens: tokens)
        let nodes = aligner.align(topLevel)
        return WXMLDocument(nodes: nodes, diagnostics: diagnostics(raw, tokens, aligner, sourceLength: bytes.count))
    }

    // MARK: - Diagnostics

    /// libxml2's diagnostics plus this module's own, ordered by line (stable), capped at
    /// `diagnosticLimit`.
    private static func diagnostics(
        _ raw: RawDocument, _ tokens: TokenizedSource, _ aligner: TreeAligner, sourceLength: Int
    ) -> [WXMLDiagnostic] {
        var diagnostics: [WXMLDiagnostic] = []
        let lastLine = aligner.line(of: sourceLength)
        for reported in raw.diagnostics {
            diagnostics.append(
                WXMLDiagnostic(
                    line: min(max(reported.line, 1), lastLine),
                    message: tokens.mask.unmask(message(for: reported))))
        }
        let lastLibXMLLine = diagnostics.last?.line ?? 1
        for unclosed in tokens.unclosedElements {
            let tag = tokens.startTags[unclosed.startTagIndex]
            let ending = unclosed.closedBy.map { "</\($0)>" } ?? "the end of the file"
            diagnostics.append(
                WXMLDiagnostic(
                    line: aligner.line(of: tag.offset),
                    message: "Element <\(tag.name)> is not closed before \(ending)"))
        }
        if let line = aligner.firstFlattenedLine {
            diagnostics.append(
                WXMLDiagnostic(
                    line: line,
                    message: "Elements are nested more than \(maxDepth) levels deep; deeper elements are "
                        + "listed as children of the element at that depth"))
        }

        var ordered = diagnostics.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
        let excess = max(ordered.count - diagnosticLimit, 0)
        let omitted = excess + raw.unrecordedDiagnostics
        guard omitted > 0 else { return ordered }
        // libxml2's unrecorded problems come after its last recorded one.
        let line = excess > 0 ? ordered[diagnosticLimit].line : lastLibXMLLine
        ordered.removeLast(excess)
        ordered.append(WXMLDiagnostic(line: line, message: "\(omitted) more problems are not listed"))
        return ordered
    }

    /// libxml2's message on one line, with rewritten tag names shown as written in WXML.
    private static func message(for diagnostic: RawDiagnostic) -> String {
        let firstLine = diagnostic.message.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first ?? ""
        guard LibXMLReader.tagErrorCodes.contains(diagnostic.code), !diagnostic.substitutions.isEmpty else {
            return trimmed(firstLine)
        }
        let words = firstLine.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let word = String(word)
            guard diagnostic.substitutions.contains(word) else { return word }
            if word == "script" { return "wxs" }
            if word.hasPrefix(SourceTokenizer.renamePrefix) {
                return String(word.dropFirst(SourceTokenizer.renamePrefix.count))
            }
            return word
        }
        return trimmed(Substring(words.joined(separator: " ")))
    }

    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
