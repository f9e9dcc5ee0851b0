/// A strict JSON parser (RFC 8259) that records positions. Nesting is capped so hostile input
/// cannot exhaust the stack.
public struct JSONParser {
    /// Deepest nesting accepted before the input is refused.
    public static let maximumDepth = 256

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    public static func parse(_ text: String) -> Result<JSONElement, JSONSyntaxError> {
        var parser = JSONParser(scalars: Array(text.unicodeScalars))
        do throws(JSONSyntaxError) {
            parser.skipWhitespace()
            let value = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.scalars.count {
                throw parser.error("unexpected text after the JSON value")
            }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        // A byte order mark is not JSON, but editors write it; skip it silently.
        if scalars.first == "\u{FEFF}" { index = 1 }
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line, column: column)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            advance()
        }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws(JSONSyntaxError) {
        guard current == scalar else { throw error("expected '\(scalar)'") }
        advance()
    }

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONElement {
        guard depth < Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        let startLine = line
        let startColumn = column
        guard let scalar = current else { throw error("unexpected end of input") }
        let value: JSONValue
        switch scalar {
        case "{": value = try parseObject(depth: depth)
        case "[": value = try parseArray(depth: depth)
        case "\"": value = .string(try parseString())
        case "t": try parseLiteral("true"); value = .bool(true)
        case "f": try parseLiteral("false"); value = .bool(false)
        case "n": try parseLiteral("null"); value = .null
        case "-", "0"..."9": value = .number(try parseNumber())
        default: throw error("unexpected character '\(scalar)'")
        }
        return JSONElement(value: value, line: startLine, column: startColumn)
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        advance()
        var members: [JSONMember] = []
        skipWhitespace()
        if current == "}" {
            advance()
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyLine = line
            let keyColumn = column
            guard current == "\"" else { throw error("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONMember(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            skipWhitespace()
            if current == "," {
                advance()
                continue
            }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        advance()
        var elements: [JSONElement] = []
        skipWhitespace()
        if current == "]" {
            advance()
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            if current == "," {
                advance()
                continue
            }
            try expect("]")
            return .array(elements)
        }
    }

    private mutating func parseLiteral(_ word: String) throws(JSONSyntaxError) {
        let start = error("invalid literal, expected '\(word)'")
        for expected in word.unicodeScalars {
            guard current == expected else { throw start }
            advance()
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        var text = ""
        while let scalar = current, "+-.eE0123456789".unicodeScalars.contains(scalar) {
            text.unicodeScalars.append(scalar)
            advance()
        }
        guard let number = Double(text) else { throw error("invalid number '\(text)'") }
        return number
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard let scalar = current else { throw error("unterminated string") }
            if scalar == "\"" {
                advance()
                return String(result)
            }
            if scalar == "\n" { throw error("line break inside a string") }
            if scalar == "\\" {
                advance()
                guard let escaped = current else { throw error("unterminated string") }
                advance()
                switch escaped {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u": result.append(try parseUnicodeEscape())
                default: throw error("invalid escape '\\\(escaped)'")
                }
                continue
            }
            result.append(scalar)
            advance()
        }
    }

    private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let scalar = current, scalar.isASCII, let digit = UInt32(String(scalar), radix: 16) else {
                throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try parseHexQuad()
        if (0xD800..<0xDC00).contains(first), current == "\\" {
            advance()
            try expect("u")
            let second = try parseHexQuad()
            if (0xDC00..<0xE000).contains(second) {
                let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                return Unicode.Scalar(combined) ?? "\u{FFFD}"
            }
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
}
