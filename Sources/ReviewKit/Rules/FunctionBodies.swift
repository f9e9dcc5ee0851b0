import JavaScriptTokens

/// Bodies of named functions in a script: `name() { … }`, `name: function () { … }`,
/// `name: () => { … }`, `function name() { … }`, found in the comment-free tokens.
enum FunctionBodies {
    /// Page, component and app lifecycle hooks that run without any user action.
    static let lifecycleHooks: Set<String> = [
        "onLaunch", "onShow", "onLoad", "onReady", "attached", "ready", "created",
    ]

    /// Index ranges (into `script.code`) of the bodies of functions with one of these names,
    /// braces excluded.
    static func ranges(named names: Set<String>, in script: ScriptFile) -> [Range<Int>] {
        let code = script.code
        // A few names: comparing with each is cheaper than hashing every identifier of the script.
        let candidates = Array(names)
        var result: [Range<Int>] = []
        var index = 0
        while index < code.count {
            defer { index += 1 }
            let token = code[index]
            guard token.kind == .identifier, candidates.contains(token.text) else { continue }
            // A member access such as `this.onLoad()` is a call, not a definition.
            if index > 0, code[index - 1].text == "." { continue }
            guard let open = bodyStart(after: index, in: script), let close = script.closingIndex(ofOpenerAt: open)
            else {
                continue
            }
            result.append((open + 1)..<close)
        }
        return result
    }

    /// The `{` that opens the function defined by the name at `index`, if it is a definition.
    private static func bodyStart(after index: Int, in script: ScriptFile) -> Int? {
        let code = script.code
        func text(_ position: Int) -> String? { position < code.count ? code[position].text : nil }
        var position = index + 1
        if text(position) == ":" || text(position) == "=" {
            position += 1
            if text(position) == "async" { position += 1 }
            if text(position) == "function" {
                position += 1
                if position < code.count, code[position].kind == .identifier { position += 1 }
            } else if position < code.count, code[position].kind == .identifier, text(position + 1) == "=>" {
                return text(position + 2) == "{" ? position + 2 : nil
            }
        }
        guard text(position) == "(", let close = script.closingIndex(ofOpenerAt: position) else {
            return nil
        }
        position = close + 1
        if text(position) == "=>" { position += 1 }
        return text(position) == "{" ? position : nil
    }
}
