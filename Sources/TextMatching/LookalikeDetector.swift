/// Finds imitations of protected marks in normalised text and explains each one.
///
/// - Han marks (`微信`, `腾讯`, `中国移动`): a run of characters where every character is the
///   mark's own, a homophone (same toneless pinyin), a similar shape (`SimilarShapes`), or the
///   mark's character spelled in pinyin (`微xin`); at least half of the Han characters must be
///   the mark's own (at least one), and at least one must differ, so `维新` and `威心` (no
///   character in common) and the exact mark are not reported.
/// - Latin marks (`WeChat`, `Tencent`): a whole Latin token one Damerau-Levenshtein edit from a
///   mark of 5 or more letters (`wecha`, `tencet`), or a token whose UTS #39 skeleton equals the
///   mark's (`WеChat` with a Cyrillic `е`); shorter marks (`QQ`) only as known evasions.
/// - With `reportsExactMarks`, the marks themselves (after normalisation: `中國·移動`).
/// - Known evasions of every mark, as phrases (`v信`, `vx`); a Latin end must be a token end.
/// - Any of these split by separators across scripts or letter by letter (`V 信`, `W e C h a t`:
///   `NormalizedText.joiningSeparatedLetters`); a Latin mark spelled out so is reported too.
///
/// A match lying inside one of the mark's allow-contexts (`定位信息`) is dropped. Overlapping
/// matches are resolved leftmost-longest.
public struct LookalikeDetector: Sendable {
    private struct HanMark: Sendable {
        let mark: ProtectedMark
        let scalars: [UInt32]
        let pinyin: [String?]
    }

    private struct LatinMark: Sendable {
        let mark: ProtectedMark
        let scalars: [UInt32]
        let skeleton: String?
    }

    private struct Candidate {
        let mark: ProtectedMark
        let range: Range<Int>
        let reasons: [LookalikeMatch.Reason]
    }

    private let hanMarks: [HanMark]
    /// Every character of the Han marks.
    private let hanMarkScalars: Set<UInt32>
    private let latinMarks: [LatinMark]
    private let evasions: PhraseMatcher
    private let evasionMarks: [ProtectedMark]
    private let allowContexts: [String: Automaton]
    private let shapes: SimilarShapes
    private let normalizer: TextNormalizer
    private let reportsExactMarks: Bool

    /// Marks shorter than this many letters are matched exactly only.
    static let minimumTypoLength = 5

    /// - Parameter reportsExactMarks: also report the marks themselves (reason `.exactMark`),
    ///   for marks no other rule guards.
    public init(
        marks: [ProtectedMark], shapes: SimilarShapes, reportsExactMarks: Bool = false,
        normalizer: TextNormalizer = .shared
    ) {
        self.shapes = shapes
        self.reportsExactMarks = reportsExactMarks
        self.normalizer = normalizer
        var han: [HanMark] = []
        var latin: [LatinMark] = []
        var evasionPhrases: [String] = []
        var evasionMarks: [ProtectedMark] = []
        var allow: [String: Automaton] = [:]
        for mark in marks {
            let scalars = normalizer.normalize(mark.mark).scalars
            if !scalars.isEmpty && scalars.allSatisfy(TextNormalizer.isHan) {
                han.append(HanMark(mark: mark, scalars: scalars, pinyin: scalars.map(Pinyin.of)))
            } else if !scalars.isEmpty && scalars.allSatisfy(PhraseMatcher.isTokenScalar) {
                latin.append(
                    LatinMark(mark: mark, scalars: scalars, skeleton: ConfusableSkeleton.of(Self.string(scalars))))
            }
            for evasion in mark.evasions ?? [] {
                evasionPhrases.append(evasion)
                evasionMarks.append(mark)
            }
            let contexts = (mark.allowContexts ?? []).map { normalizer.normalize($0).scalars }.filter { !$0.isEmpty }
            if !contexts.isEmpty { allow[mark.mark] = Automaton(patterns: contexts) }
        }
        hanMarks = han
        hanMarkScalars = Set(han.flatMap(\.scalars))
        latinMarks = latin
        evasions = PhraseMatcher(phrases: evasionPhrases, normalizer: normalizer)
        self.evasionMarks = evasionMarks
        allowContexts = allow
    }

    /// Every imitation of a mark in `text`, in text order.
    public func matches(in text: String) -> [LookalikeMatch] {
        matches(in: normalizer.normalize(text))
    }

    /// Every imitation of a mark in an already normalised text, in text order. Separators that
    /// split a word across scripts or letter by letter (`V 信`, `W e C h a t`) are ignored.
    public func matches(in normalized: NormalizedText) -> [LookalikeMatch] {
        let text = normalized.joiningSeparatedLetters()
        let scalars = text.scalars
        var candidates: [Candidate] = []
        for match in evasions.matches(in: text) where hasTokenEnds(match.normalizedRange, in: scalars) {
            let mark = evasionMarks[match.phraseIndex]
            candidates.append(
                Candidate(mark: mark, range: match.normalizedRange, reasons: [.knownEvasion(match.phrase)]))
        }
        // An imitation keeps at least one of the mark's own characters, so a text without any of
        // them (most strings) needs no scan.
        if scalars.contains(where: { hanMarkScalars.contains($0) }) {
            for start in scalars.indices {
                for index in hanMarks.indices {
                    if let candidate = hanLookalike(of: index, at: start, in: text) { candidates.append(candidate) }
                }
            }
        }
        candidates += latinLookalikes(in: text)
        candidates.removeAll { isAllowed($0, in: scalars) }
        candidates.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var result: [LookalikeMatch] = []
        var nextFree = 0
        for candidate in candidates where candidate.range.lowerBound >= nextFree {
            let original = text.originalRange(of: candidate.range)
            result.append(
                LookalikeMatch(
                    mark: candidate.mark,
                    offset: original.lowerBound,
                    length: original.count,
                    matchedText: text.originalText(in: original),
                    reasons: candidate.reasons
                )
            )
            nextFree = candidate.range.upperBound
        }
        return result
    }

    // MARK: - Han marks

    private func hanLookalike(of markIndex: Int, at start: Int, in normalized: NormalizedText) -> Candidate? {
        let text = normalized.scalars
        // The mark's first character (Han) is matched by a Han character (itself, a homophone or a
        // similar shape) or by its pinyin spelled in letters.
        guard start < text.count, TextNormalizer.isHan(text[start]) || (0x61...0x7A).contains(text[start])
        else { return nil }
        let mark = hanMarks[markIndex]
        var position = start
        var same = 0
        var reasons: [LookalikeMatch.Reason] = []
        for (index, expected) in mark.scalars.enumerated() {
            guard position < text.count else { return nil }
            let actual = text[position]
            if actual == expected {
                same += 1
                position += 1
            } else if TextNormalizer.isHan(actual) {
                if let reading = mark.pinyin[index], Pinyin.of(actual) == reading {
                    reasons.append(
                        .homophone(Self.original(position, in: normalized), of: Self.string(expected), pinyin: reading))
                } else if shapes.areSimilar(actual, expected) {
                    reasons.append(.similarShape(Self.original(position, in: normalized), of: Self.string(expected)))
                } else {
                    return nil
                }
                position += 1
            } else if let reading = mark.pinyin[index], spells(reading, in: text, at: position) {
                reasons.append(.pinyinSpelling(reading, of: Self.string(expected)))
                position += reading.unicodeScalars.count
            } else {
                return nil
            }
        }
        guard same >= max(1, mark.scalars.count / 2) else { return nil }
        if reasons.isEmpty {
            guard reportsExactMarks else { return nil }
            reasons.append(.exactMark)
        }
        let range = start..<position
        guard hasTokenEnds(range, in: text) else { return nil }
        return Candidate(mark: mark.mark, range: range, reasons: reasons)
    }

    /// Whether `text` spells `reading` at `position` (normalised text is lower-case).
    private func spells(_ reading: String, in text: [UInt32], at position: Int) -> Bool {
        var index = position
        for letter in reading.unicodeScalars {
            guard index < text.count, text[index] == letter.value else { return false }
            index += 1
        }
        return true
    }

    // MARK: - Latin marks

    private func latinLookalikes(in normalized: NormalizedText) -> [Candidate] {
        let text = normalized.scalars
        guard !latinMarks.isEmpty else { return [] }
        var result: [Candidate] = []
        var start = 0
        while start < text.count {
            guard PhraseMatcher.isTokenScalar(text[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < text.count && PhraseMatcher.isTokenScalar(text[end]) { end += 1 }
            let token = Array(text[start..<end])
            for mark in latinMarks {
                if token == mark.scalars {
                    if reportsExactMarks {
                        result.append(Candidate(mark: mark.mark, range: start..<end, reasons: [.exactMark]))
                        break
                    }
                    // The mark itself, but spelled out with separators between its letters.
                    let original = Self.original(start..<end, in: normalized)
                    if normalizer.normalize(original).scalars.contains(where: TextNormalizer.isSeparator) {
                        result.append(
                            Candidate(mark: mark.mark, range: start..<end, reasons: [.separatedLetters(original)]))
                        break
                    }
                    continue
                }
                if let reason = latinReason(token, mark, original: { Self.original(start..<end, in: normalized) }) {
                    result.append(Candidate(mark: mark.mark, range: start..<end, reasons: [reason]))
                    break
                }
            }
            start = end
        }
        return result
    }

    /// Why a token imitates a Latin mark, or nil; `original` gives the token's original characters
    /// for the explanation, only when there is one.
    private func latinReason(_ token: [UInt32], _ mark: LatinMark, original: () -> String) -> LookalikeMatch.Reason? {
        // One edit leaves the first or the last letter of a word of 5 or more letters in place,
        // which rules out most tokens before the distance is computed.
        if mark.scalars.count >= Self.minimumTypoLength && abs(token.count - mark.scalars.count) <= 1
            && (token.first == mark.scalars.first || token.last == mark.scalars.last)
            && damerauLevenshtein(token, mark.scalars) == 1
        {
            return .oneEditAway(original())
        }
        if token.contains(where: { $0 >= 0x80 }), let skeleton = mark.skeleton,
            ConfusableSkeleton.of(Self.string(token)) == skeleton
        {
            return .confusableLetters(original(), skeleton: skeleton)
        }
        return nil
    }

    // MARK: - Context

    /// A Latin letter at either end of the range must not continue a longer Latin token.
    private func hasTokenEnds(_ range: Range<Int>, in text: [UInt32]) -> Bool {
        if PhraseMatcher.isTokenScalar(text[range.lowerBound]) && range.lowerBound > 0
            && PhraseMatcher.isTokenScalar(text[range.lowerBound - 1])
        {
            return false
        }
        if PhraseMatcher.isTokenScalar(text[range.upperBound - 1]) && range.upperBound < text.count
            && PhraseMatcher.isTokenScalar(text[range.upperBound])
        {
            return false
        }
        return true
    }

    private func isAllowed(_ candidate: Candidate, in text: [UInt32]) -> Bool {
        guard let automaton = allowContexts[candidate.mark.mark] else { return false }
        return automaton.allMatches(in: text).contains {
            $0.start <= candidate.range.lowerBound && candidate.range.upperBound <= $0.start + $0.length
        }
    }

    /// The original characters behind a normalised range, for explanations.
    private static func original(_ range: Range<Int>, in text: NormalizedText) -> String {
        text.originalText(in: text.originalRange(of: range))
    }

    private static func original(_ position: Int, in text: NormalizedText) -> String {
        original(position..<(position + 1), in: text)
    }

    private static func string(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    }

    private static func string(_ values: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: values.compactMap(Unicode.Scalar.init))
        return String(view)
    }
}
