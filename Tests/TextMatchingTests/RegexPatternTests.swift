import Testing

@testable import TextMatching

@Suite struct RegexPatternTests {
    /// Expressions of the shapes the checklists use: look-behinds and look-aheads, optional and
    /// repeated groups, classes, anchors, empty-able parts.
    static let expressions = [
        "(分享|转发)(到|至|给)?(([0-9]+|[一二三]+)(个|位)?)?(群聊?|好友)?((后|之后)(才能|即可)?|(才能|即可))(解锁|继续)",
        "(分享|转发)[^\\s，。！]{0,6}?(得|领)(红包|现金)",
        "(加|添加)(我的?|客服)?(微信|vx|qq)[号]?[:：]?\\s*[0-9]{5,12}",
        "(?<!非|不是|不属于)(?<![a-z0-9])(微信|腾讯|qq)(红包)?(小助手|助手(?!机)|管家)",
        "(?<![收聚])集(满)?([0-9]+)?个?赞(?![美助])",
        "(请先)?[0-9]+元(抽|抽奖)",
        "^\\s*(微信|wechat)\\s*$",
        "(微信)?助手?",
        "x*",
    ]

    /// Pieces random texts are made of: the runs of letters, digits and Han characters in the
    /// expression (so matches are frequent), and some characters it treats specially.
    static func pieces(of expression: String) -> [String] {
        var pieces: Set<String> = [" ", "，", "非", "不是", "机", "美", "收", "12345", "1", "x"]
        var run = ""
        for character in expression {
            if character.isLetter || character.isNumber {
                run.append(character)
            } else {
                if !run.isEmpty { pieces.insert(run) }
                run = ""
            }
        }
        if !run.isEmpty { pieces.insert(run) }
        return pieces.sorted()
    }

    /// Every start of a leading literal in the normalised text.
    static func starts(of literals: [String], in text: NormalizedText) -> [Int] {
        let scalars = text.scalars
        var found: Set<Int> = []
        for literal in literals {
            let wanted = TextNormalizer.shared.normalize(literal).scalars
            guard !wanted.isEmpty, wanted.count <= scalars.count else { continue }
            for start in 0...(scalars.count - wanted.count)
            where Array(scalars[start..<(start + wanted.count)]) == wanted {
                found.insert(start)
            }
        }
        return found.sorted()
    }

    @Test(arguments: expressions)
    func matchingOnlyWhereLeadingLiteralsStartFindsWhatASearchFinds(expression: String) throws {
        let pattern = try #require(RegexPattern(expression))
        let literals = pattern.leadingLiterals(normalizedWith: .shared)
        if !expression.hasPrefix("^") { #expect(literals != nil) }
        guard let literals else { return }
        var generator = SeededGenerator(state: UInt64(expression.unicodeScalars.count))
        let pieces = Self.pieces(of: expression)
        var compared = 0
        var matched = 0
        for _ in 0..<3000 {
            let text = (0..<generator.next(16)).map { _ in pieces[generator.next(pieces.count)] }.joined()
            let normalized = TextNormalizer.shared.normalize(text)
            let starts = Self.starts(of: literals, in: normalized)
            let everywhere = pattern.matches(in: normalized)
            // Below the threshold where the whole text would be searched instead.
            let anchored = pattern.matches(in: normalized, startingAt: starts)
            #expect(anchored == everywhere, "\(text)")
            compared += 1
            if !everywhere.isEmpty { matched += 1 }
        }
        // The random texts must exercise matching, not only its absence.
        #expect(compared == 3000)
        if !expression.hasPrefix("^") { #expect(matched > 10) }
    }

    @Test func lookBehindsSeeTheTextBeforeAStart() throws {
        let pattern = try #require(RegexPattern("(?<!不是)(微信|腾讯)助手"))
        let text = TextNormalizer.shared.normalize("这不是微信助手，是微信助手")
        #expect(pattern.matches(in: text, startingAt: [3, 9]) == [9..<13])
        #expect(pattern.matches(in: text) == [9..<13])
    }

    @Test func aMatchHidesTheStartsInsideIt() throws {
        let pattern = try #require(RegexPattern("(加|添加)微信"))
        let text = TextNormalizer.shared.normalize("请添加微信")
        // 添加 starts at 1 and 加 at 2: one match, as a search gives.
        #expect(pattern.matches(in: text, startingAt: [1, 2]) == [1..<5])
    }

    @Test func aLiteralThatNormalisesAwayLeavesNoLeadingLiterals() throws {
        // 騰 normalises to 腾, which is not a leading literal itself: its matches could begin
        // where no leading literal is found.
        #expect(try #require(RegexPattern("(騰|微)信")).leadingLiterals(normalizedWith: .shared) == nil)
        // Full-width digits normalise to ASCII ones, which are leading literals too.
        #expect(try #require(RegexPattern("[0-9０-９]元")).leadingLiterals(normalizedWith: .shared)?.count == 10)
    }

    @Test func aRunawayExpressionStopsAtItsStepLimit() throws {
        // Nested repetition on a text that almost matches backtracks exponentially: without the
        // step limit this search would not end.
        let pattern = try #require(RegexPattern("(a+)+$"))
        let text: [UInt32] = Array(repeating: 0x61, count: 40) + [0x62]
        let (ranges, stopped) = pattern.search(in: text)
        #expect(stopped)
        #expect(ranges.isEmpty)
        // An ordinary expression on the same text does not reach the limit.
        #expect(try #require(RegexPattern("a+")).search(in: text) == ([0..<40], false))
    }
}
