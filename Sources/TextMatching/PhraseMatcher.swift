/// Finds every occurrence of a fixed set of phrases in a text with one pass of an
/// Aho-Corasick automaton, leftmost-longest, without overlaps.
///
/// Offsets are counted in Unicode scalars from the start of the searched text.
/// Latin and digit phrases (`WeChat`, `QQ`, `No.1`) match case-insensitively and
/// only as whole tokens, so `QQ` does not match inside `QQQ` and `sm` would not
/// match inside `smile`. CJK phrases match anywhere, except inside an occurrence
/// of one of the allow-context phrases given at construction (`最近` protects the
/// `最` inside it).
public struct PhraseMatcher: Sendable {
    /// One occurrence of a phrase.
    public struct Match: Sendable, Equatable {
        /// The phrase as it was given to the matcher.
        public let phrase: String
        /// Scalar offset of the first matched character.
        public let offset: Int
        /// Length of the match in scalars.
        public let length: Int
        /// The matched characters as they appear in the searched text.
        public let matchedText: String
    }

    private let automaton: Automaton
    private let allowAutomaton: Automaton?
    private let phrases: [String]
    private let tokenBound: [Bool]

    /// Builds the automaton once; reuse the matcher for every text.
    /// - Parameters:
    ///   - phrases: the phrases to find; empty strings are ignored.
    ///   - allowContexts: legitimate words that contain a phrase; a match lying
    ///     wholly inside an occurrence of one of them is dropped.
    public init(phrases: [String], allowContexts: [String] = []) {
        let kept = phrases.filter { !$0.isEmpty }
        self.phrases = kept
        self.tokenBound = kept.map { phrase in phrase.unicodeScalars.allSatisfy(Self.isLatinTokenScalar) }
        self.automaton = Automaton(patterns: kept.map(Self.folded))
        let allow = allowContexts.filter { !$0.isEmpty }
        self.allowAutomaton = allow.isEmpty ? nil : Automaton(patterns: allow.map(Self.folded))
    }

    /// All non-overlapping matches in `text`, leftmost-longest, in text order.
    public func matches(in text: String) -> [Match] {
        let scalars = Array(text.unicodeScalars)
        let folded = scalars.map(Self.fold)
        let allowed = allowAutomaton.map { allowedRanges(in: folded, automaton: $0) } ?? []
        var candidates = automaton.allMatches(in: folded).filter { candidate in
            if tokenBound[candidate.pattern] {
                let before = candidate.start > 0 ? scalars[candidate.start - 1] : nil
                let end = candidate.start + candidate.length
                let after = end < scalars.count ? scalars[end] : nil
                if let before, Self.isAlphanumeric(before) { return false }
                if let after, Self.isAlphanumeric(after) { return false }
            }
            let end = candidate.start + candidate.length
            return !allowed.contains { $0.lowerBound <= candidate.start && end <= $0.upperBound }
        }
        // Leftmost first, then longest; drop anything overlapping a kept match.
        candidates.sort { ($0.start, -$0.length) < ($1.start, -$1.length) }
        var result: [Match] = []
        var nextFree = 0
        for candidate in candidates where candidate.start >= nextFree {
            let slice = scalars[candidate.start..<(candidate.start + candidate.length)]
            var matched = String.UnicodeScalarView()
            matched.append(contentsOf: slice)
            result.append(
                Match(
                    phrase: phrases[candidate.pattern],
                    offset: candidate.start,
                    length: candidate.length,
                    matchedText: String(matched)
                )
            )
            nextFree = candidate.start + candidate.length
        }
        return result
    }

    private func allowedRanges(in folded: [UInt32], automaton: Automaton) -> [Range<Int>] {
        automaton.allMatches(in: folded).map { $0.start..<($0.start + $0.length) }
    }

    // MARK: - Folding

    private static func folded(_ phrase: String) -> [UInt32] {
        phrase.unicodeScalars.map(fold)
    }

    /// ASCII case folding only: it keeps one scalar per scalar, so offsets stay valid.
    private static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return value + 0x20 }
        return value
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Scalars a Latin phrase may consist of; such phrases match only as whole tokens.
    private static func isLatinTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
    }
}
