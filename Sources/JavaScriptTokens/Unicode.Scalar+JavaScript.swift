extension Unicode.Scalar {
    /// Whether the scalar is JavaScript white space (not a line terminator): tab, vertical tab, form feed,
    /// space, U+00A0, U+FEFF and every other Unicode space separator such as U+3000.
    var isJavaScriptWhitespace: Bool {
        switch value {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0xFEFF:
            return true
        case 0..<0x80:
            return false
        default:
            return properties.generalCategory == .spaceSeparator
        }
    }

    /// Whether the scalar ends a line: `\n`, `\r`, U+2028 or U+2029.
    var isLineTerminator: Bool {
        switch value {
        case 0x0A, 0x0D, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar can start an identifier: `$`, `_` or a Unicode ID_Start letter (Chinese included).
    var isIdentifierStart: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x24, 0x5F:
            return true
        case 0..<0x80:
            return false
        default:
            return properties.isIDStart
        }
    }

    /// Whether the scalar can continue an identifier: an identifier start, a digit, a Unicode ID_Continue
    /// scalar, ZWNJ or ZWJ.
    var isIdentifierPart: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x24, 0x5F:
            return true
        case 0..<0x80:
            return false
        case 0x200C, 0x200D:
            return true
        default:
            return properties.isIDContinue
        }
    }

    /// Whether the scalar is an ASCII decimal digit.
    var isDecimalDigit: Bool {
        (0x30...0x39).contains(value)
    }

    /// The scalar's value as a hexadecimal digit, or nil when it is not one.
    var hexDigitValue: UInt32? {
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }
}
