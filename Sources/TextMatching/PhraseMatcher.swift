/// Finds every occurrence of a fixed set of phrases in a text with one pass of an
/// Aho-Corasick automaton over the normalised text, leftmost-longest, without overlaps.
///
/// Phrases and text are normalised alike (`TextNormalizer`: NFKC, case folding, traditional →
/// simplified, zero-width characters, separators inside Han words, diacritics), so `ＷｅＣｈａｔ`,
/// `騰訊` and `微·信` are found by `wechat`, `腾讯` and `微信`. Reported offsets and lengths are
/// counted in Unicode scalars of the ORIGINAL text, and `matchedText` is the original characters.
///
/// Latin and digit phrases (`WeChat`, `QQ`, `No.1`) match only as whole tokens, so `QQ` does
/// not match inside `QQQ` and `sm` would not match inside `smile`. CJK phrases match anywhere,
/// except inside an occurrence of one of the allow-context phrases given at construction (`最近`
/// protects the `最` inside it).
public struct PhraseMatcher: Sendable {
    /// One occurrence of a phrase.
    public struct Match: Sendable, Equatable {
        /// The phrase as it was given to the matcher.
        public let phrase: String
        /// Index of the phrase in the list given to the matcher.
        public let phraseIndex: Int
        /// Scalar offset of the first matched character in the original text.
        public let offset: Int
        /// Length of the match in original scalars (removed characters inside it included).
        public let length: Int
        /// The matched characters as they appear in the original text.
        public let matchedText: String
        /// The match in normalised scalar offsets.
        public let normalizedRange: Range<Int>
    }

    private let automaton: Automaton
    private let allowAutomaton: Automaton?
    private let phrases: [String]
    /// Indices into the caller's list, for the phrases kept (empty ones are dropped).
    private let phraseIndices: [Int]
    private let tokenBound: [Bool]
    private let normalizer: TextNormalizer

    /// Builds the automaton once; reuse the matcher for every text.
    /// - Parameters:
    ///   - phrases: the phrases to find; phrases empty after normalisation are ignored.
    ///   - allowContexts: legitimate words that contain a phrase; a match lying wholly inside an
    ///     occurrence of one of them is dropped.
    public init(phrases: [String], allowContexts: [String] = [], normalizer: TextNormalizer = .shared) {
        self.normalizer = normalizer
        var kept: [String] = []
        var indices: [Int] = []
        var patterns: [[UInt32]] = []
        for (index, phrase) in phrases.enumerated() {
            let normalized = normalizer.normalize(phrase).scalars
            guard !normalized.isEmpty else { continue }
            kept.append(phrase)
            indices.append(index)
            patterns.append(normalized)
        }
        self.phrases = kept
        self.phraseIndices = indices
        self.tokenBound = patterns.map { pattern in pattern.allSatisfy { $0 < 0x80 } }
        self.automaton = Automaton(patterns: patterns)
        let allow = allowContexts.map { normalizer.normalize($0).scalars }.filter { !$0.isEmpty }
        self.allowAutomaton = allow.isEmpty ? nil : Automaton(patterns: allow)
    }

    /// All non-overlapping matches in `text`, leftmost-longest, in text order.
    public func matches(in text: String) -> [Match] {
        matches(in: normalizer.normalize(text))
    }

    /// All non-overlapping matches in an already normalised text, leftmost-longest, in text order.
    public func matches(in text: NormalizedText) -> [Match] {
        let scalars = text.scalars
        let occurrences = automaton.allMatches(in: scalars)
        guard !occurrences.isEmpty else { return [] }
        let allowed = allowAutomaton.map { allowedRanges(in: scalars, automaton: $0) } ?? []
        var candidates = occurrences.filter { candidate in
            let end = candidate.start + candidate.length
            if tokenBound[candidate.pattern] {
                if candidate.start > 0 && Self.isTokenScalar(scalars[candidate.start - 1]) { return false }
                if end < scalars.count && Self.isTokenScalar(scalars[end]) { return false }
            }
            return !allowed.contains { $0.lowerBound <= candidate.start && end <= $0.upperBound }
        }
        // Leftmost first, then longest; drop anything overlapping a kept match.
        candidates.sort { ($0.start, -$0.length) < ($1.start, -$1.length) }
        var kept: [(pattern: Int, normalized: Range<Int>, original: Range<Int>)] = []
        var nextFree = 0
        for candidate in candidates where candidate.start >= nextFree {
            let normalizedRange = candidate.start..<(candidate.start + candidate.length)
            kept.append((candidate.pattern, normalizedRange, text.originalRange(of: normalizedRange)))
            nextFree = normalizedRange.upperBound
        }
        let texts = text.originalTexts(in: kept.map(\.original))
        return zip(kept, texts).map { match, matchedText in
            Match(
                phrase: phrases[match.pattern],
                phraseIndex: phraseIndices[match.pattern],
                offset: match.original.lowerBound,
                length: match.original.count,
                matchedText: matchedText,
                normalizedRange: match.normalized
            )
        }
    }

    private func allowedRanges(in scalars: [UInt32], automaton: Automaton) -> [Range<Int>] {
        automaton.allMatches(in: scalars).map { $0.start..<($0.start + $0.length) }
    }

    /// Scalars that continue a Latin token: ASCII letters and digits, and letters of the Latin,
    /// Greek and Cyrillic blocks (what is left of them after normalisation).
    static func isTokenScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F, 0x370...0x52F: value != 0xD7 && value != 0xF7
        default: false
        }
    }
}
