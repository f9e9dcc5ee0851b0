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

    /// Generated texts of long ASCII runs (past several checkpoints), upper case, Han characters
    /// (traditional too), separators, expansions, removed characters and astral scalars, against a
    /// reference that maps one scalar at a time and then removes separator runs between Han
    /// characters: the normalised scalars, their origins, and the original text of every match
    /// range must agree, whichever path of the normaliser (ASCII runs, multi-byte scalars) a
    /// scalar takes.
    @Test func generatedTextsAgreeWithAScalarByScalarReference() {
        let pieces = [
            "a", "Z", "x", " ", "-", "*", "·", "\n", "微", "信", "騰", "訊", "㈱", "\u{FDFA}", "\u{200B}", "é", "😀",
            "𠀀", "Ｗ", "①", String(repeating: "AbC9_", count: 30), String(repeating: "q", count: 70),
        ]
        var generator = SeededGenerator(state: 20_261_122)
        for _ in 0..<300 {
            let text = (0..<generator.next(40)).map { _ in pieces[generator.next(pieces.count)] }.joined()
            let normalized = NormalizedText(text)
            let expected = Self.reference(text)
            #expect(normalized.scalars == expected.scalars, "\(text.debugDescription)")
            #expect(normalized.origins == expected.origins, "\(text.debugDescription)")
            let original = Array(text.unicodeScalars)
            for _ in 0..<5 where !original.isEmpty {
                let start = generator.next(original.count)
                let end = start + 1 + generator.next(original.count - start)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: original[start..<end])
                #expect(normalized.originalText(in: start..<end) == String(view))
            }
        }
    }

    /// The identity normaliser (the benchmark's plain pass) keeps every scalar where it is, and
    /// reads original characters back as the real one does.
    @Test func identityKeepsEveryScalar() {
        for text in ["", "abc", "微信 WeChat", "😀Ｗ騰·訊\u{200B}é", String(repeating: "a微😀", count: 100)] {
            let unchanged = TextNormalizer.none.normalize(text)
            #expect(unchanged.scalars == text.unicodeScalars.map(\.value))
            #expect(unchanged.origins == Array(0..<Int32(unchanged.scalars.count)))
            if unchanged.scalars.count > 130 {
                // Scalar 128 is the third of the 43rd "a微😀".
                #expect(unchanged.originalText(in: 128..<131) == "😀a微")
            }
        }
    }

    /// Each scalar normalised alone, then runs of at most three separators between two Han
    /// characters removed: the rule the normaliser's documentation states.
    private static func reference(_ text: String) -> (scalars: [UInt32], origins: [Int32]) {
        var mapped: [(value: UInt32, origin: Int32)] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            for value in NormalizedText(String(scalar)).scalars { mapped.append((value, Int32(offset))) }
        }
        var kept: [(value: UInt32, origin: Int32)] = []
        var index = 0
        while index < mapped.count {
            let value = mapped[index].value
            if TextNormalizer.isSeparator(value), let previous = kept.last, TextNormalizer.isHan(previous.value) {
                var end = index
                while end < mapped.count && TextNormalizer.isSeparator(mapped[end].value) { end += 1 }
                if end - index <= TextNormalizer.maximumGap && end < mapped.count
                    && TextNormalizer.isHan(mapped[end].value)
                {
                    index = end
                    continue
                }
                kept.append(contentsOf: mapped[index..<end])
                index = end
                continue
            }
            kept.append(mapped[index])
            index += 1
        }
        return (kept.map(\.value), kept.map(\.origin))
    }
}
