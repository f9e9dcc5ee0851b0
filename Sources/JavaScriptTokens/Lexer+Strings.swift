extension Lexer {
    /// Scans a `'...'` or `"..."` string. An unterminated string ends before the `\n` or `\r` that ends
    /// its line; U+2028 and U+2029 are allowed inside strings, as in ES2019.
    mutating func scanString(quote: Unicode.Scalar) {
        let start = mark
        position += 1
        var contentEnd: Int?
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == quote {
                contentEnd = position
                position += 1
                break
            }
            if scalar == "\n" || scalar == "\r" {
                break
            }
            if scalar == "\\" {
                position += 1
                advanceEscapedScalar()
                continue
            }
            advance()
        }
        let content = scalars[(start.offset + 1)..<(contentEnd ?? position)]
        emit(.string, from: start, value: EscapeDecoder.cook(content, normalizingLineEnds: false))
    }
}
