import Testing

@testable import TextMatching

@Suite struct LookalikeDetectorTests {
    static let marks = [
        ProtectedMark(
            mark: "微信", owner: "腾讯", group: "tencent", source: "8.3", evasions: ["v信", "vx"],
            allowContexts: ["定位信息"]),
        ProtectedMark(mark: "WeChat", owner: "腾讯", group: "tencent", source: "8.3"),
        ProtectedMark(mark: "QQ", owner: "腾讯", group: "tencent", source: "8.3"),
        ProtectedMark(mark: "中国移动", owner: "中国移动", group: "third-party", source: "第四条(四)"),
    ]
    static let detector = LookalikeDetector(marks: marks, shapes: SimilarShapes(table: "# comment\n微 徽 徵\n"))

    private func reasons(_ text: String) -> [[LookalikeMatch.Reason]] {
        Self.detector.matches(in: text).map(\.reasons)
    }

    @Test func hanHomophonesShapesAndSpellings() {
        #expect(reasons("薇信") == [[.homophone("薇", of: "微", pinyin: "wei")]])
        #expect(reasons("徽信") == [[.similarShape("徽", of: "微")]])
        #expect(reasons("微xin") == [[.pinyinSpelling("xin", of: "信")]])
        #expect(reasons("中国一动") == [[.homophone("一", of: "移", pinyin: "yi")]])
        #expect(
            reasons("中國移東") == [[.homophone("東", of: "动", pinyin: "dong")]], "explained with the original character")
    }

    @Test func hanMarksNeedHalfTheirCharactersAndOneDifference() {
        #expect(reasons("微信").isEmpty)
        #expect(reasons("维新").isEmpty)
        #expect(reasons("中国一东").isEmpty == false)
        #expect(reasons("中依一东").isEmpty)
        #expect(reasons("微xinli").isEmpty)
    }

    @Test func latinTyposAndSkeletons() {
        #expect(reasons("my wecha app") == [[.oneEditAway("wecha")]])
        #expect(reasons("wehcat") == [[.oneEditAway("wehcat")]])
        #expect(reasons("wechatty").isEmpty)
        #expect(reasons("wechat").isEmpty)
        #expect(reasons("qa").isEmpty, "marks under 5 letters are matched exactly only")
        let cyrillic = "W\u{0435}Ch\u{0430}t"
        #expect(reasons(cyrillic) == [[.confusableLetters(cyrillic, skeleton: "wechat")]])
    }

    @Test func evasionsNeedLatinTokenEnds() {
        #expect(reasons("加V信") == [[.knownEvasion("v信")]])
        #expect(reasons("加vx") == [[.knownEvasion("vx")]])
        #expect(reasons("TV信号").isEmpty)
        #expect(reasons("vxy").isEmpty)
    }

    @Test func allowContextsAndOriginalOffsets() {
        #expect(reasons("查看定位信息").isEmpty)
        let match = Self.detector.matches(in: "😀騰訊的薇 · 信")
        #expect(match.map(\.offset) == [4])
        #expect(match.map(\.length) == [5])
        #expect(match.map(\.matchedText) == ["薇 · 信"])
    }

    @Test func skeletonsAndEditDistance() {
        #expect(ConfusableSkeleton.of("W\u{0435}Chat") == ConfusableSkeleton.of("WeChat"))
        #expect(ConfusableSkeleton.of("paypal") != ConfusableSkeleton.of("wechat"))
        let scalars = { (text: String) in text.unicodeScalars.map(\.value) }
        #expect(damerauLevenshtein(scalars("tencet"), scalars("tencent")) == 1)
        #expect(damerauLevenshtein(scalars("tencnet"), scalars("tencent")) == 1)
        #expect(damerauLevenshtein(scalars("decent"), scalars("tencent")) == 2)
        #expect(damerauLevenshtein(scalars(""), scalars("abc")) == 3)
    }

    @Test func pinyinIsTonelessAndOnlyForHan() {
        #expect(Pinyin.of(0x5FAE) == "wei")
        #expect(Pinyin.of(0x8BAF) == "xun")
        #expect(Pinyin.of(0x61) == nil)
    }
}

@Suite struct SeparatedLookalikeTests {
    static let detector = LookalikeDetector(
        marks: [
            ProtectedMark(mark: "微信", owner: "腾讯", group: "tencent", source: "8.3", evasions: ["v信"]),
            ProtectedMark(mark: "WeChat", owner: "腾讯", group: "tencent", source: "8.3"),
        ],
        shapes: SimilarShapes(table: ""))

    @Test(arguments: [
        ("加 V 信 领红包", "V 信"),
        ("加v·信", "v·信"),
        ("微 xin 头像", "微 xin"),
        ("W e C h a t 记账", "W e C h a t"),
        ("W-e-C-h-a-t", "W-e-C-h-a-t"),
    ])
    func separatorsAcrossScriptsOrLettersDoNotHideAMark(text: String, expected: String) {
        let matches = Self.detector.matches(in: text)
        #expect(matches.map(\.matchedText) == [expected])
        // The match points at the original characters.
        if let match = matches.first {
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[match.offset..<(match.offset + match.length)])
            #expect(String(view) == expected)
        }
    }

    @Test(arguments: ["使用 WeChat 登录", "WeChat", "版本 A B 测试", "a b c", "微信 支付", "Tencent · WeChat"])
    func ordinaryWordsAndSpacingAreNotLookalikes(text: String) {
        #expect(Self.detector.matches(in: text).isEmpty)
    }
}
