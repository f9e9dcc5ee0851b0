extension Lexer {
    /// Scans a `/.../flags` regex literal. `\/` and a `/` inside a `[...]` class don't end the body;
    /// an unterminated regex ends before the line terminator that ends its line.
    mutating func scanRegex() {
        let start = mark
        position += 1
        var inClass = false
        // Nothing in a regex is a line terminator, so `position` can be bumped directly.
        body: while position < scalars.count {
            let scalar = scalars[position]
            if scalar.isLineTerminator {
                break
            }
            position += 1
            switch scalar {
            case "\\":
                if position < scalars.count && !scalars[position].isLineTerminator {
                    position += 1
                }
            case "[":
                inClass = true
            case "]":
                inClass = false
            case "/" where !inClass:
                while position < scalars.count && scalars[position].isIdentifierPart {
                    position += 1
                }
                break body
            default:
                break
            }
        }
        emit(.regex, from: start)
    }
}
