extension Lexer {
    /// Scans a numeric literal: decimal (including a leading `.5`), `0x`/`0o`/`0b` with their digits,
    /// an exponent, `_` separators and a BigInt `n` suffix.
    mutating func scanNumber() {
        let start = mark
        if scalars[position] == "0", let radix = Self.radix(ofPrefix: peek(1)) {
            position += 2
            while position < scalars.count,
                scalars[position] == "_" || Self.isDigit(scalars[position], radix: radix)
            {
                position += 1
            }
        } else {
            skipDecimalDigits()
            if peek(0) == "." {
                position += 1
                skipDecimalDigits()
            }
            let exponent = peek(0)
            if exponent == "e" || exponent == "E" {
                let sign = peek(1)
                if sign.isDecimalDigit {
                    position += 1
                    skipDecimalDigits()
                } else if (sign == "+" || sign == "-") && peek(2).isDecimalDigit {
                    position += 2
                    skipDecimalDigits()
                }
            }
        }
        if peek(0) == "n" {
            position += 1
        }
        emit(.number, from: start)
    }

    /// Consumes decimal digits and `_` separators.
    private mutating func skipDecimalDigits() {
        while position < scalars.count, scalars[position].isDecimalDigit || scalars[position] == "_" {
            position += 1
        }
    }

    /// The radix a `0x`, `0o` or `0b` prefix selects, given the scalar after the `0`.
    private static func radix(ofPrefix scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "x", "X": return 16
        case "o", "O": return 8
        case "b", "B": return 2
        default: return nil
        }
    }

    /// Whether `scalar` is a digit in `radix` (2, 8 or 16).
    private static func isDigit(_ scalar: Unicode.Scalar, radix: UInt32) -> Bool {
        guard let digit = scalar.hexDigitValue else { return false }
        return digit < radix
    }
}
