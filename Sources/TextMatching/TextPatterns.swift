/// Fixed phrases and regular expressions matched in normalised text (see `TextNormalizer`), for
/// one or many entries searched together: the checklists (`ChecklistSet`), or the wording one code
/// rule looks for. One automaton (`PhraseListsMatcher`) holds every entry's terms and
/// allow-contexts and the literals each of its expressions requires (`RequiredLiterals`), so a
/// text is scanned once for all entries, and an expression runs only on a text that holds a
/// literal of each of its required sets. Each entry gets the matches it would get searched alone.
public struct TextPatterns: Sendable {
    /// A pattern that is not a valid regular expression (PCRE2 syntax).
    public struct InvalidPattern: Error {
        public let pattern: String
    }

    /// One match: where it starts in the original text (Unicode scalars) and the original
    /// characters it covers.
    public struct Match: Sendable, Equatable {
        public let offset: Int
        public let text: String
        /// The length of `text` in scalars.
        let length: Int
    }

    /// What one entry looks for. Terms are matched leftmost-longest (ASCII terms as whole tokens,
    /// case-insensitively) except inside an allow-context; patterns are regular expressions (PCRE2 syntax)
    /// run on the normalised text.
    public struct Entry: Sendable {
        public var terms: [String]
        public var allowContexts: [String]
        public var patterns: [RegexPattern]
        /// Whether a term counts only when it is the whole text (surrounding whitespace aside).
        public var wholeText: Bool

        public init(
            terms: [String] = [], allowContexts: [String] = [], patterns: [RegexPattern] = [], wholeText: Bool = false
        ) {
            self.terms = terms
            self.allowContexts = allowContexts
            self.patterns = patterns
            self.wholeText = wholeText
        }
    }

    private let entries: [Entry]
    /// Per entry: the automaton list of its terms, if it has any.
    private let termLists: [Int?]
    /// The automaton lists one expression needs.
    private struct PatternLists: Sendable {
        /// The lists of its required literal sets: it runs only on a text with a match in each
        /// (always when there are none).
        let required: [Int]
        /// The list of the literals each match begins with, if known: it is tried only where they
        /// start (`RegexPattern.matches(in:startingAt:)`).
        let starts: Int?

        /// Whether the expression may match a text with these list matches.
        func mayMatch(_ found: PhraseListsMatcher.Matches) -> Bool {
            required.allSatisfy { found.contains($0) } && (starts.map { found.contains($0) } ?? true)
        }
    }

    /// Per entry and pattern: the lists the pattern needs.
    private let patternLists: [[PatternLists]]
    private let matcher: PhraseListsMatcher

    /// Builds the shared automaton once; `normalizer` must be the one the searched texts were
    /// normalised with.
    public init(entries: [Entry], normalizer: TextNormalizer = .shared) {
        var lists: [PhraseListsMatcher.List] = []
        var termLists: [Int?] = []
        var patternLists: [[PatternLists]] = []
        // Expressions that need the same literals share one list: each list's occurrences are
        // noted once however many expressions ask for them.
        var presenceLists: [[String]: Int] = [:]
        var startsLists: [[String]: Int] = [:]
        func shared(_ literals: [String], in known: inout [[String]: Int], _ list: PhraseListsMatcher.List) -> Int {
            if let index = known[literals] { return index }
            lists.append(list)
            known[literals] = lists.count - 1
            return lists.count - 1
        }
        for entry in entries {
            if entry.terms.isEmpty {
                termLists.append(nil)
            } else {
                termLists.append(lists.count)
                lists.append(PhraseListsMatcher.List(phrases: entry.terms, allowContexts: entry.allowContexts))
            }
            patternLists.append(
                entry.patterns.map { pattern in
                    let required = (pattern.requiredLiteralSets ?? []).map { literals in
                        shared(
                            literals, in: &presenceLists,
                            PhraseListsMatcher.List(phrases: literals, wholeTokens: false, presenceOnly: true))
                    }
                    let starts = pattern.leadingLiterals(normalizedWith: normalizer).map { leading in
                        shared(leading, in: &startsLists, PhraseListsMatcher.List(phrases: leading, allStarts: true))
                    }
                    return PatternLists(required: required, starts: starts)
                })
        }
        self.entries = entries
        self.termLists = termLists
        self.patternLists = patternLists
        matcher = PhraseListsMatcher(lists: lists, normalizer: normalizer)
    }

    /// One entry of regular expressions (PCRE2 syntax).
    public init(patterns: [String]) throws(InvalidPattern) {
        var compiled: [RegexPattern] = []
        for pattern in patterns {
            guard let expression = RegexPattern(pattern) else { throw InvalidPattern(pattern: pattern) }
            compiled.append(expression)
        }
        self.init(entries: [Entry(patterns: compiled)])
    }

    /// The automaton lists the given entries need searched, for `matches(in:entries:lists:)`.
    public func lists(for entryIndices: [Int]) -> [Bool] {
        var selected = [Bool](repeating: false, count: matcher.count)
        for index in entryIndices {
            if let list = termLists[index] { selected[list] = true }
            for lists in patternLists[index] {
                for list in lists.required { selected[list] = true }
                if let list = lists.starts { selected[list] = true }
            }
        }
        return selected
    }

    /// The matches of the given entries in `text`, for each entry that has any: leftmost-longest,
    /// without overlaps (two patterns that describe the same phrase report it once), with original
    /// offsets and the original matched characters. `lists` comes from `lists(for:)`.
    public func matches(in text: NormalizedText, entries entryIndices: [Int], lists: [Bool]) -> [(
        entry: Int, matches: [Match]
    )] {
        let listMatches = matcher.matches(in: text, selecting: lists)
        var result: [(entry: Int, matches: [Match])] = []
        for index in entryIndices {
            // Most texts hold nothing for most entries: decide that before reading the entry.
            let termsFound = termLists[index].map { listMatches.contains($0) } ?? false
            guard termsFound || patternLists[index].contains(where: { $0.mayMatch(listMatches) }) else { continue }
            var found: [Match] = []
            if let list = termLists[index] {
                found += termMatches(listMatches[list], wholeText: entries[index].wholeText, in: text)
            }
            for (pattern, lists) in zip(entries[index].patterns, patternLists[index]) where lists.mayMatch(listMatches)
            {
                let ranges =
                    lists.starts.map { pattern.matches(in: text, startingAt: listMatches.starts(of: $0)) }
                    ?? pattern.matches(in: text)
                // One walk through the original text for all of them (they come in text order).
                let originals = ranges.map { text.originalRange(of: $0) }
                for (original, matchedText) in zip(originals, text.originalTexts(in: originals)) {
                    found.append(Match(offset: original.lowerBound, text: matchedText, length: original.count))
                }
            }
            let kept = Self.withoutOverlaps(found)
            if !kept.isEmpty { result.append((index, kept)) }
        }
        return result
    }

    /// The matches of every entry together (for a set of one entry, its matches).
    public func matches(in text: NormalizedText) -> [Match] {
        let all = Array(entries.indices)
        return matches(in: text, entries: all, lists: lists(for: all)).flatMap(\.matches)
    }

    /// Term matches, restricted to whole-text ones when the entry asks for that.
    private func termMatches(_ matches: [PhraseMatcher.Match], wholeText: Bool, in text: NormalizedText) -> [Match] {
        var kept = matches
        if wholeText {
            let scalars = text.original.unicodeScalars
            let leading = scalars.prefix { $0.properties.isWhitespace }.count
            let trimmedLength = scalars.count - leading - scalars.reversed().prefix { $0.properties.isWhitespace }.count
            kept = kept.filter { $0.offset == leading && $0.length == trimmedLength }
        }
        return kept.map { Match(offset: $0.offset, text: $0.matchedText, length: $0.length) }
    }

    /// Leftmost-longest without overlaps: two patterns that describe the same phrase report it once.
    private static func withoutOverlaps(_ matches: [Match]) -> [Match] {
        guard matches.count > 1 else { return matches }
        let sorted = matches.sorted { ($0.offset, -$0.length) < ($1.offset, -$1.length) }
        var kept: [Match] = []
        var nextFree = 0
        for match in sorted where match.offset >= nextFree {
            kept.append(match)
            nextFree = match.offset + max(1, match.length)
        }
        return kept
    }
}
