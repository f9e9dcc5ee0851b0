import JavaScriptTokens

/// Private members of `wx` and internal globals of the client (运营规范 12.4.1).
struct NonPublicAPIRule: Rule {
    /// Internal globals of the mini-program runtime; none is documented.
    static let internalGlobals: Set<String> = ["__wxConfig", "WeixinJSBridge", "__wxRoute", "__wxAppCode__"]
    /// JavaScript's own double-underscore members, which are not WeChat internals.
    static let languageMembers: Set<String> = [
        "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    ]
    /// Objects through which a global can be reached (`globalThis.__wxConfig`).
    static let globalObjects: Set<String> = ["global", "globalThis", "window", "self"]

    let description = RuleDescription(
        id: "non-public-api",
        family: .technical,
        title: LocalizedText(zh: "使用非公开接口", en: "Non-public API used"),
        severity: .reject,
        citation: Citations.noNonPublicAPI,
        rationale: LocalizedText(
            zh: """
                运营规范 12.4.1 禁止使用非公开的 API。本规则报告 wx 上以双下划线开头的私有成员（wx.__xxx、wx["__xxx"]；\
                代码自己赋值的成员除外，如 uni-app 每个页面写入的 wx.__webpack_require_UNI_MP_PLUGIN__），\
                以及客户端内部全局变量 __wxConfig、__wxRoute、__wxAppCode__、WeixinJSBridge 的使用；用 typeof 判断是否存在\
                不算使用，wx.canIUse 也不能让它们变成公开接口。取环境版本请用 wx.getAccountInfoSync，取当前页面用 getCurrentPages。\
                JavaScript 自带的 __proto__ 等不报告。
                """,
            en: """
                Clause 12.4.1 forbids non-public APIs. The rule reports private members of wx whose names start with \
                two underscores (wx.__xxx, wx["__xxx"]), except members the code assigns itself (uni-app writes \
                wx.__webpack_require_UNI_MP_PLUGIN__ in every page), and uses of the client's internal globals __wxConfig, \
                __wxRoute, __wxAppCode__ and WeixinJSBridge; a typeof test for their presence is not a use, and \
                wx.canIUse does not make them public. Use wx.getAccountInfoSync for the environment version and \
                getCurrentPages for the current page. JavaScript's own __proto__ and the like are not reported.
                """
        ),
        hint: LocalizedText(
            zh: "改用文档中公开的接口（如 wx.getAccountInfoSync、getCurrentPages）。",
            en: "Use the documented APIs instead (e.g. wx.getAccountInfoSync, getCurrentPages)."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "utils/env.js":
                    "export const envVersion = ↓__wxConfig.envVersion\nexport const pages = ↓__wxConfig.pages"
            ]),
            RuleExample(files: [
                "pages/index/index.js": #"""
                Page({
                  onLoad() {
                    if (typeof WeixinJSBridge !== 'undefined') {
                      ↓WeixinJSBridge.invoke('getNetworkType', {}, (res) => console.log(res))
                    }
                    ↓wx.__invokeHandler__('openUrl', { url: this.data.url })
                    const route = ↓wx['__route__']
                  },
                })
                """#
            ]),
            RuleExample(files: ["app.js": "const config = ↓globalThis.__wxConfig || {}"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "utils/env.js": #"""
                const { miniProgram } = wx.getAccountInfoSync()
                export const envVersion = miniProgram.envVersion
                export const canShare = wx.canIUse('showShareMenu')
                const pages = getCurrentPages()
                const proto = wx.__proto__
                const note = '不要使用 __wxConfig'
                """#
            ]),
            RuleExample(files: [
                "utils/store.js":
                    "const state = { __wxConfig: null, __version__: 2 }\nconst hidden = store.__private__\nconst isWeb = typeof WeixinJSBridge === 'object'"
            ]),
            RuleExample(files: [
                "utils/index.js": #"""
                Object.defineProperty(exports, '__esModule', { value: true })
                exports.default = { env: wx.getAccountInfoSync().miniProgram.envVersion }
                const route = getCurrentPages().pop().route
                """#
            ]),
            RuleExample(files: [
                "pages/index/index.js": #"""
                "use strict";
                var _index = _interopRequireDefault(__webpack_require__(12));
                wx.__webpack_require_UNI_MP_PLUGIN__ = __webpack_require__;
                createPage(_index.default);
                """#,
                "common/runtime.js":
                    "var plugin = wx.__webpack_require_UNI_MP_PLUGIN__\nif (typeof wx.__private__ !== 'undefined') {}",
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let ownMembers = ownPrivateMembers(in: submission)
        var findings: [Finding] = []
        for script in submission.scripts {
            let code = script.code
            for index in code.indices where code[index].kind == .identifier {
                let token = code[index]
                if token.text == "wx", !script.isMember(index), let member = privateMember(after: index, in: code) {
                    if !ownMembers.contains(member.name) && !isTypeofTest(index, in: code) {
                        findings.append(report("wx.\(member.name)", at: script.location(of: token)))
                    }
                    continue
                }
                guard Self.internalGlobals.contains(token.text), !isTypeofTest(index, in: code),
                    !isObjectKey(index, in: code)
                else { continue }
                var start = index
                if script.isMember(index) {
                    // Only through the global object: `obj.__wxConfig` is some other object's field.
                    guard index >= 2, Self.globalObjects.contains(code[index - 2].text), !script.isMember(index - 2)
                    else { continue }
                    start = index - 2
                }
                findings.append(report(token.text, at: script.location(of: code[start])))
            }
        }
        return findings
    }

    private func report(_ name: String, at location: Location) -> Finding {
        finding(
            LocalizedText(zh: "使用了非公开接口 \(name)", en: "Uses the non-public API \(name)"),
            evidence: name,
            at: location
        )
    }

    /// Double-underscore members that the code itself assigns to `wx` (`wx.__x = …`), as
    /// frameworks do (uni-app writes `wx.__webpack_require_UNI_MP_PLUGIN__` in every page): its own
    /// properties, not the client's.
    private func ownPrivateMembers(in submission: Submission) -> Set<String> {
        var names: Set<String> = []
        for script in submission.scripts {
            let code = script.code
            for index in code.indices where code[index].text == "wx" && code[index].kind == .identifier {
                guard !script.isMember(index), let member = privateMember(after: index, in: code),
                    member.end + 1 < code.count, code[member.end + 1].text == "="
                else { continue }
                names.insert(member.name)
            }
        }
        return names
    }

    /// The private member named after `wx` at `index` (`wx.__x` or `wx["__x"]`) and the index of
    /// its last token.
    private func privateMember(after index: Int, in code: [Token]) -> (name: String, end: Int)? {
        guard index + 2 < code.count else { return nil }
        let separator = code[index + 1].text
        let member = code[index + 2]
        let name: String
        let end: Int
        if separator == "." || separator == "?.", member.kind == .identifier {
            (name, end) = (member.text, index + 2)
        } else if separator == "[", member.kind == .string, index + 3 < code.count, code[index + 3].text == "]" {
            (name, end) = (member.value, index + 3)
        } else {
            return nil
        }
        guard name.hasPrefix("__"), !Self.languageMembers.contains(name) else { return nil }
        return (name, end)
    }

    /// `typeof WeixinJSBridge` only asks whether the global exists.
    private func isTypeofTest(_ index: Int, in code: [Token]) -> Bool {
        index > 0 && code[index - 1].text == "typeof"
    }

    /// `{ __wxConfig: null }`: a key of the developer's own object.
    private func isObjectKey(_ index: Int, in code: [Token]) -> Bool {
        guard index > 0, index + 1 < code.count, code[index + 1].text == ":" else { return false }
        return code[index - 1].text == "{" || code[index - 1].text == ","
    }
}
