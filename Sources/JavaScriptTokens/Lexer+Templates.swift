extension Lexer {
    /// Scans one literal chunk of a template, starting after the backtick or after the `}` that closes
    /// a substitution, and emits it as a `.templateString` (empty chunks included).
    ///
    /// A chunk ends at the closing backtick, which ends the template, or at `${`, which opens a
    /// substitution whose code the main loop tokenizes until the matching `}`. An unterminated template
    /// runs to the end of input.
    mutating func scanTemplateChunk() {
        let start = mark
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "`" {
                emitTemplateChunk(from: start)
                position += 1
                regexAllowed = false
                return
            }
            if scalar == "$" && peek(1) == "{" {
                emitTemplateChunk(from: start)
                position += 2
                substitutionBraceDepths.append(0)
                regexAllowed = true
                return
            }
            if scalar == "\\" {
                position += 1
                advanceEscapedScalar()
                continue
            }
            advance()
        }
        emitTemplateChunk(from: start)
    }

    /// Emits the chunk from `start` to the cursor, its value cooked with line ends normalised.
    private mutating func emitTemplateChunk(from start: Mark) {
        let content = scalars[start.offset..<position]
        emit(.templateString, from: start, value: EscapeDecoder.cook(content, normalizingLineEnds: true))
    }
}
