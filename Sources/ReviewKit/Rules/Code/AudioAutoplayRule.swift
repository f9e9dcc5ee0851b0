import JavaScriptTokens

/// Audio that starts by itself: an InnerAudioContext with `autoplay` on, or audio started from a
/// lifecycle hook instead of a user action (运营规范 12.5.3).
struct AudioAutoplayRule: Rule {
    /// Hooks that run when a page or the app opens, not on a user action.
    static let lifecycleHooks: Set<String> = ["onLoad", "onShow", "onReady", "onLaunch"]

    let description = RuleDescription(
        id: "audio-autoplay",
        family: .media,
        title: LocalizedText(zh: "音频自动播放", en: "Audio autoplay"),
        severity: .reject,
        citation: Citations.noAutoplay,
        rationale: LocalizedText(
            zh: """
                运营规范 12.5.3 禁止音乐、语音自动播放。本规则检查脚本：InnerAudioContext 的 autoplay 设为 true\
                （audio.autoplay = true，或 wx.createInnerAudioContext({ autoplay: true })）；在 onLoad、onShow、onReady、\
                onLaunch 中给 BackgroundAudioManager 设置 src（官方文档：设置了新的 src 时会自动开始播放）或调用 play()，\
                以及在这些生命周期中调用 InnerAudioContext 的 play()。变量须在同一文件中由 wx.createInnerAudioContext() 或 \
                wx.getBackgroundAudioManager() 赋值；在 onEnded 等事件监听回调里切换下一首属于用户已开始的播放，不报告；\
                在点击等事件处理函数中播放也不报告。
                """,
            en: """
                Clause 12.5.3 forbids music and voice from playing automatically. The rule checks scripts for an \
                InnerAudioContext with autoplay set to true (audio.autoplay = true, or \
                wx.createInnerAudioContext({ autoplay: true })); for a BackgroundAudioManager whose src is set \
                (the docs: setting a new src starts playback) or whose play() is called in onLoad, onShow, onReady \
                or onLaunch; and for InnerAudioContext play() in those hooks. The variable must be assigned, in the same file, from \
                wx.createInnerAudioContext() or wx.getBackgroundAudioManager(). Switching to the next track inside \
                an event listener such as onEnded continues playback the user started and is not reported; nor is \
                playback started from a tap or other event handler.
                """
        ),
        hint: LocalizedText(
            zh: "去掉 autoplay，把设置 src 或 play() 移到用户点击播放按钮的处理函数中。",
            en: "Remove autoplay and move setting src or calling play() into the handler of a play button."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js": #"""
                const audio = wx.createInnerAudioContext()
                audio.src = 'https://cdn.example.com/welcome.mp3'
                audio.↓autoplay = true
                """#
            ]),
            RuleExample(files: [
                "pages/story/story.js": #"""
                Page({
                  onLoad(options) {
                    this.voice = wx.createInnerAudioContext({ ↓autoplay: true })
                  },
                })
                """#
            ]),
            RuleExample(files: [
                "pages/radio/radio.js": #"""
                const bgm = wx.getBackgroundAudioManager()
                Page({
                  onLoad() {
                    bgm.title = '晨间电台'
                    bgm.↓src = 'https://cdn.example.com/radio/morning.mp3'
                  },
                  onShow: function () {
                    bgm.↓play()
                  },
                })
                """#
            ]),
            RuleExample(files: [
                "app.js": #"""
                App({
                  onLaunch() {
                    this.music = wx.createInnerAudioContext()
                    this.music.src = '/audio/theme.mp3'
                    this.music.↓play()
                  },
                })
                """#
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/radio/radio.js": #"""
                const bgm = wx.getBackgroundAudioManager()
                Page({
                  onLoad() {
                    bgm.onEnded(() => {
                      bgm.src = this.nextTrack()
                    })
                  },
                  onPlayTap() {
                    bgm.title = '晨间电台'
                    bgm.src = 'https://cdn.example.com/radio/morning.mp3'
                  },
                  onResumeTap() { bgm.play() },
                })
                """#
            ]),
            RuleExample(files: [
                "pages/index/index.js": #"""
                const audio = wx.createInnerAudioContext()
                audio.autoplay = false
                Page({
                  data: { autoplay: true },
                  onLoad() { this.setData({ autoplay: true }); audio.src = '/audio/tip.mp3' },
                  onTap() { audio.play() },
                })
                const swiper = { autoplay: true }
                swiper.autoplay = true
                """#
            ]),
            RuleExample(files: [
                "components/audio-player/audio-player.js": #"""
                Component({
                  properties: { src: String, autoplay: Boolean },
                  lifetimes: {
                    attached() {
                      this.audio = wx.createInnerAudioContext()
                      this.audio.autoplay = this.properties.autoplay
                    },
                  },
                  methods: {
                    onTapPlay() {
                      this.audio.src = this.properties.src
                      this.audio.play()
                    },
                  },
                })
                """#
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        let innerSites = CallSite.find(["createInnerAudioContext"], in: submission)
        let backgroundSites = CallSite.find(["getBackgroundAudioManager"], in: submission)
        for script in submission.scripts {
            let code = script.code
            let isHere = { (site: CallSite) in
                site.script.path == script.path && site.script.lineOffset == script.lineOffset
            }
            let innerHere = innerSites.filter(isHere)
            let backgroundHere = backgroundSites.filter(isHere)
            // Audio objects are created in the script that uses them; other scripts are skipped.
            guard !innerHere.isEmpty || !backgroundHere.isEmpty else { continue }
            let inner = Self.assignedNames(innerHere)
            let background = Self.assignedNames(backgroundHere)
            let hooks = FunctionBodies.ranges(named: Self.lifecycleHooks, in: script)
            let listeners = script.listenerArguments
            func inHook(_ index: Int) -> Bool {
                hooks.contains { $0.contains(index) } && !listeners.contains { $0.contains(index) }
            }
            for site in innerHere {
                if let key = Self.autoplayOption(afterCallAt: site.index, in: script) {
                    findings.append(
                        report(
                            LocalizedText(
                                zh: "创建 InnerAudioContext 时设置了 autoplay: true，音频会自动播放",
                                en: "The InnerAudioContext is created with autoplay: true, so the audio plays by itself"
                            ),
                            evidence: "autoplay: true", at: script.location(of: code[key])))
                }
            }
            for index in code.indices.dropFirst(2) where code[index].kind == .identifier && script.isMember(index) {
                let receiver = code[index - 2]
                let member = code[index].text
                let next = index + 1 < code.count ? code[index + 1].text : ""
                let isInner = receiver.kind == .identifier && inner.contains(receiver.text)
                let isBackground =
                    (receiver.kind == .identifier && background.contains(receiver.text))
                    || Self.isDirectCall(to: "getBackgroundAudioManager", endingAt: index - 2, in: code)
                if member == "autoplay", isInner, next == "=", Self.isTrue(after: index + 1, in: code) {
                    findings.append(
                        report(
                            LocalizedText(
                                zh: "\(receiver.text).autoplay = true，音频会自动播放",
                                en: "\(receiver.text).autoplay = true makes the audio play by itself"),
                            evidence: "\(receiver.text).autoplay = true", at: script.location(of: code[index])))
                } else if member == "src", next == "=", isBackground, inHook(index) {
                    findings.append(
                        report(
                            LocalizedText(
                                zh: "在生命周期函数中设置 BackgroundAudioManager 的 src，音频会立即自动播放",
                                en:
                                    "Setting the BackgroundAudioManager src in a lifecycle hook starts playback by itself"
                            ),
                            evidence: "src =", at: script.location(of: code[index])))
                } else if member == "play", next == "(", isBackground || isInner, inHook(index) {
                    findings.append(
                        report(
                            LocalizedText(
                                zh: "在生命周期函数中调用 play()，音频没有经过用户操作就开始播放",
                                en: "play() is called in a lifecycle hook, so audio starts without a user action"),
                            evidence: "play()", at: script.location(of: code[index])))
                }
            }
        }
        return findings
    }

    private func report(_ message: LocalizedText, evidence: String, at location: Location) -> Finding {
        finding(message, evidence: evidence, at: location)
    }

    /// Names that receive the result of the call: `x = wx.f()`, `this.x = wx.f()`, `x: wx.f()`.
    static func assignedNames(_ sites: [CallSite]) -> Set<String> {
        var names: Set<String> = []
        for site in sites where site.index >= 2 {
            let code = site.script.code
            guard code[site.index - 1].text == "=" || code[site.index - 1].text == ":",
                code[site.index - 2].kind == .identifier
            else { continue }
            names.insert(code[site.index - 2].text)
        }
        return names
    }

    /// `wx.f()` written directly before a member access: the `)` at `end` closes `f(`.
    static func isDirectCall(to name: String, endingAt end: Int, in code: [Token]) -> Bool {
        end >= 2 && code[end].text == ")" && code[end - 1].text == "(" && code[end - 2].text == name
    }

    /// `true` or `!0` after the `=` at `index`.
    static func isTrue(after index: Int, in code: [Token]) -> Bool {
        guard index + 1 < code.count else { return false }
        if code[index + 1].text == "true" { return true }
        return index + 2 < code.count && code[index + 1].text == "!" && code[index + 2].text == "0"
    }

    /// The `autoplay` key set to true in an options object passed to the call at `index`
    /// (`wx.createInnerAudioContext({ autoplay: true })`).
    static func autoplayOption(afterCallAt index: Int, in script: ScriptFile) -> Int? {
        let code = script.code
        let open = index + 3
        guard open + 1 < code.count, code[open].text == "(", code[open + 1].text == "{",
            let close = script.closingIndex(ofOpenerAt: open + 1)
        else { return nil }
        var depth = 0
        for position in (open + 1)...close {
            let text = code[position].text
            if text == "{" || text == "(" || text == "[" { depth += 1 }
            if text == "}" || text == ")" || text == "]" { depth -= 1 }
            let key = code[position].kind == .string ? code[position].value : text
            if depth == 1, key == "autoplay", code[position].kind == .identifier || code[position].kind == .string,
                position + 1 < close, code[position + 1].text == ":", isTrue(after: position + 1, in: code)
            {
                return position
            }
        }
        return nil
    }
}
