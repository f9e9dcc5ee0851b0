/// Source lines around a finding, captured when the review runs so reporters can show code
/// without the bundle. Lines are stored without their line breaks.
public struct Snippet: Sendable, Codable, Hashable {
    /// 1-based line number of `lines[0]`.
    public var startLine: Int
    public var lines: [String]

    public init(startLine: Int, lines: [String]) {
        self.startLine = startLine
        self.lines = lines
    }

    /// Lines shown before and after the finding's line.
    public static let context = 2
    /// Longest line kept, in Unicode scalars; longer lines (minified code) are cut with "…".
    public static let maximumLineLength = 240

    /// The lines around `line` (1-based) of `text`, or nil when the text has no such line.
    public init?(text: String, line: Int, context: Int = Snippet.context) {
        self.init(lines: Snippet.splitLines(text), line: line, context: context)
    }

    /// The lines around `line` (1-based) of a text already split with `splitLines`, for many
    /// snippets of one file.
    init?(lines all: [Substring], line: Int, context: Int = Snippet.context) {
        guard line >= 1, line <= all.count else { return nil }
        let first = max(1, line - context)
        let last = min(all.count, line + context)
        startLine = first
        lines = all[(first - 1)..<last].map { Snippet.cut(String($0)) }
    }

    /// The text of a 1-based line, if the snippet holds it.
    public func line(_ number: Int) -> String? {
        let index = number - startLine
        return lines.indices.contains(index) ? lines[index] : nil
    }

    /// Where `evidence` stands on `line` starting at `column` (1-based, Unicode scalars): the
    /// columns it spans, end exclusive. Nil when the line does not hold the evidence there (the
    /// finding points at the start of an escaped string, or the evidence spans lines).
    public func evidenceColumns(line: Int, column: Int, evidence: String) -> Range<Int>? {
        guard !evidence.isEmpty, let text = self.line(line), column >= 1 else { return nil }
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(evidence.unicodeScalars)
        let start = column - 1
        guard start + wanted.count <= scalars.count, Array(scalars[start..<(start + wanted.count)]) == wanted else {
            return nil
        }
        return column..<(column + wanted.count)
    }

    /// Splits on "\n", "\r\n" and "\r", as the parsers count lines; a final line break adds no line.
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                    next = scalars.index(after: next)
                }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        // A final line break ends the last line; it does not start an empty one.
        if start < scalars.endIndex || lines.isEmpty {
            lines.append(Substring(scalars[start..<scalars.endIndex]))
        }
        return lines
    }

    private static func cut(_ line: String) -> String {
        guard line.unicodeScalars.count > maximumLineLength else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.prefix(maximumLineLength))) + "…"
    }
}
