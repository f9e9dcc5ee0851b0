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

    private let lists: PhraseListsMatcher

    /// Builds the automaton once; reuse the matcher for every text.
    /// - Parameters:
    ///   - phrases: the phrases to find; phrases empty after normalisation are ignored.
    ///   - allowContexts: legitimate words that contain a phrase; a match lying wholly inside an
    ///     occurrence of one of them is dropped.
    public init(phrases: [String], allowContexts: [String] = [], normalizer: TextNormalizer = .shared) {
        lists = PhraseListsMatcher(
            lists: [PhraseListsMatcher.List(phrases: phrases, allowContexts: allowContexts)], normalizer: normalizer)
    }

    /// All non-overlapping matches in `text`, leftmost-longest, in text order.
    public func matches(in text: String) -> [Match] {
        matches(in: lists.normalize(text))
    }

    /// All non-overlapping matches in an already normalised text, leftmost-longest, in text order.
    public func matches(in text: NormalizedText) -> [Match] {
        lists.matches(in: text)[0]
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
