extension Lexer {
    /// Scans a `#!` hashbang line at the very start of the source (after an optional BOM) as a line comment.
    mutating func scanHashbang() {
        if peek(0) == "\u{FEFF}" {
            advance()
        }
        if peek(0) == "#" && peek(1) == "!" {
            scanLineComment()
        }
    }

    /// Scans a comment introduced by two scalars (`//` or `#!`) up to, not including, the line terminator.
    mutating func scanLineComment() {
        let start = mark
        while position < scalars.count && !scalars[position].isLineTerminator {
            position += 1
        }
        emit(.lineComment, from: start, value: text(start.offset + 2..<position))
    }

    /// Scans a `/* ... */` comment; an unterminated one runs to the end of input.
    mutating func scanBlockComment() {
        let start = mark
        position += 2
        var contentEnd = scalars.count
        while position < scalars.count {
            if scalars[position] == "*" && peek(1) == "/" {
                contentEnd = position
                position += 2
                break
            }
            advance()
        }
        emit(.blockComment, from: start, value: text(start.offset + 2..<contentEnd))
    }
}
