import Testing

@testable import TextMatching

@Suite struct PhraseMatcherTests {
    @Test func findsCJKPhrasesWithScalarOffsets() {
        let matcher = PhraseMatcher(phrases: ["国家级", "最佳"])
        let matches = matcher.matches(in: "😀国家级健身，最佳选择")
        #expect(matches.map(\.phrase) == ["国家级", "最佳"])
        #expect(matches.map(\.offset) == [1, 7])
        #expect(matches.map(\.length) == [3, 2])
    }

    @Test func prefersLeftmostLongest() {
        let matcher = PhraseMatcher(phrases: ["最高", "最高级", "高级"])
        let matches = matcher.matches(in: "最高级会员")
        #expect(matches.map(\.phrase) == ["最高级"])
    }

    @Test func latinPhrasesMatchWholeTokensCaseInsensitively() {
        let matcher = PhraseMatcher(phrases: ["QQ", "WeChat", "no.1"])
        #expect(matcher.matches(in: "QQ音乐").map(\.matchedText) == ["QQ"])
        #expect(matcher.matches(in: "qqq bubble").isEmpty)
        #expect(matcher.matches(in: "my wechat helper").map(\.matchedText) == ["wechat"])
        #expect(matcher.matches(in: "wechatty").isEmpty)
        #expect(matcher.matches(in: "销量NO.1").map(\.matchedText) == ["NO.1"])
        #expect(matcher.matches(in: "No.12 street").isEmpty)
    }

    @Test func allowContextsSuppressContainedMatches() {
        let matcher = PhraseMatcher(phrases: ["顶级", "首选"], allowContexts: ["顶级域名", "首选项"])
        #expect(matcher.matches(in: "注册顶级域名").isEmpty)
        #expect(matcher.matches(in: "打开首选项设置").isEmpty)
        #expect(matcher.matches(in: "顶级享受，首选品牌").map(\.phrase) == ["顶级", "首选"])
    }

    @Test func overlappingPatternsThroughFailureLinks() {
        let matcher = PhraseMatcher(phrases: ["he", "she", "hers", "his"])
        let matches = matcher.matches(in: "ushers")
        // "she" starts first; "hers" overlaps it and is dropped. Latin phrases need token
        // boundaries, so only whole words count: none of them is a whole token here.
        #expect(matches.isEmpty)
        let cjk = PhraseMatcher(phrases: ["分享", "享到", "分享到群"])
        #expect(cjk.matches(in: "请分享到群里").map(\.phrase) == ["分享到群"])
    }

    @Test func emptyInputsAreHarmless() {
        #expect(PhraseMatcher(phrases: []).matches(in: "任何文字").isEmpty)
        #expect(PhraseMatcher(phrases: ["", "x"]).matches(in: "").isEmpty)
    }

    // MARK: - Normalised matching reports original positions

    private struct Hit: Equatable, CustomStringConvertible {
        let offset: Int
        let length: Int
        let text: String
        var description: String { "\(offset)+\(length) \(text)" }
    }

    private func hits(_ matcher: PhraseMatcher, _ text: String) -> [Hit] {
        matcher.matches(in: text).map { Hit(offset: $0.offset, length: $0.length, text: $0.matchedText) }
    }

    @Test func fullWidthInputReportsOriginalOffsets() {
        let matcher = PhraseMatcher(phrases: ["WeChat", "QQ"])
        #expect(hits(matcher, "用ＷｅＣｈａｔ登录") == [Hit(offset: 1, length: 6, text: "ＷｅＣｈａｔ")])
        #expect(hits(matcher, "😀ＱＱ音乐") == [Hit(offset: 1, length: 2, text: "ＱＱ")])
        #expect(hits(matcher, "ＷｅＣｈａｔｔｙ").isEmpty)
    }

    @Test func traditionalInputReportsOriginalOffsets() {
        let matcher = PhraseMatcher(phrases: ["腾讯", "国家级"])
        #expect(
            hits(matcher, "來自騰訊的國家級服務")
                == [Hit(offset: 2, length: 2, text: "騰訊"), Hit(offset: 5, length: 3, text: "國家級")])
    }

    @Test func separatedInputReportsTheWholeOriginalSpan() {
        let matcher = PhraseMatcher(phrases: ["微信"])
        #expect(hits(matcher, "加微·信好友") == [Hit(offset: 1, length: 3, text: "微·信")])
        #expect(hits(matcher, "加微 - 信") == [Hit(offset: 1, length: 5, text: "微 - 信")])
        #expect(hits(matcher, "微\u{200B}信") == [Hit(offset: 0, length: 3, text: "微\u{200B}信")])
        #expect(hits(matcher, "微*信") == [Hit(offset: 0, length: 3, text: "微*信")])
    }

    @Test func emojiPrefixedInputReportsOriginalOffsets() {
        let matcher = PhraseMatcher(phrases: ["腾讯", "WeChat"])
        #expect(hits(matcher, "😀👍🏽騰 訊") == [Hit(offset: 3, length: 3, text: "騰 訊")])
        // A flag is two scalars; an emoji with VS16 has a removed selector before the match.
        #expect(hits(matcher, "🇨🇳❤️ＷｅＣｈａｔ") == [Hit(offset: 4, length: 6, text: "ＷｅＣｈａｔ")])
    }

    @Test func phrasesAreNormalisedLikeTheText() {
        let matcher = PhraseMatcher(phrases: ["騰訊", "ＱＱ"])
        #expect(matcher.matches(in: "腾讯qq").map(\.phrase) == ["騰訊", "ＱＱ"])
        #expect(matcher.matches(in: "腾讯qq").map(\.phraseIndex) == [0, 1])
    }

    @Test func allowContextsApplyToTheNormalisedText() {
        let matcher = PhraseMatcher(phrases: ["顶级"], allowContexts: ["顶级域名"])
        #expect(matcher.matches(in: "註冊頂級域名").isEmpty)
        #expect(hits(matcher, "頂級享受") == [Hit(offset: 0, length: 2, text: "頂級")])
    }

    @Test func astralPatternsMatch() {
        let matcher = PhraseMatcher(phrases: ["𠀀字"])
        #expect(hits(matcher, "a𠀀字") == [Hit(offset: 1, length: 2, text: "𠀀字")])
    }
}
