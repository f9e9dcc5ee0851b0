import JavaScriptTokens

/// A use of a platform API in a script, such as `wx.getLocation`.
struct CallSite {
    /// The API name without its namespace, e.g. "getLocation".
    let api: String
    /// The namespace as written: wx, uni or Taro.
    let namespace: String
    let script: ScriptFile
    /// Index of the namespace token in `script.code`.
    let index: Int

    var location: Location { script.location(of: script.code[index]) }
    var evidence: String { "\(namespace).\(api)" }

    /// Namespaces that expose the mini-program APIs, directly or through a cross-platform framework.
    static let namespaces: Set<String> = ["wx", "uni", "Taro"]

    /// Every `wx.NAME` (or `uni.`, `Taro.`) member access whose NAME is in `apis`, called or passed on.
    static func find(_ apis: Set<String>, in submission: Submission) -> [CallSite] {
        var sites: [CallSite] = []
        for script in submission.scripts {
            for index in script.apiAccesses {
                let member = script.code[index + 2]
                guard apis.contains(member.text) else { continue }
                sites.append(
                    CallSite(api: member.text, namespace: script.code[index].text, script: script, index: index))
            }
        }
        return sites
    }

    /// Indices in `code` of the namespace tokens of every `wx.NAME` (or `uni.`, `Taro.`) member access,
    /// whatever NAME is: the candidates `find` picks from.
    static func accesses(in code: [Token]) -> [Int] {
        var result: [Int] = []
        var index = 0
        while index + 2 < code.count {
            defer { index += 1 }
            let head = code[index]
            // Three names: comparing is cheaper than hashing every identifier (the same test as `namespaces`).
            guard head.kind == .identifier, head.text == "wx" || head.text == "uni" || head.text == "Taro" else {
                continue
            }
            // `foo.wx.getLocation` is some other object's property.
            if index > 0, code[index - 1].text == "." || code[index - 1].text == "?." { continue }
            guard code[index + 1].text == "." || code[index + 1].text == "?." else { continue }
            guard code[index + 2].kind == .identifier else { continue }
            result.append(index)
        }
        return result
    }

    /// String values among the tokens of the call's argument list (up to the closing parenthesis).
    func argumentStrings(limit: Int = 64) -> [String] {
        let code = script.code
        var position = index + 3
        guard position < code.count, code[position].text == "(" else { return [] }
        var depth = 0
        var strings: [String] = []
        while position < code.count, position < index + 3 + limit {
            let token = code[position]
            if token.text == "(" || token.text == "{" || token.text == "[" { depth += 1 }
            if token.text == ")" || token.text == "}" || token.text == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            if token.kind == .string || token.kind == .templateString { strings.append(token.value) }
            position += 1
        }
        return strings
    }
}
