import Testing

@testable import TextMatching

@Suite struct NormalizationTests {
    private func normalized(_ text: String) -> String { NormalizedText(text).string }

    @Test func compatibilityCaseAndWidth() {
        #expect(normalized("ＷｅＣｈａｔ") == "wechat")
        #expect(normalized("ⓌⓔⒸⓗⓐⓣ") == "wechat")
        #expect(normalized("ＱＱ①") == "qq1")
        #expect(normalized("⼝") == "口")
    }

    @Test func traditionalBecomesSimplified() {
        #expect(normalized("騰訊") == "腾讯")
        #expect(normalized("國家級") == "国家级")
        #expect(normalized("微信") == "微信")
    }

    @Test func diacriticsAndZeroWidthAreRemoved() {
        #expect(normalized("wēixìn") == "weixin")
        #expect(normalized("we\u{0301}chat") == "wechat")
        #expect(normalized("微\u{200B}信") == "微信")
        #expect(normalized("微\u{200D}\u{FEFF}信\u{FE0F}") == "微信")
        #expect(normalized("Tén\u{00AD}cent") == "tencent")
    }

    @Test func separatorsBetweenHanCharactersAreRemoved() {
        for text in ["微·信", "微 信", "微-信", "微*信", "微　信", "微＊信", "微・信", "微 - 信", "微❤信"] {
            #expect(normalized(text) == "微信", "\(text)")
        }
        // Only between Han characters, only short runs, never line breaks.
        #expect(normalized("we chat") == "we chat")
        #expect(normalized("微    信") == "微    信")
        #expect(normalized("微\n信") == "微\n信")
        #expect(normalized("微 x") == "微 x")
    }

    @Test func everyNormalisedScalarPointsAtItsOriginal() {
        let text = NormalizedText("😀Ｗ騰·訊\u{200B}é")
        #expect(text.string == "😀w腾讯e")
        #expect(text.origins == [0, 1, 2, 4, 6])
        #expect(text.originalRange(of: 2..<4) == 2..<5)
        #expect(text.originalText(in: text.originalRange(of: 2..<4)) == "騰·訊")
    }

    @Test func expansionsMapEveryScalarToTheSameOrigin() {
        let text = NormalizedText("a㈱b")
        #expect(text.string == "a(株)b")
        #expect(text.origins == [0, 1, 1, 1, 2])
    }

    @Test func expansionsLongerThanTheUTF8Input() {
        // U+FDFA is 3 bytes of UTF-8 and 18 scalars after NFKC.
        let text = NormalizedText("\u{FDFA}")
        #expect(text.scalars.count == 18)
        #expect(text.origins.allSatisfy { $0 == 0 })
        let many = NormalizedText(String(repeating: "\u{FDFA}a", count: 50))
        #expect(many.scalars.count == 50 * 19)
        #expect(many.origins.last == 99)
    }

    @Test func emptyAndAstralTexts() {
        #expect(NormalizedText("").scalars.isEmpty)
        #expect(normalized("𠀀😀") == "𠀀😀")
    }
}
