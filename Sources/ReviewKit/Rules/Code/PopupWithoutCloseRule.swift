import TextMatching
import WXML

/// Overlays and popups in WXML with no way to close them (运营规范 13.5).
struct PopupWithoutCloseRule: Rule {
    /// Last segment of a class name that marks an overlay: `ad-mask`, `van-popup`, `modal`.
    static let overlayWords: Set<String> = ["mask", "popup", "modal", "dialog", "overlay", "layer"]
    /// `overlayWords` as UTF-8, for `isOverlay`'s first test.
    static let overlayWordBytes = overlayWords.map { Array($0.utf8) }
    /// Visible words that close or dismiss.
    static let closeWords = ["关闭", "取消", "我知道了", "知道了", "跳过", "返回", "确定", "好的", "×", "✕", "close"]
    /// The close words in normalised text (`關閉`, full-width `ｃｌｏｓｅ`).
    static let closeMatcher = PhraseMatcher(phrases: closeWords)

    let description = RuleDescription(
        id: "popup-without-close",
        family: .distributionGambling,
        title: LocalizedText(zh: "浮层、弹窗无法关闭", en: "Overlay without a close control"),
        severity: .warning,
        citation: Citations.operationRule("13.5", "微信小程序页面内的浮层和弹窗应可关闭。"),
        rationale: LocalizedText(
            zh: """
                运营规范 13.5 要求页面内的浮层和弹窗可以关闭。本规则找出 class 以 mask、popup、modal、dialog、overlay、\
                layer 结尾的元素（如 ad-mask、van-popup），若它和它的子元素都没有点击处理（bindtap、catchtap 等）、按钮、\
                导航，也没有“关闭、取消、我知道了、×”等文字，就给出警告。关闭逻辑写在样式或脚本里的情况静态无法判断，因此只作警告。
                """,
            en: """
                Clause 13.5 requires overlays and popups on a page to be closable. The rule looks at elements whose \
                class ends in mask, popup, modal, dialog, overlay or layer (ad-mask, van-popup …) and warns when \
                neither the element nor its children have a tap handler (bindtap, catchtap …), a button or a \
                navigator, or close wording (关闭, 取消, 我知道了, ×). A close written in styles or scripts cannot be \
                seen statically, so this is a warning.
                """
        ),
        hint: LocalizedText(
            zh: "给浮层加一个明显的关闭按钮，或允许点击遮罩关闭。",
            en: "Give the overlay a visible close button, or let a tap on the mask close it."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<view>\n  ↓<view class=\"ad-mask\">\n    <image src=\"/images/ad.png\"/>\n  </view>\n</view>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml": "↓<view class=\"full popup\" wx:if=\"{{show}}\"><text>限时优惠</text></view>"
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<view class=\"mask\" bindtap=\"close\"><view class=\"dialog\">提示</view></view>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<view class=\"van-popup\"><text>规则说明</text><button bindtap=\"hide\">我知道了</button></view>"
            ]),
            RuleExample(files: [
                "pages/index/index.wxml":
                    "<view class=\"modal\"><text class=\"x\">×</text></view><view class=\"dialog-title\">标题</view>"
            ]),
            // Close words are matched in normalised text: traditional 關閉 closes too.
            RuleExample(files: [
                "pages/index/index.wxml": "<view class=\"popup\"><text>活動規則</text><text>關閉</text></view>"
            ]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for file in submission.wxmlFiles {
            func visit(_ nodes: [WXMLNode]) {
                for case .element(let element) in nodes {
                    if Self.isOverlay(element) {
                        if !Self.isClosable(element) {
                            findings.append(
                                finding(
                                    LocalizedText(
                                        zh:
                                            "浮层 <\(element.name) class=\"\(element.attribute("class")?.value ?? "")\"> 没有关闭方式",
                                        en:
                                            "The overlay <\(element.name) class=\"\(element.attribute("class")?.value ?? "")\"> has no way to close it"
                                    ),
                                    evidence: element.attribute("class")?.value ?? element.name,
                                    at: .file(file.path, line: element.line, column: element.column)
                                )
                            )
                        }
                        // Inner parts of an overlay (its dialog, its content) are judged with it.
                        continue
                    }
                    visit(element.children)
                }
            }
            visit(file.document.nodes)
        }
        return findings
    }

    static func isOverlay(_ element: WXMLElement) -> Bool {
        guard let classes = element.attribute("class")?.value else { return false }
        // Most classes name no overlay at all. Lower-casing maps each scalar on its own, so a class
        // name whose lower-cased last segment is an overlay word leaves that word in the lower-cased
        // attribute: one search of the attribute's bytes rules most elements out.
        let lowered = Array(classes.lowercased().utf8)
        guard overlayWordBytes.contains(where: { lowered.containsBytes($0) }) else { return false }
        return classes.split(whereSeparator: \.isWhitespace).contains { name in
            guard !name.contains("{{") else { return false }
            let last = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).last.map(String.init) ?? ""
            return overlayWords.contains(last.lowercased())
        }
    }

    static func isClosable(_ element: WXMLElement) -> Bool {
        let tag = element.lowercasedName
        if tag == "button" || tag == "navigator" { return true }
        if element.attributes.contains(where: {
            let name = $0.lowercasedName
            return name.hasPrefix("bind") || name.hasPrefix("catch")
        }) {
            return true
        }
        for node in element.children {
            switch node {
            case .element(let child):
                if isClosable(child) { return true }
            case .text(let text):
                if !closeMatcher.matches(in: text.text).isEmpty { return true }
            case .comment:
                continue
            }
        }
        return false
    }
}

extension [UInt8] {
    /// Whether `needle` (not empty) occurs in these bytes.
    fileprivate func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count, let first = needle.first else { return false }
        for start in 0...(count - needle.count) where self[start] == first {
            if self[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
