/// The tokenizer's working state: the source as Unicode scalars, a cursor that tracks lines, and the
/// tokens produced so far. Each scanner lives in its own `Lexer+Concern.swift` extension.
struct Lexer {
    /// Where a token starts, taken before its first scalar is consumed.
    struct Mark {
        /// 0-based offset in scalars from the start of the source.
        let offset: Int
        /// 1-based line.
        let line: Int
        /// 1-based column in scalars from the start of the line.
        let column: Int
    }

    /// The source, one element per Unicode scalar; every offset indexes into it.
    let scalars: [Unicode.Scalar]
    /// Offset of the next scalar to read.
    var position = 0
    /// 1-based line of `position`.
    var line = 1
    /// Offset of the first scalar of the current line.
    var lineStart = 0
    /// Tokens produced so far, comments included.
    var tokens: [Token] = []
    /// One entry per open template substitution `${`, innermost last: how many `{` are open inside it,
    /// so the `}` that closes the substitution can be told from one that closes an object or block.
    var substitutionBraceDepths: [Int] = []
    /// Whether a `/` at the cursor starts a regex rather than a division, decided by the last
    /// significant (non-comment) token.
    var regexAllowed = true
    /// Whether the last significant token was `.` or `?.`, after which a keyword is a property name.
    var afterMemberAccess = false

    init(source: String) {
        scalars = Array(source.unicodeScalars)
        tokens.reserveCapacity(scalars.count / 4)
    }

    /// Tokenizes the whole source and returns the tokens in source order.
    mutating func run() -> [Token] {
        scanHashbang()
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar.isLineTerminator || scalar.isJavaScriptWhitespace {
                advance()
                continue
            }
            switch scalar {
            case "/":
                let next = peek(1)
                if next == "/" {
                    scanLineComment()
                } else if next == "*" {
                    scanBlockComment()
                } else if regexAllowed {
                    scanRegex()
                } else {
                    scanPunctuator()
                }
            case "'", "\"":
                scanString(quote: scalar)
            case "`":
                position += 1
                scanTemplateChunk()
            case "}" where substitutionBraceDepths.last == 0:
                substitutionBraceDepths.removeLast()
                position += 1
                scanTemplateChunk()
            case "#" where peek(1).isIdentifierStart:
                scanIdentifier()
            case ".":
                if peek(1).isDecimalDigit {
                    scanNumber()
                } else {
                    scanPunctuator()
                }
            default:
                if scalar.isDecimalDigit {
                    scanNumber()
                } else if scalar.isIdentifierStart {
                    scanIdentifier()
                } else {
                    scanPunctuator()
                }
            }
        }
        return tokens
    }

    // MARK: - Cursor

    /// The position of the cursor as a token start.
    var mark: Mark {
        Mark(offset: position, line: line, column: position - lineStart + 1)
    }

    /// The scalar `distance` ahead of the cursor, or NUL past the end. NUL is a safe stand-in because
    /// callers only compare the result with scalars that are not NUL.
    func peek(_ distance: Int) -> Unicode.Scalar {
        let index = position + distance
        return index < scalars.count ? scalars[index] : "\0"
    }

    /// Consumes one scalar, starting a new line after `\n`, U+2028, U+2029, or a `\r` not followed by `\n`.
    /// Scanners that know the scalar is no line terminator may bump `position` directly instead.
    mutating func advance() {
        let scalar = scalars[position]
        position += 1
        switch scalar.value {
        case 0x0A, 0x2028, 0x2029:
            startLine()
        case 0x0D where position >= scalars.count || scalars[position] != "\n":
            startLine()
        default:
            break
        }
    }

    /// Consumes the scalar after a backslash. A backslash before `\r\n` continues over both scalars.
    mutating func advanceEscapedScalar() {
        guard position < scalars.count else { return }
        let escaped = scalars[position]
        advance()
        if escaped == "\r" && position < scalars.count && scalars[position] == "\n" {
            advance()
        }
    }

    /// Starts a new line at the cursor, just past a line terminator.
    private mutating func startLine() {
        line += 1
        lineStart = position
    }

    // MARK: - Output

    /// The source text of a range of scalar offsets.
    func text(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// Appends a token that starts at `start` and ends at the cursor; `value` defaults to the text.
    mutating func emit(_ kind: TokenKind, from start: Mark, value: String? = nil) {
        let text = text(start.offset..<position)
        tokens.append(
            Token(kind: kind, text: text, value: value, line: start.line, column: start.column, offset: start.offset))
        if !kind.isComment {
            updateRegexContext(after: kind, start: start.offset, text: text)
        }
    }
}
