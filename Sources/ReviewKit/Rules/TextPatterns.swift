import Foundation
import TextMatching

/// Fixed phrases and regular expressions matched together in normalised text (see
/// `TextNormalizer`): the matching of checklists, shared with code rules that read page text.
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

    private let matcher: PhraseMatcher?
    private let wholeText: Bool
    private let expressions: [CompiledPattern]

    /// Phrases are matched leftmost-longest (ASCII phrases as whole tokens, case-insensitively)
    /// except inside an allow-context; patterns are ICU regular expressions run
    /// case-insensitively. With `wholeText`, a phrase counts only when it is the whole text
    /// (surrounding whitespace aside).
    init(
        terms: [String] = [], allowContexts: [String] = [], patterns: [String] = [], wholeText: Bool = false
    ) throws(InvalidPattern) {
        matcher = terms.isEmpty ? nil : PhraseMatcher(phrases: terms, allowContexts: allowContexts)
        self.wholeText = wholeText
        var compiled: [CompiledPattern] = []
        for pattern in patterns {
            do {
                compiled.append(
                    CompiledPattern(expression: try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])))
            } catch {
                throw InvalidPattern(pattern: pattern)
            }
        }
        expressions = compiled
    }

    /// Term and pattern matches in the normalised text, leftmost-longest, without overlaps (two
    /// patterns that describe the same phrase report it once), with original offsets and the
    /// original matched characters.
    func matches(in text: NormalizedText) -> [Match] {
        var result: [Match] = []
        if let matcher {
            var found = matcher.matches(in: text)
            if wholeText {
                let scalars = text.original.unicodeScalars
                let leading = scalars.prefix { $0.properties.isWhitespace }.count
                let trimmedLength =
                    scalars.count - leading - scalars.reversed().prefix { $0.properties.isWhitespace }.count
                found = found.filter { $0.offset == leading && $0.length == trimmedLength }
            }
            result += found.map { Match(offset: $0.offset, text: $0.matchedText) }
        }
        if !expressions.isEmpty {
            let normalized = text.string
            for expression in expressions {
                for range in expression.matches(in: normalized) where !range.isEmpty {
                    let original = text.originalRange(of: range)
                    result.append(Match(offset: original.lowerBound, text: text.originalText(in: original)))
                }
            }
        }
        result.sort { ($0.offset, -$0.text.unicodeScalars.count) < ($1.offset, -$1.text.unicodeScalars.count) }
        var kept: [Match] = []
        var nextFree = 0
        for match in result where match.offset >= nextFree {
            kept.append(match)
            nextFree = match.offset + max(1, match.text.unicodeScalars.count)
        }
        return kept
    }
}

/// A compiled regular expression; matching does not mutate it, so sharing it is safe.
private struct CompiledPattern: @unchecked Sendable {
    let expression: NSRegularExpression

    /// Matches as ranges in Unicode scalars.
    func matches(in text: String) -> [Range<Int>] {
        let range = NSRange(text.startIndex..., in: text)
        let scalars = text.unicodeScalars
        return expression.matches(in: text, range: range).compactMap { result in
            guard let matched = Range(result.range, in: text) else { return nil }
            let start = scalars.distance(from: text.startIndex, to: matched.lowerBound)
            return start..<(start + scalars.distance(from: matched.lowerBound, to: matched.upperBound))
        }
    }
}
