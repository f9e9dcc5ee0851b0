/// Resolves the escapes of string and template literal contents into their cooked value.
enum EscapeDecoder {
    /// The cooked value of literal content without its delimiters.
    ///
    /// Resolves `\n \t \r \b \f \v \0`, legacy octal escapes, `\xHH`, `\uHHHH` (joining a surrogate pair
    /// into one scalar), `\u{H...}`, line continuations (a backslash before a line terminator), and any
    /// other `\c` to `c`. A malformed `\x` or `\u` escape yields its letter, as sloppy-mode engines do,
    /// and a lone surrogate yields U+FFFD. With `normalizingLineEnds` (templates), raw `\r\n` and `\r`
    /// become `\n`.
    static func cook(_ content: ArraySlice<Unicode.Scalar>, normalizingLineEnds: Bool) -> String {
        let needsCooking = content.contains { $0 == "\\" || ($0 == "\r" && normalizingLineEnds) }
        guard needsCooking else {
            return String(scalars: content)
        }
        var cooked: [Unicode.Scalar] = []
        cooked.reserveCapacity(content.count)
        var index = content.startIndex
        let end = content.endIndex
        while index < end {
            let scalar = content[index]
            index += 1
            if scalar == "\r" && normalizingLineEnds {
                cooked.append("\n")
                if index < end && content[index] == "\n" {
                    index += 1
                }
                continue
            }
            guard scalar == "\\" else {
                cooked.append(scalar)
                continue
            }
            // A backslash at the very end only happens in unterminated literals; it escapes nothing.
            guard index < end else { break }
            let escaped = content[index]
            index += 1
            switch escaped {
            case "n": cooked.append("\n")
            case "t": cooked.append("\t")
            case "r": cooked.append("\r")
            case "b": cooked.append("\u{08}")
            case "f": cooked.append("\u{0C}")
            case "v": cooked.append("\u{0B}")
            case "\r":
                if index < end && content[index] == "\n" {
                    index += 1
                }
            case "\n", "\u{2028}", "\u{2029}":
                break
            case "0"..."7":
                cooked.append(decodeOctal(first: escaped, in: content, at: &index))
            case "x":
                if let value = hexValue(in: content, from: index, count: 2) {
                    index += 2
                    cooked.append(Unicode.Scalar(value)!)
                } else {
                    cooked.append("x")
                }
            case "u":
                if let value = decodeUnicodeEscape(in: content, at: &index) {
                    cooked.append(value)
                } else {
                    cooked.append("u")
                }
            default:
                cooked.append(escaped)
            }
        }
        return String(scalars: cooked[...])
    }

    /// Decodes a legacy octal escape (`\0`, `\12`, `\377`) whose first digit is already consumed.
    /// At most three digits, and only while the value stays within 0o377.
    private static func decodeOctal(
        first: Unicode.Scalar,
        in content: ArraySlice<Unicode.Scalar>,
        at index: inout Int
    ) -> Unicode.Scalar {
        var value = first.value - 0x30
        let maxDigits = value <= 3 ? 3 : 2
        var digits = 1
        while digits < maxDigits, index < content.endIndex, ("0"..."7").contains(content[index]) {
            value = value * 8 + content[index].value - 0x30
            index += 1
            digits += 1
        }
        return Unicode.Scalar(value)!
    }

    /// Decodes the rest of a `\u` escape after the `u`: `HHHH` (joined with a following `\uHHHH` low
    /// surrogate when it is a high surrogate) or `{H...}`. Returns nil, consuming nothing, when malformed.
    private static func decodeUnicodeEscape(
        in content: ArraySlice<Unicode.Scalar>,
        at index: inout Int
    ) -> Unicode.Scalar? {
        if index < content.endIndex && content[index] == "{" {
            var cursor = index + 1
            var value: UInt32 = 0
            var digits = 0
            while cursor < content.endIndex, let digit = content[cursor].hexDigitValue {
                // Saturate instead of overflowing; anything past 0x10FFFF is invalid anyway.
                value = min(value * 16 + digit, 0x11_0000)
                cursor += 1
                digits += 1
            }
            guard digits > 0, cursor < content.endIndex, content[cursor] == "}" else { return nil }
            index = cursor + 1
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        guard let unit = hexValue(in: content, from: index, count: 4) else { return nil }
        index += 4
        if (0xD800...0xDBFF).contains(unit) {
            if index + 1 < content.endIndex, content[index] == "\\", content[index + 1] == "u",
                let low = hexValue(in: content, from: index + 2, count: 4),
                (0xDC00...0xDFFF).contains(low)
            {
                index += 6
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    /// The value of exactly `count` hex digits starting at `start`, or nil when there aren't that many.
    private static func hexValue(in content: ArraySlice<Unicode.Scalar>, from start: Int, count: Int) -> UInt32? {
        guard start + count <= content.endIndex else { return nil }
        var value: UInt32 = 0
        for index in start..<(start + count) {
            guard let digit = content[index].hexDigitValue else { return nil }
            value = value * 16 + digit
        }
        return value
    }
}
