import JavaScriptTokens

/// An inline suppression: `<!-- mpcheck-disable-next-line RULE: reason -->` in WXML or
/// `// mpcheck-disable-next-line RULE: reason` (or a `/* */` comment) in a script. It silences
/// findings of the named rules (comma-separated) on the line after the comment. The directive
/// must open the comment; a reason after the colon is required.
public struct Suppression: Sendable, Hashable {
    /// The word that starts a directive.
    public static let directive = "mpcheck-disable-next-line"

    public let file: String
    /// Where the directive word starts: 1-based line and column (Unicode scalars).
    public let line: Int
    public let column: Int
    /// The line whose findings it silences: the one after the comment's last line.
    public let targetLine: Int
    /// Rule ids as written.
    public let rules: [String]
    /// The reason after the colon, trimmed; nil when there is none.
    public let reason: String?
    /// The directive as written, from the directive word to the end of the comment.
    public let text: String

    /// Every suppression in the WXML comments and script comments of a submission, by file and line.
    public static func find(in submission: Submission) -> [Suppression] {
        var result: [Suppression] = []
        for file in submission.wxmlFiles {
            for comment in file.document.comments {
                if let found = parse(comment.text, file: file.path, line: comment.line, column: comment.column) {
                    result.append(found)
                }
            }
        }
        for script in submission.scripts {
            for token in script.comments {
                let body: String
                switch token.kind {
                case .lineComment:
                    guard token.text.hasPrefix("//") else { continue }
                    body = token.value
                case .blockComment: body = token.value
                default: continue
                }
                // Both `//` and `/*` are two scalars before the body.
                if let found = parse(
                    body, file: script.path, line: token.line + script.lineOffset, column: token.column + 2)
                {
                    result.append(found)
                }
            }
        }
        return result.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// Parses a comment body that starts at `line`:`column`; nil when it is not a directive.
    static func parse(_ body: String, file: String, line: Int, column: Int) -> Suppression? {
        let scalars = Array(body.unicodeScalars)
        var index = 0
        var position = (line: line, column: column)
        func advance() {
            if scalars[index] == "\n"
                || (scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n"))
            {
                position = (position.line + 1, 1)
            } else {
                position.column += 1
            }
            index += 1
        }
        // Leading whitespace and the `*` of a block-comment line may precede the directive.
        while index < scalars.count, scalars[index].properties.isWhitespace || scalars[index] == "*" { advance() }
        let start = position
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        guard rest.hasPrefix(directive) else { return nil }
        let afterWord = rest.dropFirst(directive.count)
        guard afterWord.isEmpty || afterWord.first?.isWhitespace == true else { return nil }
        while index < scalars.count { advance() }
        let text = rest.trimmingWhitespace()
        let arguments = afterWord.trimmingWhitespace()
        let names: Substring
        var reason: String?
        if let colon = arguments.firstIndex(of: ":") {
            names = arguments[..<colon]
            let trimmed = arguments[arguments.index(after: colon)...].trimmingWhitespace()
            reason = trimmed.isEmpty ? nil : trimmed
        } else {
            names = arguments[...]
        }
        let rules = names.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        // The scan ends where the closing `-->` or `*/` stands (a line comment has no line break),
        // so its line is the comment's last.
        return Suppression(
            file: file, line: start.line, column: start.column, targetLine: position.line + 1, rules: rules,
            reason: reason, text: text)
    }
}
