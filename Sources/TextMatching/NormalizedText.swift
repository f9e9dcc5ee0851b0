/// A text after normalisation, with a map from every normalised scalar back to the original
/// scalar it came from.
///
/// Offsets are counted in Unicode scalars. Normalised offsets index `scalars`; original offsets
/// index `original.unicodeScalars`. Every normalised scalar comes from exactly one original
/// scalar, so a normalised range maps back to the original range from the origin of its first
/// scalar to just after the origin of its last, covering any characters removed in between
/// (zero-width characters, separators inside a word).
public struct NormalizedText: Sendable, Equatable {
    /// The text as it was given.
    public let original: String
    /// The normalised scalar values.
    public let scalars: [UInt32]
    /// `origins[i]` is the original scalar offset of normalised scalar `i`.
    public let origins: [Int32]

    init(original: String, scalars: [UInt32], origins: [Int32]) {
        self.original = original
        self.scalars = scalars
        self.origins = origins
    }

    /// Normalises `text` with the shared normaliser.
    public init(_ text: String) {
        self = TextNormalizer.shared.normalize(text)
    }

    /// The original scalar range of a non-empty normalised range.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        precondition(!range.isEmpty, "an empty range has no origin")
        return Int(origins[range.lowerBound])..<(Int(origins[range.upperBound - 1]) + 1)
    }

    /// The original characters in an original scalar range.
    public func originalText(in range: Range<Int>) -> String {
        originalTexts(in: [range])[0]
    }

    /// The original characters of several original scalar ranges, sorted by their start, in one
    /// walk through the text.
    public func originalTexts(in ranges: [Range<Int>]) -> [String] {
        let fast = original.utf8.withContiguousStorageIfAvailable { bytes in
            // Scalar offsets to byte offsets: every byte that is not a UTF-8 continuation byte
            // starts a scalar.
            var byte = 0
            var scalar = 0
            func advance(to target: Int) {
                while scalar < target && byte < bytes.count {
                    byte += 1
                    while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
            }
            return ranges.map { range -> String in
                if range.lowerBound < scalar {
                    byte = 0
                    scalar = 0
                }
                advance(to: range.lowerBound)
                let start = byte
                advance(to: range.upperBound)
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<byte]), as: UTF8.self)
            }
        }
        if let fast { return fast }
        let view = original.unicodeScalars
        var index = view.startIndex
        var position = 0
        return ranges.map { range in
            if range.lowerBound < position {
                index = view.startIndex
                position = 0
            }
            index = view.index(index, offsetBy: range.lowerBound - position)
            let end = view.index(index, offsetBy: range.count)
            var result = String.UnicodeScalarView()
            result.append(contentsOf: view[index..<end])
            position = range.lowerBound
            return String(result)
        }
    }

    /// The text without the separators that split a word across scripts or letter by letter: a
    /// run of at most two separators between a Latin letter and a Han character (`V 信`, `微 xin`),
    /// or between two single Latin letters (`W e C h a t`). The normaliser already joins Han
    /// characters (`微 信`); this goes further, so it is for lookalike detection, not for every rule.
    /// Origins are kept, so matches still point at the original characters.
    func joiningSeparatedLetters() -> NormalizedText {
        guard scalars.contains(where: TextNormalizer.isSeparator) else { return self }
        func isLetter(_ value: UInt32) -> Bool { (0x61...0x7A).contains(value) }
        var joined: [UInt32] = []
        var joinedOrigins: [Int32] = []
        joined.reserveCapacity(scalars.count)
        joinedOrigins.reserveCapacity(scalars.count)
        var index = 0
        // Where the letter after the last joined letter-spaced separator went.
        var spacedLetterAt = -1
        while index < scalars.count {
            let value = scalars[index]
            if TextNormalizer.isSeparator(value), let previous = joined.last {
                var end = index
                while end < scalars.count && end - index < 3 && TextNormalizer.isSeparator(scalars[end]) { end += 1 }
                if end < scalars.count && end - index <= 2 {
                    let next = scalars[end]
                    let crossScript =
                        (TextNormalizer.isHan(previous) && isLetter(next))
                        || (isLetter(previous) && TextNormalizer.isHan(next))
                    let singleLetters =
                        isLetter(previous) && isLetter(next)
                        && (joined.count - 1 == spacedLetterAt || joined.count < 2
                            || !PhraseMatcher.isTokenScalar(joined[joined.count - 2]))
                        && (end + 1 == scalars.count || !PhraseMatcher.isTokenScalar(scalars[end + 1]))
                    if crossScript || singleLetters {
                        if singleLetters { spacedLetterAt = joined.count }
                        index = end
                        continue
                    }
                }
            }
            joined.append(value)
            joinedOrigins.append(origins[index])
            index += 1
        }
        return NormalizedText(original: original, scalars: joined, origins: joinedOrigins)
    }

    /// The normalised text as a string, for comparisons of whole texts.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return String(view)
    }
}
