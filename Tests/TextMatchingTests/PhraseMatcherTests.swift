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
}
