import JavaScriptTokens

/// Code that runs strings as JavaScript: `eval`, `new Function`, string timers (运营规范 12.3.2).
struct DynamicCodeExecutionRule: Rule {
    /// `Function` argument lists left alone: `'return this'`, the one form the platform allows, which
    /// bundled libraries use to find the global object; and regenerator-runtime's fallback for
    /// setting its global, which it reaches only when `globalThis` is missing.
    static let allowedFunctionArguments: Set<[String]> = [["return this"], ["r", "regeneratorRuntime = r"]]

    let description = RuleDescription(
        id: "dynamic-code-execution",
        family: .technical,
        title: LocalizedText(zh: "动态执行代码", en: "Dynamic code execution"),
        severity: .reject,
        citation: Citations.noExecutableCode,
        rationale: LocalizedText(
            zh: """
                小程序不支持动态执行 JS 代码（《JavaScript 支持情况》），运行下载来的代码属于 12.3.2“安装或运行其他可执行代码”。\
                本规则报告脚本中调用的 eval(…)、new Function(…) 与 Function(…)，以及第一个参数是字符串的 setTimeout、setInterval；\
                官方唯一允许的 new Function('return this')（常见于打包进来的库，用来取全局对象）不报告，\
                regenerator-runtime 在没有 globalThis 时设置全局变量的 Function("r", "regeneratorRuntime = r") 也不报告。\
                对象自己的同名方法（obj.eval(…)）、方法定义和注释都不算。
                """,
            en: """
                Mini-programs cannot execute JavaScript dynamically (official "JavaScript support" page), and running \
                downloaded code is "installing or running other executable code" (12.3.2). The rule reports calls \
                of eval(…), new Function(…) and Function(…), and setTimeout or setInterval whose first argument is \
                a string. The one form the platform allows, new Function('return this') (bundled libraries use it \
                to find the global object), is not reported, nor is regenerator-runtime's fallback \
                Function("r", "regeneratorRuntime = r") for when globalThis is missing; nor are methods of other \
                objects (obj.eval(…)), method definitions or comments.
                """
        ),
        hint: LocalizedText(
            zh: "改为普通函数调用；定时器传函数而不是字符串；需要可变逻辑时用配置数据驱动。",
            en: "Call ordinary functions; pass a function, not a string, to timers; drive variable logic with data."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({\n  onCalc() {\n    const result = ↓eval(this.data.expression)\n    this.setData({ result })\n  }\n})"
            ]),
            RuleExample(files: [
                "utils/rule-engine.js": "export function compile(body) {\n  return ↓new Function('order', body)\n}"
            ]),
            RuleExample(files: [
                "pages/index/index.js":
                    "wx.request({\n  url: 'https://cdn.example.com/patch.js',\n  success: (res) => ↓Function(res.data)()\n})"
            ]),
            RuleExample(files: ["pages/index/index.js": "↓setTimeout('refresh()', 1000)\n↓setInterval(\"tick()\", 500)"]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "utils/global.js": #"""
                var root = typeof globalThis !== 'undefined' ? globalThis : new Function('return this')()
                var g = Function("return this")()
                try { regeneratorRuntime = runtime } catch (accidentalStrictMode) { Function("r", "regeneratorRuntime = r")(runtime) }
                """#
            ]),
            RuleExample(files: [
                "pages/index/index.js": #"""
                const parser = require('../../utils/expr-parser.js')
                Page({
                  onCalc() { this.setData({ result: parser.eval(this.data.expression) }) },
                  evaluate(score) { return score > 60 },
                })
                setTimeout(() => this.refresh(), 1000)
                setInterval(this.tick, 500)
                """#
            ]),
            RuleExample(files: [
                "utils/math.js":
                    "const calculator = {\n  eval(tokens) { return tokens.reduce((a, b) => a + b, 0) }\n}\nconst tip = '不要使用 eval(code)'"
            ]),
            RuleExample(files: [
                "pages/index/index.js": "const isFn = value instanceof Function\nconst t: Function = noop"
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for script in submission.scripts {
            let code = script.code
            for index in code.indices where code[index].kind == .identifier {
                guard let what = kind(of: index, in: script) else { continue }
                let start = what == .newFunction ? index - 1 : index
                let evidence = what == .newFunction ? "new Function" : code[index].text
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "\(evidence) 把字符串当作代码执行，小程序不支持动态执行代码",
                            en: "\(evidence) runs a string as code; mini-programs do not allow dynamic code execution"
                        ),
                        evidence: evidence,
                        at: script.location(of: code[start])
                    )
                )
            }
        }
        return findings
    }

    private enum Kind { case eval, newFunction, function, timer }

    /// What the identifier at `index` starts, if it runs a string as code.
    private func kind(of index: Int, in script: ScriptFile) -> Kind? {
        let code = script.code
        let name = code[index].text
        guard ["eval", "Function", "setTimeout", "setInterval"].contains(name),
            index + 1 < code.count, code[index + 1].text == "(",
            !script.isMember(index), !script.isDefinition(index)
        else { return nil }
        let isNew = index > 0 && code[index - 1].text == "new"
        switch name {
        case "eval":
            return .eval
        case "Function":
            return hasAllowedArguments(script, openAt: index + 1) ? nil : (isNew ? .newFunction : .function)
        default:
            guard index + 2 < code.count else { return nil }
            let first = code[index + 2]
            return first.kind == .string || first.kind == .templateString ? .timer : nil
        }
    }

    /// Whether the argument list opening at `open` is one of the allowed lists of string literals.
    private func hasAllowedArguments(_ script: ScriptFile, openAt open: Int) -> Bool {
        let code = script.code
        guard let close = script.closingIndex(ofOpenerAt: open) else { return false }
        var arguments: [String] = []
        for (offset, token) in code[(open + 1)..<close].enumerated() {
            if offset % 2 == 0 {
                guard token.kind == .string else { return false }
                arguments.append(token.value.trimmingWhitespace())
            } else if token.text != "," {
                return false
            }
        }
        return Self.allowedFunctionArguments.contains(arguments)
    }
}
