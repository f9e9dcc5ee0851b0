import JavaScriptTokens

/// Token-level structure of a script that rules share: bracket matching, member accesses,
/// definitions and listener callbacks (function bodies are `FunctionBodies`). Indexes are into
/// `code` (comments removed).
extension ScriptFile {
    /// Index of the bracket that closes the `(`, `[` or `{` at `index`, or nil when unbalanced.
    func closingIndex(ofOpenerAt index: Int) -> Int? {
        let pairs: [String: String] = ["(": ")", "[": "]", "{": "}"]
        guard index < code.count, pairs[code[index].text] != nil else { return nil }
        var depth = 0
        var position = index
        while position < code.count {
            let text = code[position].text
            if code[position].kind == .punctuator {
                if pairs[text] != nil {
                    depth += 1
                } else if text == ")" || text == "]" || text == "}" {
                    depth -= 1
                    if depth == 0 { return position }
                }
            }
            position += 1
        }
        return nil
    }

    /// Where a token's text starts: for a quoted string, the first character inside the quotes
    /// (like located text); for other tokens, the token itself.
    func contentLocation(of token: Token) -> Location {
        let column = token.kind == .string ? token.column + 1 : token.column
        return .file(path, line: token.line + lineOffset, column: column)
    }

    /// Whether the token at `index` follows a member access (`a.x`, `a?.x`).
    func isMember(_ index: Int) -> Bool {
        index > 0 && (code[index - 1].text == "." || code[index - 1].text == "?.")
    }

    /// Whether the name at `index`, followed by `( … )`, starts a method or function definition
    /// (`name(…) {`, `function name(…) {`) rather than a call.
    func isDefinition(_ index: Int) -> Bool {
        if index > 0, code[index - 1].text == "function" { return true }
        guard index + 1 < code.count, code[index + 1].text == "(",
            let close = closingIndex(ofOpenerAt: index + 1), close + 1 < code.count
        else { return false }
        return code[close + 1].text == "{"
    }

    /// Token ranges of the argument lists of event-listener registrations (`x.onEnded(…)`,
    /// `wx.onAudioInterruptionEnd(…)`): code in them runs on an event, not right away.
    var listenerArguments: [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        for index in code.indices where isMember(index) && code[index].kind == .identifier {
            let name = code[index].text
            guard name.count > 2, name.hasPrefix("on"), name.dropFirst(2).first?.isUppercase == true,
                index + 1 < code.count, code[index + 1].text == "(",
                let close = closingIndex(ofOpenerAt: index + 1)
            else { continue }
            ranges.append((index + 1)...close)
        }
        return ranges
    }
}
