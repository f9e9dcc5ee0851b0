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
        /// Whether the list gives the start of every occurrence of its phrases (overlapping ones
        /// included; `Matches.starts(of:)`) instead of matches: where a regular expression that
        /// must begin with one of them can match. Implies `wholeTokens` off.
        public var allStarts: Bool

        public init(
            phrases: [String], allowContexts: [String] = [], wholeTokens: Bool = true, presenceOnly: Bool = false,
            allStarts: Bool = false
        ) {
            self.phrases = phrases
            self.allowContexts = allowContexts
            self.wholeTokens = wholeTokens && !allStarts
            self.presenceOnly = presenceOnly
            self.allStarts = allStarts
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
    /// Each list's settings, apart, so the search loop copies no list.
    private let wholeTokens: [Bool]
    private let presenceOnly: [Bool]
    private let allStarts: [Bool]
    /// `presenceOnly` lists without allow-contexts: their first occurrence is their match, with no
    /// overlaps to resolve.
    private let presenceWithoutContexts: [Bool]
    /// Each list's phrases (one entry per list), shared with every `Matches`.
    private let phrases: [[String]]
    private let normalizer: TextNormalizer

    /// Builds the automaton once; reuse the matcher for every text.
    public init(lists: [List], normalizer: TextNormalizer = .shared) {
        wholeTokens = lists.map(\.wholeTokens)
        presenceOnly = lists.map(\.presenceOnly)
        allStarts = lists.map(\.allStarts)
        presenceWithoutContexts = lists.map { $0.presenceOnly && $0.allowContexts.isEmpty }
        phrases = lists.map(\.phrases)
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
        (ownerStart, owners) = owned.flattenedWithStarts()
    }

    /// The number of lists.
    public var count: Int { phrases.count }

    /// The matches of each list in one text; lists without a match (most of them) take no room
    /// beyond one slot number each.
    public struct Matches: Sendable {
        /// Per list: its index in `found`, `-2 - index` in `presences`, `hasStarts` for an
        /// `allStarts` list with starts, or -1 when it has no match; empty until something is
        /// found, which in most texts nothing is.
        private var slots: [Int32] = []
        private var found: [[PhraseMatcher.Match]] = []
        /// Where the first occurrence of each present `presenceOnly` list is; its match is made
        /// only when asked for.
        private var presences: [Presence] = []
        /// The lists' phrases, for the matches of `presences`.
        private let phrases: [[String]]
        /// The starts of every `allStarts` list, `list << 32 | start`, in the order found (of
        /// their occurrences' ends). Most are never asked for (their expression's other literals
        /// are missing), so they are sorted out only in `starts(of:)`.
        private var allStarts: [UInt64] = []
        private static let hasStarts = Int32.max
        private struct Presence: Sendable {
            let phrase: Int32
            let normalized: Range<Int>
            let original: Range<Int>
        }

        fileprivate init(phrases: [[String]]) {
            self.phrases = phrases
        }

        private var listCount: Int { phrases.count }

        private func slot(_ list: Int) -> Int { slots.isEmpty ? -1 : Int(slots[list]) }

        private mutating func makeSlots() {
            if slots.isEmpty { slots = [Int32](repeating: -1, count: listCount) }
        }

        /// The matches of list `list`, in text order.
        public subscript(list: Int) -> [PhraseMatcher.Match] {
            let slot = slot(list)
            if slot <= -2 {
                let presence = presences[-slot - 2]
                let phrase = Int(presence.phrase)
                return [
                    PhraseMatcher.Match(
                        phrase: phrases[list][phrase], phraseIndex: phrase, offset: presence.original.lowerBound,
                        length: presence.original.count, matchedText: "", normalizedRange: presence.normalized)
                ]
            }
            return slot < 0 || slot == Self.hasStarts ? [] : found[slot]
        }

        /// Whether list `list` has a match (for an `allStarts` list: an occurrence).
        public func contains(_ list: Int) -> Bool { slot(list) != -1 }

        /// The starts of every occurrence of an `allStarts` list's phrases, in normalised scalar
        /// offsets, ascending, without repeats.
        public func starts(of list: Int) -> [Int] {
            guard slot(list) == Self.hasStarts else { return [] }
            var sorted: [Int] = []
            sorted.reserveCapacity(min(allStarts.count, 64))
            for entry in allStarts where Int(entry >> 32) == list {
                // Occurrences come in order of their end, so a start is at most a phrase's length
                // before the last one: it goes in a few places from the end.
                let start = Int(entry & 0xFFFF_FFFF)
                var index = sorted.count
                while index > 0 && sorted[index - 1] > start { index -= 1 }
                if index > 0 && sorted[index - 1] == start { continue }
                if index == sorted.count {
                    sorted.append(start)
                } else {
                    sorted.insert(start, at: index)
                }
            }
            return sorted
        }

        fileprivate mutating func set(_ matches: [PhraseMatcher.Match], of list: Int) {
            makeSlots()
            slots[list] = Int32(found.count)
            found.append(matches)
        }

        /// The one match of a `presenceOnly` list, kept apart (slot `-2 - index`) so that noting
        /// a presence, which most texts do for many lists, makes no array of its own.
        fileprivate mutating func setPresence(
            of list: Int, phrase: Int, start: Int, length: Int, in text: NormalizedText
        ) {
            makeSlots()
            slots[list] = Int32(-2 - presences.count)
            // Texts with one presence mostly have several.
            if presences.isEmpty { presences.reserveCapacity(16) }
            let normalized = start..<(start + length)
            presences.append(
                Presence(phrase: Int32(phrase), normalized: normalized, original: text.originalRange(of: normalized)))
        }

        /// Notes a start of list `list`.
        fileprivate mutating func add(start: Int, of list: Int) {
            makeSlots()
            slots[list] = Self.hasStarts
            // Texts with starts mostly have dozens: room for them at once, not in eight steps.
            if allStarts.isEmpty { allStarts.reserveCapacity(64) }
            allStarts.append(UInt64(list) << 32 | UInt64(UInt32(truncatingIfNeeded: start)))
        }
    }

    /// Matches of every list.
    public func matches(in text: NormalizedText) -> Matches {
        matches(in: text, selecting: [Bool](repeating: true, count: count))
    }

    /// Matches of the selected lists (`selected[i]` for list `i`); unselected lists get no matches.
    public func matches(in text: NormalizedText, selecting selected: [Bool]) -> Matches {
        var result = Matches(phrases: phrases)
        let scalars = text.scalars
        // Candidates and allowed ranges of all lists from the one pass, grouped by list below.
        var candidates: [Candidate] = []
        var allowed: [Allowed] = []
        // What the closure reads, as locals: capturing `self` copied the whole matcher per text.
        let (asciiOnly, ownerStart, owners) = (self.asciiOnly, self.ownerStart, self.owners)
        let (allStarts, wholeTokens, presenceWithoutContexts) = (
            self.allStarts, self.wholeTokens, self.presenceWithoutContexts
        )
        automaton.forEachMatch(in: scalars) { occurrence in
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
                    allowed.append(Allowed(list: list, range: occurrence.start..<end))
                } else if allStarts[list] {
                    result.add(start: occurrence.start, of: list)
                } else if wholeToken || !wholeTokens[list] {
                    if presenceWithoutContexts[list] {
                        // Presence is all that is asked: the first occurrence found will do.
                        if !result.contains(list) {
                            result.setPresence(
                                of: list, phrase: Int(owner.phrase), start: occurrence.start,
                                length: occurrence.length, in: text)
                        }
                    } else {
                        if candidates.isEmpty { candidates.reserveCapacity(16) }
                        candidates.append(
                            Candidate(
                                list: list, phrase: Int(owner.phrase), start: occurrence.start,
                                length: occurrence.length))
                    }
                }
            }
        }
        guard !candidates.isEmpty else { return result }
        candidates.sort { ($0.list, $0.start, -$0.length, $0.phrase) < ($1.list, $1.start, -$1.length, $1.phrase) }
        var runStart = 0
        while runStart < candidates.count {
            let list = candidates[runStart].list
            var runEnd = runStart + 1
            while runEnd < candidates.count && candidates[runEnd].list == list { runEnd += 1 }
            defer { runStart = runEnd }
            let listAllowed = allowed.lazy.filter { $0.list == list }.map(\.range)
            if presenceOnly[list] && listAllowed.isEmpty {
                let first = candidates[runStart]
                result.setPresence(of: list, phrase: first.phrase, start: first.start, length: first.length, in: text)
                continue
            }
            let resolved = Self.resolve(
                candidates[runStart..<runEnd], allowed: Array(listAllowed), in: text, phrases: phrases[list])
            if !resolved.isEmpty { result.set(resolved, of: list) }
        }
        return result
    }

    /// An occurrence of a list's phrase, before overlaps and allow-contexts are resolved. (Structs
    /// rather than tuples: an array of tuples looks up its type's metadata at run time.)
    private struct Candidate {
        let list: Int
        let phrase: Int
        let start: Int
        let length: Int
    }

    /// An occurrence of a list's allow-context.
    private struct Allowed {
        let list: Int
        let range: Range<Int>
    }

    /// Drops candidates inside an allowed range, then keeps the leftmost-longest without overlaps
    /// and maps them to the original text.
    /// `found` is sorted by start, then longest first.
    private static func resolve(
        _ found: ArraySlice<Candidate>, allowed: [Range<Int>],
        in text: NormalizedText, phrases: [String]
    ) -> [PhraseMatcher.Match] {
        let candidates =
            allowed.isEmpty
            ? found
            : found.filter { candidate in
                !allowed.contains {
                    $0.lowerBound <= candidate.start && candidate.start + candidate.length <= $0.upperBound
                }
            }[...]
        var kept: [Kept] = []
        kept.reserveCapacity(candidates.count)
        var nextFree = 0
        for candidate in candidates where candidate.start >= nextFree {
            let normalizedRange = candidate.start..<(candidate.start + candidate.length)
            kept.append(
                Kept(
                    phrase: candidate.phrase, normalized: normalizedRange,
                    original: text.originalRange(of: normalizedRange)))
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

    /// A phrase match kept by `resolve`, in normalised and original offsets.
    private struct Kept {
        let phrase: Int
        let normalized: Range<Int>
        let original: Range<Int>
    }

    /// Normalises `text` with this matcher's normaliser.
    public func normalize(_ text: String) -> NormalizedText {
        normalizer.normalize(text)
    }
}
