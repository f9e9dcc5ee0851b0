/// Splits WXML source into the tokens libxml2 2.9's HTML parser will see, and writes the rewritten
/// input that makes that parser behave like a generic, WXML-friendly tag-soup parser.
///
/// The scanning rules mirror `htmlParseContentInternal`, `htmlParseStartTag` and
/// `htmlParseEndTag` of libxml2 2.9 closely enough that each element, text run and comment in
/// libxml2's tree can be matched with its source token. The rewrite keeps every newline in place,
/// so libxml2's line numbers stay those of the source:
/// - the whole file is wrapped in an unknown root element (no implied `<p>` for top-level text);
/// - every tag name gets the prefix `w-`, so no WXML tag is subject to an HTML 4 content model
///   (`<p>`, `<form>`, void `<input>` ...);
/// - `<wxs>`/`</wxs>` become `<script>`/`</script>`, so the WXS body stays raw text, and `<`
///   before `/` inside that body is masked;
/// - `<`, `&` (and `>` in unquoted attribute values) inside `{{ }}` become private-use scalars;
/// - NUL becomes U+FFFD (libxml2 stops at NUL) and a leading byte-order mark is dropped.
struct SourceTokenizer {
    /// Name of the synthetic root element wrapped around the file. Source tags are always renamed,
    /// so it can never clash with one of them.
    static let wrapperName = "wxml-root"
    /// Prefix added to every source tag name except `wxs`.
    static let renamePrefix = "w-"
    /// libxml2 keeps at most this many bytes of a tag or attribute name.
    private static let parserNameLimit = 100
    private static let renamePrefixBytes = Array(renamePrefix.utf8)
    private static let scriptBytes = Array("script".utf8)

    private let bytes: [UInt8]
    private var position = 0
    private var result: TokenizedSource
    private var copiedUpTo = 0
    /// Whether the source holds a NUL byte, which the parser input replaces (most sources do not).
    private let hasNUL: Bool
    private var textStart: Int?
    /// Open elements as libxml2 tracks them: parser name and index into `result.startTags`.
    private var openElements: [(parserName: String, startTagIndex: Int)] = []
    private var openCounts: [String: Int] = [:]
    private var closingBraces = DelimiterFinder(first: UInt8(ascii: "}"), second: UInt8(ascii: "}"))
    private var openingBraces = DelimiterFinder(first: UInt8(ascii: "{"), second: UInt8(ascii: "{"))

    /// Tokenizes `bytes` (the source's UTF-8).
    static func tokenize(_ bytes: [UInt8]) -> TokenizedSource {
        var tokenizer = SourceTokenizer(bytes: bytes)
        tokenizer.run()
        return tokenizer.result
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        hasNUL = bytes.contains(0)
        result = TokenizedSource(mask: BindingMask(avoiding: bytes))
        result.parserInput.reserveCapacity(bytes.count + bytes.count / 16 + 64)
        result.parserInput.append(contentsOf: "<\(Self.wrapperName)>".utf8)
    }

    // MARK: - Content

    private mutating func run() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            replace(at: 0, length: 3, with: [])
            position = 3
            result.contentStart = 3
        }
        while position < bytes.count {
            let current = bytes[position]
            if current == UInt8(ascii: "<") {
                if !scanMarkup() {
                    startText()
                    position += 1
                }
            } else if current == UInt8(ascii: "{"), byte(at: position + 1) == UInt8(ascii: "{") {
                startText()
                scanTextBinding()
            } else {
                startText()
                position += 1
                // The rest of the run up to the next `<` or `{` is text too.
                while position < bytes.count, bytes[position] != UInt8(ascii: "<"), bytes[position] != UInt8(ascii: "{")
                {
                    position += 1
                }
            }
        }
        endText()
        for open in openElements {
            result.unclosedElements.append(UnclosedElement(startTagIndex: open.startTagIndex, closedBy: nil))
        }
        appendSource(upTo: bytes.count)
    }

    /// Handles the markup starting at the `<` under `position`; false when libxml2 treats that `<`
    /// as text.
    private mutating func scanMarkup() -> Bool {
        let next = byte(at: position + 1)
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: position) {
                scanComment()
                return true
            }
            if matchesIgnoringCase("<!doctype", at: position) {
                endText()
                position = offsetAfterGreaterThan(from: position + 9)
                // libxml2 2.9 does not test for an end tag or another declaration right after a
                // misplaced declaration, so their `<` becomes text.
                if byte(at: position) == UInt8(ascii: "<"),
                    byte(at: position + 1) == UInt8(ascii: "/") || matchesIgnoringCase("<!doctype", at: position)
                {
                    startText()
                    position += 1
                }
                return true
            }
            return false
        }
        if next == UInt8(ascii: "?") {
            endText()
            if let nameStart = byte(at: position + 2), Self.isProcessingInstructionNameStart(nameStart) {
                position = offsetAfterGreaterThan(from: position + 2)
            } else {
                // libxml2 drops a `<?` it cannot parse and reads on as text.
                position += 2
            }
            return true
        }
        if next == UInt8(ascii: "/") {
            endText()
            if let nameStart = byte(at: position + 2), Self.isNameStart(nameStart) {
                scanEndTag()
            } else {
                // libxml2 drops `</` not followed by a name and reads on as text.
                position += 2
            }
            return true
        }
        if let next, Self.isASCIILetter(next) {
            endText()
            scanStartTag()
            return true
        }
        return false
    }

    private mutating func scanComment() {
        endText()
        let start = position
        var index = position + 4
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), byte(at: index + 1) == UInt8(ascii: "-") {
                if byte(at: index + 2) == UInt8(ascii: ">") {
                    result.comments.append(SourceComment(offset: start, bodyOffset: start + 4, endOffset: index + 3))
                    position = index + 3
                    return
                }
                if byte(at: index + 2) == UInt8(ascii: "!"), byte(at: index + 3) == UInt8(ascii: ">") {
                    result.comments.append(SourceComment(offset: start, bodyOffset: start + 4, endOffset: index + 4))
                    position = index + 4
                    return
                }
            }
            index += 1
        }
        // An unterminated comment swallows the rest of the file in libxml2 too.
        position = bytes.count
    }

    /// Scans a `{{ ... }}` binding in text; the binding stays text and its `<` and `&` are masked.
    private mutating func scanTextBinding() {
        let open = position
        guard let close = closingBraces.next(in: bytes, from: open + 2) else {
            position += 1
            return
        }
        // A `{{` without its own `}}` must not swallow the markup up to the next binding's `}}`.
        if let reopen = openingBraces.next(in: bytes, from: open + 2), reopen < close {
            position += 1
            return
        }
        for index in open..<close where bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: "&") {
            replace(at: index, length: 1, with: result.mask.bytes(replacing: bytes[index]))
        }
        position = close + 2
    }

    // MARK: - Tags

    private mutating func scanStartTag() {
        let start = position
        let nameStart = position + 1
        let nameEnd = scanName(from: nameStart, limit: Self.parserNameLimit - Self.renamePrefix.utf8.count)
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let lowercasedName = Self.asciiLowercased(name)
        let isWXS = lowercasedName == "wxs"
        let parserName: String
        if isWXS {
            parserName = "script"
            replace(at: nameStart, length: 3, with: Self.scriptBytes)
        } else {
            parserName = Self.renamePrefix + lowercasedName
            replace(at: nameStart, length: 0, with: Self.renamePrefixBytes)
        }
        position = nameEnd
        skipBlanks()

        var attributes: [SourceAttribute] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">"), !atSlashGreaterThan() {
            if Self.isNameStart(bytes[position]) {
                attributes.append(scanAttribute())
            } else {
                // libxml2 skips a bogus attribute up to the next blank or the end of the tag.
                while position < bytes.count, !Self.isBlank(bytes[position]),
                    bytes[position] != UInt8(ascii: ">"), !atSlashGreaterThan()
                {
                    position += 1
                }
            }
            skipBlanks()
        }

        var isSelfClosing = false
        var isTerminated = true
        if position >= bytes.count {
            isTerminated = false
        } else if bytes[position] == UInt8(ascii: ">") {
            position += 1
        } else {
            isSelfClosing = true
            position += 2
        }
        let index = result.startTags.count
        result.startTags.append(
            SourceStartTag(
                offset: start, endOffset: position, name: name, parserName: parserName,
                attributes: attributes, isSelfClosing: isSelfClosing))
        // libxml2 pops an unterminated start tag at once and ends a self-closing one.
        guard isTerminated, !isSelfClosing else { return }
        openElements.append((parserName, index))
        openCounts[parserName, default: 0] += 1
        if isWXS {
            scanRawBody()
        }
    }

    private mutating func scanAttribute() -> SourceAttribute {
        let nameStart = position
        let nameEnd = scanName(from: nameStart, limit: Self.parserNameLimit)
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        position = nameEnd
        skipBlanks()
        var valueOffset: Int?
        if byte(at: position) == UInt8(ascii: "=") {
            position += 1
            skipBlanks()
            if let quote = byte(at: position), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let valueStart = position + 1
                var valueEnd = valueStart
                while valueEnd < bytes.count, bytes[valueEnd] != quote { valueEnd += 1 }
                maskQuotedBindings(in: valueStart..<valueEnd)
                valueOffset = valueStart
                position = min(valueEnd + 1, bytes.count)
            } else {
                valueOffset = position
                scanUnquotedValue()
            }
        }
        return SourceAttribute(
            name: name, parserName: Self.asciiLowercased(name), offset: nameStart, valueOffset: valueOffset)
    }

    /// Masks `&` inside each `{{ }}` of a quoted value, so `{{a && b}}` is not read as entities.
    private mutating func maskQuotedBindings(in range: Range<Int>) {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < range.upperBound,
                !(bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}"))
            {
                close += 1
            }
            guard close + 1 < range.upperBound else { return }
            for inner in index..<close where bytes[inner] == UInt8(ascii: "&") {
                replace(at: inner, length: 1, with: result.mask.bytes(replacing: bytes[inner]))
            }
            index = close + 2
        }
    }

    /// Scans an unquoted value, which ends at a blank or `>` as in libxml2. A `{{ }}` without blanks
    /// is kept whole, its `<`, `>` and `&` masked, so `a={{b>c}}` does not end the tag.
    private mutating func scanUnquotedValue() {
        var noClosingBefore = -1
        while position < bytes.count, !Self.isBlank(bytes[position]), bytes[position] != UInt8(ascii: ">") {
            guard bytes[position] == UInt8(ascii: "{"), byte(at: position + 1) == UInt8(ascii: "{"),
                position > noClosingBefore
            else {
                position += 1
                continue
            }
            var close = position + 2
            while close < bytes.count, !Self.isBlank(bytes[close]),
                !(bytes[close] == UInt8(ascii: "}") && byte(at: close + 1) == UInt8(ascii: "}"))
            {
                close += 1
            }
            guard close < bytes.count, !Self.isBlank(bytes[close]) else {
                noClosingBefore = close
                position += 1
                continue
            }
            for index in position..<close
            where bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: ">")
                || bytes[index] == UInt8(ascii: "&")
            {
                replace(at: index, length: 1, with: result.mask.bytes(replacing: bytes[index]))
            }
            position = close + 2
        }
    }

    /// Scans a `<wxs>` body up to `</wxs`, keeping it raw: libxml2 reads it as a `<script>` body.
    private mutating func scanRawBody() {
        let start = position
        var index = position
        var end = bytes.count
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), byte(at: index + 1) == UInt8(ascii: "/") {
                if matchesIgnoringCase("</wxs", at: index),
                    byte(at: index + 5).map({ !Self.isNameCharacter($0) }) ?? true
                {
                    end = index
                    break
                }
                // libxml2 would end the body at `</script` and complain about any other `</`
                // (a WXS string may well hold "</view>"), so it sees a masked `<` instead.
                replace(at: index, length: 1, with: result.mask.bytes(replacing: UInt8(ascii: "<")))
            }
            index += 1
        }
        if end > start {
            result.texts.append(SourceText(offset: start, endOffset: end, isRaw: true))
        }
        position = end
    }

    private mutating func scanEndTag() {
        let nameStart = position + 2
        let nameEnd = scanName(from: nameStart, limit: Self.parserNameLimit - Self.renamePrefix.utf8.count)
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        let lowercasedName = Self.asciiLowercased(name)
        let parserName: String
        if lowercasedName == "wxs" {
            parserName = "script"
            replace(at: nameStart, length: 3, with: Self.scriptBytes)
        } else {
            parserName = Self.renamePrefix + lowercasedName
            replace(at: nameStart, length: 0, with: Self.renamePrefixBytes)
        }
        position = nameEnd
        skipBlanks()
        if byte(at: position) == UInt8(ascii: ">") {
            position += 1
        } else {
            position = offsetAfterGreaterThan(from: position)
        }
        close(parserName, writtenAs: name)
    }

    /// Pops the open elements as libxml2 does for an end tag: up to the innermost element of that
    /// name, or nothing for a stray end tag.
    private mutating func close(_ parserName: String, writtenAs name: String) {
        guard let count = openCounts[parserName], count > 0 else { return }
        while let open = openElements.popLast() {
            openCounts[open.parserName, default: 1] -= 1
            if open.parserName == parserName { return }
            result.unclosedElements.append(UnclosedElement(startTagIndex: open.startTagIndex, closedBy: name))
        }
    }

    // MARK: - Text runs

    private mutating func startText() {
        if textStart == nil { textStart = position }
    }

    private mutating func endText() {
        guard let start = textStart else { return }
        textStart = nil
        if position > start {
            result.texts.append(SourceText(offset: start, endOffset: position, isRaw: false))
        }
    }

    // MARK: - Rewriting

    /// Copies the source up to `offset` into the parser input; then writes `replacement` in place
    /// of `length` source bytes. Calls come in increasing offset order.
    private mutating func replace(at offset: Int, length: Int, with replacement: [UInt8]) {
        appendSource(upTo: offset)
        result.parserInput.append(contentsOf: replacement)
        copiedUpTo = offset + length
    }

    private mutating func appendSource(upTo offset: Int) {
        guard offset > copiedUpTo else { return }
        if !hasNUL {
            result.parserInput.append(contentsOf: bytes[copiedUpTo..<offset])
            copiedUpTo = offset
            return
        }
        var runStart = copiedUpTo
        for index in copiedUpTo..<offset where bytes[index] == 0 {
            result.parserInput.append(contentsOf: bytes[runStart..<index])
            result.parserInput.append(contentsOf: [0xEF, 0xBF, 0xBD])
            runStart = index + 1
        }
        result.parserInput.append(contentsOf: bytes[runStart..<offset])
        copiedUpTo = offset
    }

    // MARK: - Helpers

    private func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    private func atSlashGreaterThan() -> Bool {
        bytes[position] == UInt8(ascii: "/") && byte(at: position + 1) == UInt8(ascii: ">")
    }

    private mutating func skipBlanks() {
        while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
    }

    /// End of a name as libxml2's `htmlParseHTMLName` reads it, at most `limit` bytes.
    private func scanName(from start: Int, limit: Int) -> Int {
        var end = start
        while end < bytes.count, end - start < limit, Self.isNameCharacter(bytes[end]) { end += 1 }
        return end
    }

    /// Offset just past the next `>` at or after `start`, or the end of the source.
    private func offsetAfterGreaterThan(from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
        return min(index + 1, bytes.count)
    }

    private func matches(_ literal: String, at offset: Int) -> Bool {
        var index = offset
        for expected in literal.utf8 {
            guard index < bytes.count, bytes[index] == expected else { return false }
            index += 1
        }
        return true
    }

    /// Compares with an ASCII literal written in lower case.
    private func matchesIgnoringCase(_ literal: String, at offset: Int) -> Bool {
        var index = offset
        for expected in literal.utf8 {
            guard index < bytes.count, Self.asciiLowercased(bytes[index]) == expected else { return false }
            index += 1
        }
        return true
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// First byte of a tag or attribute name for libxml2's `htmlParseHTMLName`.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }

    private static func isProcessingInstructionNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
    }

    /// Whether `first` and `second` are equal once ASCII capitals are lower-cased (other scalars
    /// compare as they are), without building either lower-cased string.
    static func equalIgnoringASCIICase(_ first: String, _ second: String) -> Bool {
        first.utf8.elementsEqual(second.utf8) { asciiLowercased($0) == asciiLowercased($1) }
    }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(decoding: text.utf8.map(asciiLowercased), as: UTF8.self)
    }
}
