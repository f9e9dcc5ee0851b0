/// Several phrase lists searched with ONE Aho-Corasick automaton: every list's phrases and
/// allow-contexts go into the same automaton, so a text is scanned once however many lists there
/// are, and each list's matches come out exactly as a `PhraseMatcher` built from that list alone
/// would give them (leftmost-longest per list, token boundaries, allow-contexts of that list only).
///
/// The checklist rules share one of these: with dozens of checklists, one pass per text instead of
/// one pass per checklist is what keeps normalised matching fast.
public struct PhraseListsMatcher: Sendable {
    /// One list of phrases and the legitimate words that protect them.
    public struct List: Sendable {
        public var phrases: [String]
        public var allowContexts: [String]
        /// Whether Latin and digit phrases match only as whole tokens (`QQ` not inside `QQQ`).
        /// Lists used as a prefilter for a regular expression turn it off: the expression may
        /// match inside a longer word.
        public var wholeTokens: Bool
        /// Whether only the presence of a phrase matters (a prefilter): such a list gets at most
        /// one match, the first occurrence found, with an empty `matchedText`, which saves
        /// resolving overlaps and reading the original text.
        public var presenceOnly: Bool

        public init(
            phrases: [String], allowContexts: [String] = [], wholeTokens: Bool = true, presenceOnly: Bool = false
        ) {
            self.phrases = phrases
            self.allowContexts = allowContexts
            self.wholeTokens = wholeTokens
            self.presenceOnly = presenceOnly
        }
    }

    /// A list that owns an automaton pattern, as a phrase (with its index in the list) or as
    /// one of its allow-contexts.
    private struct Owner: Sendable {
        let list: Int32
        /// Index of the phrase in the list's `phrases`, or -1 for an allow-context.
        let phrase: Int32
    }

    private let automaton: Automaton
    /// `owners[ownerStart[p]..<ownerStart[p + 1]]` are the owners of automaton pattern `p`.
    private let ownerStart: [Int32]
    private let owners: [Owner]
    /// Per automaton pattern: only ASCII scalars (Latin and digit phrases).
    private let asciiOnly: [Bool]
    private let lists: [List]
    /// `wholeTokens` and `presenceOnly` of each list, apart, so the search loop copies no list.
    private let wholeTokens: [Bool]
    private let presenceOnly: [Bool]
    private let normalizer: TextNormalizer

    /// Builds the automaton once; reuse the matcher for every text.
    public init(lists: [List], normalizer: TextNormalizer = .shared) {
        self.lists = lists
        wholeTokens = lists.map(\.wholeTokens)
        presenceOnly = lists.map(\.presenceOnly)
        self.normalizer = normalizer
        var patternIndex: [[UInt32]: Int] = [:]
        var patterns: [[UInt32]] = []
        var owned: [[Owner]] = []
        func add(_ text: String, _ owner: Owner) {
            let scalars = normalizer.normalize(text).scalars
            guard !scalars.isEmpty else { return }
            if let index = patternIndex[scalars] {
                owned[index].append(owner)
            } else {
                patternIndex[scalars] = patterns.count
                patterns.append(scalars)
                owned.append([owner])
            }
        }
        for (listIndex, list) in lists.enumerated() {
            for (phraseIndex, phrase) in list.phrases.enumerated() {
                add(phrase, Owner(list: Int32(listIndex), phrase: Int32(phraseIndex)))
            }
            for context in list.allowContexts {
                add(context, Owner(list: Int32(listIndex), phrase: -1))
            }
        }
        automaton = Automaton(patterns: patterns)
        asciiOnly = patterns.map { pattern in pattern.allSatisfy { $0 < 0x80 } }
        var start: [Int32] = [0]
        var flat: [Owner] = []
        for group in owned {
            flat.append(contentsOf: group)
            start.append(Int32(flat.count))
        }
        ownerStart = start
        owners = flat
    }

    /// The number of lists.
    public var count: Int { lists.count }

    /// Matches of every list, indexed like the lists given at construction.
    public func matches(in text: NormalizedText) -> [[PhraseMatcher.Match]] {
        matches(in: text, selecting: [Bool](repeating: true, count: lists.count))
    }

    /// Matches of the selected lists (`selected[i]` for list `i`), indexed like the lists given at
    /// construction; unselected lists get no matches.
    public func matches(in text: NormalizedText, selecting selected: [Bool]) -> [[PhraseMatcher.Match]] {
        var result = [[PhraseMatcher.Match]](repeating: [], count: lists.count)
        let scalars = text.scalars
        let occurrences = automaton.allMatches(in: scalars)
        guard !occurrences.isEmpty else { return result }
        // Candidates and allowed ranges per list, from the one pass.
        var candidates = [[(phrase: Int, start: Int, length: Int)]](repeating: [], count: lists.count)
        var allowed = [[Range<Int>]](repeating: [], count: lists.count)
        for occurrence in occurrences {
            let end = occurrence.start + occurrence.length
            let wholeToken =
                !asciiOnly[occurrence.pattern]
                || ((occurrence.start == 0 || !PhraseMatcher.isTokenScalar(scalars[occurrence.start - 1]))
                    && (end == scalars.count || !PhraseMatcher.isTokenScalar(scalars[end])))
            for ownerIndex in Int(ownerStart[occurrence.pattern])..<Int(ownerStart[occurrence.pattern + 1]) {
                let owner = owners[ownerIndex]
                let list = Int(owner.list)
                guard selected[list] else { continue }
                if owner.phrase < 0 {
                    allowed[list].append(occurrence.start..<end)
                } else if wholeToken || !wholeTokens[list] {
                    candidates[list].append((Int(owner.phrase), occurrence.start, occurrence.length))
                }
            }
        }
        for list in lists.indices where !candidates[list].isEmpty {
            if presenceOnly[list] && allowed[list].isEmpty {
                let first = candidates[list][0]
                let normalizedRange = first.start..<(first.start + first.length)
                let original = text.originalRange(of: normalizedRange)
                result[list] = [
                    PhraseMatcher.Match(
                        phrase: lists[list].phrases[first.phrase], phraseIndex: first.phrase,
                        offset: original.lowerBound,
                        length: original.count, matchedText: "", normalizedRange: normalizedRange)
                ]
                continue
            }
            result[list] = Self.resolve(
                candidates[list], allowed: allowed[list], in: text, phrases: lists[list].phrases)
        }
        return result
    }

    /// Drops candidates inside an allowed range, then keeps the leftmost-longest without overlaps
    /// and maps them to the original text.
    private static func resolve(
        _ found: [(phrase: Int, start: Int, length: Int)], allowed: [Range<Int>], in text: NormalizedText,
        phrases: [String]
    ) -> [PhraseMatcher.Match] {
        var candidates =
            allowed.isEmpty
            ? found
            : found.filter { candidate in
                !allowed.contains {
                    $0.lowerBound <= candidate.start && candidate.start + candidate.length <= $0.upperBound
                }
            }
        candidates.sort { ($0.start, -$0.length, $0.phrase) < ($1.start, -$1.length, $1.phrase) }
        var kept: [(phrase: Int, normalized: Range<Int>, original: Range<Int>)] = []
        var nextFree = 0
        for candidate in candidates where candidate.start >= nextFree {
            let normalizedRange = candidate.start..<(candidate.start + candidate.length)
            kept.append((candidate.phrase, normalizedRange, text.originalRange(of: normalizedRange)))
            nextFree = normalizedRange.upperBound
        }
        let texts = text.originalTexts(in: kept.map(\.original))
        return zip(kept, texts).map { match, matchedText in
            PhraseMatcher.Match(
                phrase: phrases[match.phrase],
                phraseIndex: match.phrase,
                offset: match.original.lowerBound,
                length: match.original.count,
                matchedText: matchedText,
                normalizedRange: match.normalized
            )
        }
    }

    /// Normalises `text` with this matcher's normaliser.
    public func normalize(_ text: String) -> NormalizedText {
        normalizer.normalize(text)
    }
}
