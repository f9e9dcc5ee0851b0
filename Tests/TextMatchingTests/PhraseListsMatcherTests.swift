import Testing

@testable import TextMatching

@Suite struct PhraseListsMatcherTests {
    let matcher = PhraseListsMatcher(lists: [
        PhraseListsMatcher.List(phrases: ["最"], allowContexts: ["最近"]),
        PhraseListsMatcher.List(phrases: ["微信", "QQ"], presenceOnly: true),
        PhraseListsMatcher.List(phrases: ["添加", "加", "qq"], allStarts: true),
        PhraseListsMatcher.List(phrases: ["支付宝"], presenceOnly: true),
    ])

    @Test func aPresenceListGetsItsFirstOccurrenceWithoutText() {
        let found = matcher.matches(in: matcher.normalize("最近请添加微信，或者加微信"))
        #expect(found.contains(1))
        #expect(found[1].count == 1)
        #expect(found[1].first?.phrase == "微信")
        #expect(found[1].first?.offset == 5)
        #expect(found[1].first?.matchedText == "")
        // A list with nothing in the text.
        #expect(!found.contains(3))
        #expect(found[3].isEmpty)
    }

    @Test func aStartsListGivesEveryStartInOrderWithoutRepeats() {
        let found = matcher.matches(in: matcher.normalize("请添加加微信qqq"))
        // 添加 at 1, and 加 at 2 and 3; overlapping occurrences count, and so does qq inside qqq.
        #expect(found.starts(of: 2) == [1, 2, 3, 6, 7])
        #expect(found.contains(2))
        // Starts are not matches.
        #expect(found[2].isEmpty)
    }

    @Test func listsKeepTheirOwnAllowContexts() {
        let found = matcher.matches(in: matcher.normalize("最近最好"))
        #expect(found[0].map(\.offset) == [2])
        #expect(!found.contains(1))
        #expect(found.starts(of: 2).isEmpty)
    }

    @Test func unselectedListsGetNothing() {
        let found = matcher.matches(in: matcher.normalize("最好加微信"), selecting: [false, true, false, false])
        #expect(found[0].isEmpty)
        #expect(found.contains(1))
        #expect(found.starts(of: 2).isEmpty)
    }
}
