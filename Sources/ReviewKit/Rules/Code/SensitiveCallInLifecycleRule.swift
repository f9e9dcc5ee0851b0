import JavaScriptTokens

/// Recording, clipboard or camera started from a lifecycle hook (onLoad, onShow, onReady,
/// onLaunch …) rather than from a user action (运营规范 12.5.4).
struct SensitiveCallInLifecycleRule: Rule {
    /// APIs that must follow a user action.
    static let apis: Set<String> = ["startRecord", "getClipboardData", "setClipboardData", "createVKSession"]

    let description = RuleDescription(
        id: "sensitive-call-in-lifecycle",
        family: .privacy,
        title: LocalizedText(zh: "生命周期中自动录音、读写剪切板", en: "Recording or clipboard access on load"),
        severity: .reject,
        citation: Citations.noRecordingUnknown,
        rationale: LocalizedText(
            zh: """
                运营规范 12.5.4 禁止在用户不知情时录音；平台同样禁止用户未操作时默认读取或写入剪切板。本规则检查 \
                onLaunch、onLoad、onShow、onReady 以及组件的 created、attached、ready 中（包括其中的回调）调用 \
                wx.startRecord、录音管理器的 start()、wx.getClipboardData、wx.setClipboardData 或 wx.createVKSession；\
                在点击事件处理函数中调用不触发。
                """,
            en: """
                Clause 12.5.4 forbids recording without the user knowing; the platform likewise forbids reading or \
                writing the clipboard without a user action. The rule checks onLaunch, onLoad, onShow, onReady and the \
                component hooks created, attached and ready (callbacks inside them included) for wx.startRecord, a \
                recorder manager's start(), wx.getClipboardData, wx.setClipboardData and wx.createVKSession; calls in \
                tap handlers do not fire.
                """
        ),
        hint: LocalizedText(
            zh: "把录音、剪切板、摄像头调用移到用户点击触发的事件处理函数中。",
            en: "Move the recording, clipboard or camera call into a handler the user triggers."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({\n  onLoad() {\n    ↓wx.getClipboardData({ success: (res) => this.parse(res.data) })\n  },\n})"
            ]),
            RuleExample(files: [
                "pages/index/index.js":
                    "const recorder = wx.getRecorderManager()\nPage({\n  onShow: function () {\n    ↓recorder.start({ format: 'mp3' })\n  },\n})"
            ]),
            RuleExample(files: ["app.js": "App({ onLaunch: () => { ↓wx.setClipboardData({ data: '口令' }) } })"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js":
                    "Page({\n  onLoad() { this.init() },\n  onCopy() { wx.setClipboardData({ data: this.data.code }) },\n  onRecord() { wx.getRecorderManager().start({}) },\n})"
            ]),
            RuleExample(files: ["pages/index/index.js": "Page({ onLoad() { this.timer.start() } })"]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for script in submission.scripts {
            let code = script.code
            var reported: Set<Int> = []
            for body in FunctionBodies.ranges(named: FunctionBodies.lifecycleHooks, in: script) {
                for index in body where !reported.contains(index) {
                    guard let evidence = Self.sensitiveCall(at: index, in: code) else { continue }
                    reported.insert(index)
                    findings.append(
                        finding(
                            LocalizedText(
                                zh: "在生命周期函数中调用 \(evidence)，未经用户操作",
                                en: "\(evidence) is called from a lifecycle hook, without any user action"
                            ),
                            evidence: evidence,
                            at: script.location(of: code[index])
                        )
                    )
                }
            }
        }
        return findings
    }

    /// The call starting at `index`, if it is one this rule forbids on load.
    static func sensitiveCall(at index: Int, in code: [Token]) -> String? {
        guard index + 3 < code.count, code[index].kind == .identifier, code[index + 1].text == "." else { return nil }
        let head = code[index].text
        let member = code[index + 2].text
        // `other.wx.x` is some object's property; `this.recorder.start` is still the recorder.
        if index > 0, code[index - 1].text == ".", !(index > 1 && code[index - 2].text == "this") { return nil }
        if CallSite.namespaces.contains(head), apis.contains(member) { return "\(head).\(member)" }
        // A recorder manager held in a variable: `recorder.start(` / `recorderManager.start(`.
        if member == "start", code[index + 3].text == "(", head.lowercased().contains("record") {
            return "\(head).start"
        }
        return nil
    }
}
