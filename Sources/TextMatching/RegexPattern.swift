internal import CRegex

/// A regular expression (PCRE2 syntax, case-insensitive), JIT-compiled, matched directly over the
/// scalars of a normalised text, without a copy.
///
/// Normalised text is already case-folded, so the expression is folded too (ASCII letters that
/// are literals, not escapes or property names, are lowered) and matched case-sensitively, which
/// is cheaper; an expression with other cased letters is matched case-insensitively.
///
/// Each match attempt has a step limit, so no expression or text can hang a review: past it, the
/// matches found so far are kept.
public final class RegexPattern: Sendable {
    /// The expression as written.
    public let pattern: String
    /// Sets of literals such that every match contains one literal of each set
    /// (`RequiredLiterals.conjunction`), or nil when none is required.
    public let requiredLiteralSets: [[String]]?
    /// Literals one of which every non-empty match begins with (`RequiredLiterals.leading`), or
    /// nil when not known: with their starts in a text, `matches(in:startingAt:)` tries the
    /// expression only there.
    public let leadingLiterals: [String]?
    // The compiled expression is never mutated: PCRE2 matches it from any thread, each match with
    // match data of its own.
    nonisolated(unsafe) private let compiled: OpaquePointer

    /// Compiles `pattern`; nil when PCRE2 rejects it.
    public init?(_ pattern: String) {
        let (folded, otherCasedLetters) = Self.foldingASCIILiterals(pattern)
        let scalars = folded.unicodeScalars.map(\.value)
        guard
            let compiled = scalars.withUnsafeBufferPointer({
                mpcheck_regex_compile($0.baseAddress, Int32($0.count), otherCasedLetters ? 1 : 0)
            })
        else { return nil }
        self.pattern = pattern
        self.compiled = compiled
        (requiredLiteralSets, leadingLiterals) = RequiredLiterals.analysis(of: pattern)
    }

    /// `leadingLiterals` as the phrases to find in text normalised by `normalizer`, or nil when
    /// normalising would lose one of them: a literal that normalises to nothing, or to a form that
    /// is not itself a leading literal (`０` is fine when `0` is one too), could begin a match
    /// where its normalised form is not found.
    public func leadingLiterals(normalizedWith normalizer: TextNormalizer) -> [String]? {
        guard let literals = leadingLiterals else { return nil }
        let folded = literals.map { Self.foldingASCIILiterals($0).0 }
        let foldedSet = Set(folded)
        var result: Set<String> = []
        for (literal, foldedLiteral) in zip(literals, folded) {
            let normalized = normalizer.normalize(literal).string
            guard !normalized.isEmpty, normalized == foldedLiteral || foldedSet.contains(normalized) else { return nil }
            result.insert(normalized)
        }
        return result.sorted()
    }

    /// The expression with its literal ASCII letters lowered, and whether it has other letters
    /// that case folding changes. Escapes keep their letter (`\S` is not `\s`), and so do the
    /// names in `\p{…}`, `\P{…}` and `\N{…}`.
    static func foldingASCIILiterals(_ pattern: String) -> (String, otherCasedLetters: Bool) {
        var result = String.UnicodeScalarView()
        var otherCased = false
        var escaped = false
        var inName = false
        var previous: Unicode.Scalar?
        for scalar in pattern.unicodeScalars {
            defer { previous = scalar }
            if inName {
                result.append(scalar)
                if scalar == "}" { inName = false }
                continue
            }
            if escaped {
                result.append(scalar)
                escaped = false
                continue
            }
            if scalar == "\\" {
                escaped = true
                result.append(scalar)
                continue
            }
            if scalar == "{", let previous, ["p", "P", "N"].contains(previous), result.count >= 2,
                result[result.index(result.endIndex, offsetBy: -2)] == "\\"
            {
                inName = true
                result.append(scalar)
                continue
            }
            if ("A"..."Z").contains(scalar) {
                result.append(Unicode.Scalar(scalar.value + 0x20)!)
            } else {
                if !scalar.isASCII && scalar.properties.changesWhenCaseFolded { otherCased = true }
                result.append(scalar)
            }
        }
        return (String(result), otherCased)
    }

    deinit {
        mpcheck_regex_free(compiled)
    }

    /// The successive non-empty matches in `text`, as ranges of normalised scalar offsets.
    public func matches(in text: NormalizedText) -> [Range<Int>] {
        search(in: text.scalars).ranges
    }

    /// The successive non-empty matches in a plain string, as ranges of scalar offsets.
    public func matches(in string: String) -> [Range<Int>] {
        search(in: string.unicodeScalars.map(\.value)).ranges
    }

    /// The matches in `scalars`, and whether an attempt stopped at the step limit (the matches are
    /// then those found before it).
    func search(in scalars: [UInt32]) -> (ranges: [Range<Int>], stoppedAtLimit: Bool) {
        run(on: scalars) { scalars, out, capacity, timedOut in
            mpcheck_regex_find_all(
                compiled, scalars.baseAddress, Int32(scalars.count), out.baseAddress, capacity, &timedOut)
        }
    }

    /// The same matches as `matches(in:)`, found by trying the expression only at `starts`
    /// (normalised scalar offsets, best in ascending order): the starts of `leadingLiterals` in the
    /// text, where every non-empty match begins. When the starts are many for the text's length,
    /// one scan of the whole text is cheaper and is done instead.
    public func matches(in text: NormalizedText, startingAt starts: [Int]) -> [Range<Int>] {
        guard starts.count * Self.scalarsPerAnchoredStart <= text.scalars.count else { return matches(in: text) }
        // The C side takes the starts in order; a caller's unordered ones are put in order.
        let ordered = zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 } ? starts : starts.sorted()
        let starts = ordered.map { Int32($0) }
        return run(on: text.scalars) { scalars, out, capacity, timedOut in
            starts.withUnsafeBufferPointer { starts in
                mpcheck_regex_find_at(
                    compiled, scalars.baseAddress, Int32(scalars.count), starts.baseAddress, Int32(starts.count),
                    out.baseAddress, capacity, &timedOut)
            }
        }.ranges
    }

    /// Below this many scalars of text per start, a search of the whole text is used instead of
    /// one anchored attempt per start (each attempt costs far more than scanning one scalar).
    static let scalarsPerAnchoredStart = 16

    /// Runs `find` (one of the C matching functions) on `scalars` with room for its matches.
    private func run(
        on scalars: [UInt32],
        _ find: (UnsafeBufferPointer<UInt32>, UnsafeMutableBufferPointer<Int32>, Int32, inout Int32) -> Int32
    ) -> (ranges: [Range<Int>], stoppedAtLimit: Bool) {
        var capacity = 16
        while true {
            var ranges = [Int32](repeating: 0, count: 2 * capacity)
            var timedOut: Int32 = 0
            let count = scalars.withUnsafeBufferPointer { scalars in
                ranges.withUnsafeMutableBufferPointer { out in find(scalars, out, Int32(capacity), &timedOut) }
            }
            guard count >= 0 else { return ([], false) }
            guard Int(count) <= capacity else {
                capacity = Int(count)
                continue
            }
            let found = (0..<Int(count)).compactMap { index -> Range<Int>? in
                let start = Int(ranges[2 * index])
                let end = Int(ranges[2 * index + 1])
                return start < end ? start..<end : nil
            }
            return (found, timedOut != 0)
        }
    }
}
