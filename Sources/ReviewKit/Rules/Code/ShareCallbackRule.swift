import JavaScriptTokens

/// `success`, `fail` or `complete` callbacks in the object `onShareAppMessage` returns: they have
/// not fired since 2018, and code that waits for them usually means to reward the share (5.1).
struct ShareCallbackRule: Rule {
    static let callbacks: Set<String> = ["success", "fail", "complete"]

    let description = RuleDescription(
        id: "share-callback-reward",
        family: .inducement,
        title: LocalizedText(zh: "分享回调（常用于分享奖励）", en: "Share callbacks (often used to reward sharing)"),
        severity: .warning,
        citation: Citations.noInducement,
        rationale: LocalizedText(
            zh: """
                2018 年起 onShareAppMessage 返回对象中的 success、fail、complete 回调不再执行，平台正是为了杜绝\
                “分享到群后领取奖励”这类诱导分享（运营规范 5.1）。代码里仍写这些回调，通常意味着想在分享后发放奖励或解锁内容；\
                回调本身已无效，因此作为警告，请确认没有分享奖励逻辑。
                """,
            en: """
                Since 2018 the success, fail and complete callbacks in the object returned by onShareAppMessage no \
                longer run; the platform removed them to stop rewards for sharing to groups (clause 5.1). Code that \
                still sets them usually means to grant a reward or unlock content after a share; the callbacks do \
                nothing, so this is a warning: make sure there is no reward for sharing.
                """
        ),
        hint: LocalizedText(
            zh: "删除分享回调和依赖它的奖励、解锁逻辑。",
            en: "Remove the share callbacks and any reward or unlock that depends on them."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({\n  onShareAppMessage() {\n    return {\n      title: '来玩',\n      ↓success: () => this.grantCoupon(),\n    }\n  },\n})"
            ]),
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({ onShareAppMessage: function () { return { title: 'x', ↓complete() { unlock() } } } })"
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({\n  onShareAppMessage() {\n    return { title: '我的账单', path: '/pages/index/index' }\n  },\n  save() { wx.setStorage({ key: 'a', data: 1, success: () => {} }) },\n})"
            ])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for script in submission.scripts {
            let code = script.code
            for body in FunctionBodies.ranges(named: ["onShareAppMessage"], in: script) {
                for index in body where code[index].text == "return" && index + 1 < body.upperBound {
                    guard code[index + 1].text == "{", let close = script.closingIndex(ofOpenerAt: index + 1)
                    else { continue }
                    for key in Self.topLevelKeys(of: (index + 1)...close, in: code)
                    where Self.callbacks.contains(code[key].text) {
                        let token = code[key]
                        findings.append(
                            finding(
                                LocalizedText(
                                    zh: "onShareAppMessage 返回了 \(token.text) 回调，分享回调已不再执行，常被用于分享奖励",
                                    en:
                                        "onShareAppMessage returns a \(token.text) callback; share callbacks no longer run and are often used to reward sharing"
                                ),
                                evidence: token.text,
                                at: script.location(of: token)
                            )
                        )
                    }
                }
            }
        }
        return findings
    }

    /// Indices of the keys (`key:` or method `key(`) directly inside the object literal `braces`.
    static func topLevelKeys(of braces: ClosedRange<Int>, in code: [Token]) -> [Int] {
        var keys: [Int] = []
        var depth = 0
        for index in braces {
            let text = code[index].text
            if text == "{" || text == "(" || text == "[" { depth += 1 }
            if text == "}" || text == ")" || text == "]" { depth -= 1 }
            guard depth == 1, code[index].kind == .identifier, index + 1 < code.count,
                code[index + 1].text == ":" || code[index + 1].text == "(",
                code[index - 1].text == "{" || code[index - 1].text == ","
            else { continue }
            keys.append(index)
        }
        return keys
    }
}
