extension Lexer {
    /// Keywords after which an expression, and so a regex, can start.
    private static let regexKeywords: Set<String> = [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void",
        "throw", "case", "do", "else", "yield", "await",
    ]

    /// Updates `regexAllowed` and `afterMemberAccess` for a significant token just scanned, which spans
    /// `start..<position` and has `text`. Template chunks are corrected afterwards by the template
    /// scanner, which knows what ended the chunk.
    mutating func updateRegexContext(after kind: TokenKind, start: Int, text: String) {
        let length = position - start
        switch kind {
        case .punctuator:
            let first = scalars[start]
            let second: Unicode.Scalar = length == 2 ? scalars[start + 1] : "\0"
            switch (first, second) {
            // `++` and `--` can't apply to a regex literal, so a `/` after them divides (`i++ / 2`).
            case (")", "\0"), ("]", "\0"), ("}", "\0"), ("+", "+"), ("-", "-"):
                regexAllowed = false
            default:
                regexAllowed = true
            }
            afterMemberAccess = (first == "." && length == 1) || (first == "?" && second == ".")
            return
        case .identifier:
            // After `.` a keyword is a property name (`obj.delete / 2`).
            regexAllowed = !afterMemberAccess && (2...10).contains(length) && Self.regexKeywords.contains(text)
        case .number, .string, .templateString, .regex, .lineComment, .blockComment:
            regexAllowed = false
        }
        afterMemberAccess = false
    }
}
