import TextMatching

/// Fixed phrases and regular expressions matched together in normalised text (see
/// `TextNormalizer`), for code rules that read page text the way checklists do: one automaton for
/// the phrases and the literals the expressions require, and each expression run only on a text
/// holding them (as `ChecklistSet` does for the checklists).
struct TextPatterns: Sendable {
    /// A pattern that is not a valid ICU regular expression.
    struct InvalidPattern: Error {
        let pattern: String
    }

    /// One match: where it starts in the original text (Unicode scalars) and the original
    /// characters it covers.
    struct Match: Sendable, Equatable {
        let offset: Int
        let text: String
    }

    private let matcher: PhraseListsMatcher
    private let hasTerms: Bool
    private let wholeText: Bool
    private let expressions: [RegexPattern]
    /// Per expression: the matcher's lists of its required literal sets.
    private let expressionLists: [[Int]]

    /// Phrases are matched leftmost-longest (ASCII phrases as whole tokens, case-insensitively)
    /// except inside an allow-context; patterns are ICU regular expressions run
    /// case-insensitively. With `wholeText`, a phrase counts only when it is the whole text
    /// (surrounding whitespace aside).
    init(
        terms: [String] = [], allowContexts: [String] = [], patterns: [String] = [], wholeText: Bool = false
    ) throws(InvalidPattern) {
        var lists = [PhraseListsMatcher.List(phrases: terms, allowContexts: allowContexts)]
        var compiled: [RegexPattern] = []
        var expressionLists: [[Int]] = []
        for pattern in patterns {
            guard let expression = RegexPattern(pattern) else { throw InvalidPattern(pattern: pattern) }
            compiled.append(expression)
            expressionLists.append(
                (expression.requiredLiteralSets ?? []).map { literals in
                    lists.append(PhraseListsMatcher.List(phrases: literals, wholeTokens: false, presenceOnly: true))
                    return lists.count - 1
                })
        }
        matcher = PhraseListsMatcher(lists: lists)
        hasTerms = !terms.isEmpty
        self.wholeText = wholeText
        expressions = compiled
        self.expressionLists = expressionLists
    }

    /// Term and pattern matches in the normalised text, leftmost-longest, without overlaps (two
    /// patterns that describe the same phrase report it once), with original offsets and the
    /// original matched characters.
    func matches(in text: NormalizedText) -> [Match] {
        let found = matcher.matches(in: text)
        var result: [Match] = []
        if hasTerms {
            var terms = found[0]
            if wholeText {
                let scalars = text.original.unicodeScalars
                let leading = scalars.prefix { $0.properties.isWhitespace }.count
                let trimmedLength =
                    scalars.count - leading - scalars.reversed().prefix { $0.properties.isWhitespace }.count
                terms = terms.filter { $0.offset == leading && $0.length == trimmedLength }
            }
            result += terms.map { Match(offset: $0.offset, text: $0.matchedText) }
        }
        var regexText: RegexText?
        for (expression, lists) in zip(expressions, expressionLists)
        where !lists.contains(where: { found[$0].isEmpty }) {
            let searched = regexText ?? RegexText(text)
            regexText = searched
            for range in expression.matches(in: searched) {
                let original = text.originalRange(of: range)
                result.append(Match(offset: original.lowerBound, text: text.originalText(in: original)))
            }
        }
        return Self.withoutOverlaps(result)
    }

    /// Leftmost-longest without overlaps: two patterns that describe the same phrase report it once.
    static func withoutOverlaps(_ matches: [Match]) -> [Match] {
        guard matches.count > 1 else { return matches }
        let sorted = matches.sorted {
            ($0.offset, -$0.text.unicodeScalars.count) < ($1.offset, -$1.text.unicodeScalars.count)
        }
        var kept: [Match] = []
        var nextFree = 0
        for match in sorted where match.offset >= nextFree {
            kept.append(match)
            nextFree = match.offset + max(1, match.text.unicodeScalars.count)
        }
        return kept
    }
}
