import WXML

/// `autoplay` on video, live-player or channel-video in WXML (运营规范 12.5.3).
struct MediaAutoplayRule: Rule {
    /// Media components whose `autoplay` starts playback. `<swiper autoplay>` only turns slides.
    static let mediaTags: Set<String> = ["video", "live-player", "channel-video"]

    let description = RuleDescription(
        id: "media-autoplay",
        family: .media,
        title: LocalizedText(zh: "多媒体自动播放", en: "Media autoplay"),
        severity: .reject,
        citation: Citations.noAutoplay,
        rationale: LocalizedText(
            zh: """
                运营规范 12.5.3 禁止视频、音乐、语音自动播放。本规则检查 WXML 中 video、live-player、channel-video \
                的 autoplay：不带值、"true"、{{true}} 都会自动播放；注意 WXML 把 autoplay="false" 当作非空字符串，\
                结果为真，同样会自动播放；autoplay="{{false}}" 和 autoplay="" 才是关闭。swiper 的 autoplay 只是轮播，\
                不是多媒体。绑定到变量的值无法静态判断，不报告。
                """,
            en: """
                Clause 12.5.3 forbids video, music and voice from playing automatically. The rule checks `autoplay` on \
                video, live-player and channel-video in WXML: a bare attribute, "true" and {{true}} all autoplay; WXML \
                treats autoplay="false" as the non-empty string "false", which is true, so it autoplays too; only \
                autoplay="{{false}}" or autoplay="" turn it off. swiper's autoplay turns slides and is not media. \
                A value bound to a variable cannot be judged statically and is not reported.
                """
        ),
        hint: LocalizedText(
            zh: "删除 autoplay，或写成 autoplay=\"{{false}}\"，由用户点击播放。",
            en: "Remove autoplay (or write autoplay=\"{{false}}\") and let the user start playback."
        ),
        triggeringExamples: [
            RuleExample(files: ["pages/index/index.wxml": "<video src=\"{{url}}\" ↓autoplay></video>"]),
            RuleExample(files: [
                "pages/index/index.wxml": "<view>\n  <video src=\"a.mp4\" ↓autoplay=\"true\" />\n</view>"
            ]),
            RuleExample(files: ["pages/index/index.wxml": "<video src=\"a.mp4\" ↓autoplay=\"false\"></video>"]),
            RuleExample(files: [
                "pages/live/live.wxml": "<live-player src=\"{{src}}\" mode=\"live\" ↓autoplay=\"{{ true }}\"/>"
            ]),
            RuleExample(files: ["pages/index/index.wxml": "<channel-video feed-id=\"x\" ↓autoplay />"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml": "<video src=\"a.mp4\" autoplay=\"{{false}}\" controls></video>"
            ]),
            RuleExample(files: ["pages/index/index.wxml": "<video src=\"a.mp4\" controls></video>"]),
            RuleExample(files: [
                "pages/index/index.wxml": "<swiper autoplay interval=\"3000\"><swiper-item>1</swiper-item></swiper>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<video src=\"a.mp4\" autoplay=\"\"></video><view>autoplay</view>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "<video src=\"a.mp4\" autoplay=\"{{autoPlayEnabled}}\"></video>"
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for file in submission.wxmlFiles {
            for element in file.document.elements where Self.mediaTags.contains(element.lowercasedName) {
                guard let attribute = element.attribute("autoplay"), Self.isOn(attribute.value) == true else {
                    continue
                }
                let evidence = attribute.value.map { "\(attribute.name)=\"\($0)\"" } ?? attribute.name
                let tag = element.name
                var message = LocalizedText(
                    zh: "<\(tag)> 设置了 \(evidence)，多媒体会自动播放",
                    en: "<\(tag)> has \(evidence), so the media plays automatically"
                )
                if attribute.value?.trimmingWhitespace() == "false" {
                    message.zh += "（WXML 中 \"false\" 是非空字符串，按真值处理）"
                    message.en += " (in WXML \"false\" is a non-empty string and counts as true)"
                }
                findings.append(
                    finding(
                        message, evidence: evidence,
                        at: .file(file.path, line: attribute.line, column: attribute.column))
                )
            }
        }
        return findings
    }

    /// Whether a WXML boolean attribute value is true: nil (bare) is true, a static non-empty string
    /// is true, `{{ }}` holding a literal is judged by JavaScript truthiness, anything else is unknown.
    static func isOn(_ value: String?) -> Bool? {
        guard let value else { return true }
        let trimmed = value.trimmingWhitespace()
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.count >= 4 else {
            return !value.isEmpty
        }
        let expression = String(trimmed.dropFirst(2).dropLast(2)).trimmingWhitespace()
        switch expression {
        case "true", "1", "!0", "!false": return true
        case "false", "0", "!1", "!true", "null", "undefined", "''", "\"\"": return false
        default: return nil
        }
    }
}
