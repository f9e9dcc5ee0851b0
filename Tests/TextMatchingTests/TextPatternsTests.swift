import Testing

@testable import TextMatching

@Suite struct TextPatternsTests {
    @Test func anExpressionIsTriedAtItsLeadingLiteralsInTextOrder() throws {
        // `bc` ends before `abcd` does, so the automaton finds it first; tried in that order, its
        // match would hide the longer one that starts earlier, which a search finds.
        // The text is long enough for the expression to be tried at those starts only.
        let patterns = try TextPatterns(patterns: ["(abcd|bc)"])
        let text = "xabcd" + String(repeating: " ", count: 100)
        let matches = patterns.matches(in: TextNormalizer.shared.normalize(text))
        #expect(matches.map(\.text) == ["abcd"])
        #expect(matches.map(\.offset) == [1])
    }

    @Test func aMatchReportsTheOriginalCharacters() throws {
        let patterns = try TextPatterns(patterns: ["(分享|转发)到群"])
        let matches = patterns.matches(in: TextNormalizer.shared.normalize("请把它分 享到群里"))
        #expect(matches.map(\.text) == ["分 享到群"])
        #expect(matches.map(\.offset) == [3])
    }

    @Test func eachEntryGetsTheMatchesItWouldGetAlone() throws {
        let first = TextPatterns.Entry(terms: ["最"], allowContexts: ["最近"])
        let second = TextPatterns.Entry(patterns: [try #require(RegexPattern("最(好|佳)"))])
        let together = TextPatterns(entries: [first, second])
        let text = TextNormalizer.shared.normalize("最近的最好")
        let found = together.matches(in: text, entries: [0, 1], lists: together.lists(for: [0, 1]))
        #expect(found.map(\.entry) == [0, 1])
        #expect(found.map { $0.matches.map(\.offset) } == [[3], [3]])
    }
}
