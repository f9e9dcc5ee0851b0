extension Lexer {
    /// Scans an identifier or keyword, or a `#private` name when the cursor is on `#`.
    mutating func scanIdentifier() {
        let start = mark
        // The first scalar (an identifier start or `#`) was checked by the caller.
        position += 1
        while position < scalars.count && scalars[position].isIdentifierPart {
            position += 1
        }
        emit(.identifier, from: start)
    }
}
