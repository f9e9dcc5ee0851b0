extension Lexer {
    /// Scans the longest punctuator at the cursor, keeping the brace count of the innermost template
    /// substitution. A scalar that starts no token (an emoji, a stray backslash) becomes a one-scalar
    /// punctuator so that nothing is dropped.
    mutating func scanPunctuator() {
        let start = mark
        // The main loop skips line terminators, so the punctuator contains none.
        position += punctuatorLength()
        if !substitutionBraceDepths.isEmpty {
            if scalars[start.offset] == "{" {
                substitutionBraceDepths[substitutionBraceDepths.count - 1] += 1
            } else if scalars[start.offset] == "}" {
                substitutionBraceDepths[substitutionBraceDepths.count - 1] -= 1
            }
        }
        emit(.punctuator, from: start)
    }

    /// Length in scalars of the longest punctuator at the cursor, at least 1.
    private func punctuatorLength() -> Int {
        let first = peek(0)
        let second = peek(1)
        let third = peek(2)
        switch first {
        case ".":
            return second == "." && third == "." ? 3 : 1
        case "?":
            if second == "?" {
                return third == "=" ? 3 : 2
            }
            // `a?.5:b` is a conditional with `.5`, not optional chaining.
            return second == "." && !third.isDecimalDigit ? 2 : 1
        case "=":
            if second == "=" {
                return third == "=" ? 3 : 2
            }
            return second == ">" ? 2 : 1
        case "!":
            if second == "=" {
                return third == "=" ? 3 : 2
            }
            return 1
        case "<":
            if second == "<" {
                return third == "=" ? 3 : 2
            }
            return second == "=" ? 2 : 1
        case ">":
            if second == ">" {
                if third == ">" {
                    return peek(3) == "=" ? 4 : 3
                }
                return third == "=" ? 3 : 2
            }
            return second == "=" ? 2 : 1
        case "*", "&", "|":
            if second == first {
                return third == "=" ? 3 : 2
            }
            return second == "=" ? 2 : 1
        case "+", "-":
            return second == first || second == "=" ? 2 : 1
        case "/", "%", "^":
            return second == "=" ? 2 : 1
        default:
            return 1
        }
    }
}
