/// Matches the tree libxml2 recovered with the source tokens, in document order, and builds the
/// public nodes with exact positions, original name casing and unmasked strings.
///
/// A single cursor (a byte offset) only moves forward: each element takes the next start tag of
/// its name at or after the cursor, each text (whitespace-only ones included) the next text runs
/// that spell it, each comment the next comment. A node with no source counterpart gets the
/// cursor's position and leaves the cursor where it is.
struct TreeAligner {
    /// How many text runs are tried as the start of a text before settling for the first one.
    private static let textCandidateLimit = 8

    private let bytes: [UInt8]
    private let tokens: TokenizedSource
    private var locator: SourceLocator
    private var cursor: Int
    /// Indices into `tokens.startTags`, ascending, by parser name.
    private let startTagsByName: [String: [Int]]
    /// Line of the first element whose too-deep descendants were flattened, if any.
    private(set) var firstFlattenedLine: Int?

    init(bytes: [UInt8], tokens: TokenizedSource) {
        self.bytes = bytes
        self.tokens = tokens
        locator = SourceLocator(bytes: bytes, contentStart: tokens.contentStart)
        cursor = tokens.contentStart
        var byName: [String: [Int]] = [:]
        for (index, tag) in tokens.startTags.enumerated() {
            byName[tag.parserName, default: []].append(index)
        }
        startTagsByName = byName
    }

    /// The 1-based line holding a source byte offset.
    func line(of offset: Int) -> Int {
        locator.line(of: offset)
    }

    /// Builds public nodes for `nodes`, advancing the cursor. Whitespace-only text is left out.
    mutating func align(_ nodes: [RawNode]) -> [WXMLNode] {
        var result: [WXMLNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .element(let raw):
                result.append(.element(align(raw)))
            case .text(let content):
                let text = tokens.mask.unmask(content)
                let position = textPosition(for: text)
                // libxml2 keeps whitespace-only runs; they are matched above to keep the cursor
                // in step, but not reported.
                guard !text.utf8.allSatisfy(SourceTokenizer.isBlank) else { continue }
                result.append(.text(WXMLText(text: text, line: position.line, column: position.column)))
            case .comment(let content):
                let position = commentPosition()
                let body = tokens.mask.unmask(content)
                result.append(.comment(WXMLText(text: body, line: position.line, column: position.column)))
            }
        }
        return result
    }

    // MARK: - Elements

    private mutating func align(_ raw: RawElement) -> WXMLElement {
        let name: String
        let position: SourceLocator.Position
        let attributes: [WXMLAttribute]
        if let index = nextStartTag(named: raw.name) {
            let tag = tokens.startTags[index]
            cursor = tag.endOffset
            name = tag.name
            position = locator.position(of: tag.offset)
            attributes = align(raw.attributes, with: tag.attributes, fallback: position)
        } else {
            name = Self.sourceName(forParserName: raw.name)
            position = locator.position(of: cursor)
            attributes = align(raw.attributes, with: [], fallback: position)
        }
        if raw.hasFlattenedDescendants, firstFlattenedLine == nil {
            firstFlattenedLine = position.line
        }
        let children = align(raw.children)
        return WXMLElement(
            name: name, attributes: attributes, children: children, line: position.line, column: position.column)
    }

    private mutating func align(
        _ rawAttributes: [(name: String, value: String?)], with sourceAttributes: [SourceAttribute],
        fallback: SourceLocator.Position
    ) -> [WXMLAttribute] {
        var attributes: [WXMLAttribute] = []
        attributes.reserveCapacity(rawAttributes.count)
        var next = 0
        for raw in rawAttributes {
            var search = next
            while search < sourceAttributes.count, sourceAttributes[search].parserName != raw.name {
                search += 1
            }
            guard search < sourceAttributes.count else {
                attributes.append(
                    WXMLAttribute(
                        name: raw.name, value: raw.value.map(tokens.mask.unmask), line: fallback.line,
                        column: fallback.column, valueLine: fallback.line, valueColumn: fallback.column))
                continue
            }
            next = search + 1
            let source = sourceAttributes[search]
            let namePosition = locator.position(of: source.offset)
            let valuePosition = source.valueOffset.map { locator.position(of: $0) } ?? namePosition
            // The source decides between valueless and empty; libxml2's text is the decoded value.
            let value = source.valueOffset.map { _ in tokens.mask.unmask(raw.value ?? "") }
            attributes.append(
                WXMLAttribute(
                    name: source.name, value: value, line: namePosition.line, column: namePosition.column,
                    valueLine: valuePosition.line, valueColumn: valuePosition.column))
        }
        return attributes
    }

    private func nextStartTag(named parserName: String) -> Int? {
        guard let indices = startTagsByName[parserName] else { return nil }
        let found = Self.firstIndex(in: indices, atOrAfter: cursor) { tokens.startTags[$0].offset }
        return found < indices.count ? indices[found] : nil
    }

    /// The name to show for an element libxml2 made up: its parser name without the rewrite.
    private static func sourceName(forParserName name: String) -> String {
        if name == "script" { return "wxs" }
        if name.hasPrefix(SourceTokenizer.renamePrefix) {
            return String(name.dropFirst(SourceTokenizer.renamePrefix.count))
        }
        return name
    }

    // MARK: - Text and comments

    private mutating func textPosition(for text: String) -> SourceLocator.Position {
        let first = Self.firstIndex(in: tokens.texts, atOrAfter: cursor) { $0.offset }
        guard first < tokens.texts.count else {
            return locator.position(of: cursor)
        }
        var text = text
        let (start, last) = text.withUTF8 { expected in
            for candidate in first..<min(first + Self.textCandidateLimit, tokens.texts.count) {
                if let end = lastRun(spelling: expected, from: candidate) {
                    return (candidate, end)
                }
            }
            return (first, first)
        }
        cursor = tokens.texts[last].endOffset
        return locator.position(of: tokens.texts[start].offset)
    }

    /// The index of the last of the consecutive runs, starting at `first`, that together spell
    /// `expected` exactly, decoded as libxml2 decodes character references (a `<wxs>` body is
    /// compared as written); nil when they do not. Several runs spell one text where libxml2
    /// joined them around markup it dropped, such as a stray end tag.
    private func lastRun(spelling expected: UnsafeBufferPointer<UInt8>, from first: Int) -> Int? {
        var compared = 0
        var index = first
        while index < tokens.texts.count {
            let run = tokens.texts[index]
            var offset = run.offset
            while offset < run.endOffset {
                if !run.isRaw, bytes[offset] == UInt8(ascii: "&"),
                    let reference = characterReference(at: offset, end: run.endOffset)
                {
                    if let character = reference.character {
                        for byte in character.utf8 {
                            guard compared < expected.count, expected[compared] == byte else { return nil }
                            compared += 1
                        }
                    }
                    offset = reference.endOffset
                } else {
                    guard compared < expected.count, expected[compared] == bytes[offset] else { return nil }
                    compared += 1
                    offset += 1
                }
            }
            if compared == expected.count { return index }
            index += 1
        }
        return nil
    }

    /// The character reference at `offset` as libxml2 2.9's HTML parser reads it: `&#...;`,
    /// `&#x...;` or a known named entity followed by `;`. The character is nil when libxml2 drops
    /// the reference; the result is nil when libxml2 keeps the text as written.
    private func characterReference(at offset: Int, end: Int) -> (character: Unicode.Scalar?, endOffset: Int)? {
        var index = offset + 1
        guard index < end else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hexadecimal = index < end && (bytes[index] | 0x20) == UInt8(ascii: "x")
            if hexadecimal { index += 1 }
            var value: UInt32 = 0
            while index < end, let digit = Self.digitValue(bytes[index], hexadecimal: hexadecimal) {
                value = min(value * (hexadecimal ? 16 : 10) + digit, 0x110000)
                index += 1
            }
            if index < end, bytes[index] == UInt8(ascii: ";") { index += 1 }
            let isXMLCharacter =
                value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            return (isXMLCharacter ? Unicode.Scalar(value) : nil, index)
        }
        let nameStart = index
        while index < end, Self.isEntityNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, index < end, bytes[index] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let character = LibXMLReader.entityCharacter(named: name) else { return nil }
        return (character, index + 1)
    }

    private static func digitValue(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hexadecimal: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hexadecimal: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func isEntityNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: ":"):
            true
        default:
            byte >= 0x80
        }
    }

    private mutating func commentPosition() -> SourceLocator.Position {
        let index = Self.firstIndex(in: tokens.comments, atOrAfter: cursor) { $0.offset }
        guard index < tokens.comments.count else {
            return locator.position(of: cursor)
        }
        let comment = tokens.comments[index]
        cursor = comment.endOffset
        return locator.position(of: comment.bodyOffset)
    }

    /// Index of the first element whose offset is at least `offset` in an array sorted by offset.
    private static func firstIndex<Element>(
        in array: [Element], atOrAfter offset: Int, by key: (Element) -> Int
    ) -> Int {
        var low = 0
        var high = array.count
        while low < high {
            let middle = (low + high) / 2
            if key(array[middle]) < offset {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low
    }
}
