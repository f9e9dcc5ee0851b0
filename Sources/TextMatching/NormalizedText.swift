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
    /// UTF-8 offset of every `checkpointSpacing`-th scalar of `original`, so reading the original
    /// characters of a range walks at most that many scalars; empty when `original` is ASCII
    /// (scalar and UTF-8 offsets are the same) or not stored as contiguous UTF-8.
    private let checkpoints: [Int32]
    private let isASCII: Bool

    /// A power of two.
    static let checkpointSpacing = 64

    init(original: String, scalars: [UInt32], origins: [Int32]) {
        self.original = original
        self.scalars = scalars
        self.origins = origins
        (checkpoints, isASCII) = Self.checkpoints(of: original)
    }

    /// With the checkpoints of `original` already found.
    init(original: String, scalars: [UInt32], origins: [Int32], checkpoints: [Int32], isASCII: Bool) {
        self.original = original
        self.scalars = scalars
        self.origins = origins
        self.checkpoints = checkpoints
        self.isASCII = isASCII
    }

    /// The same text with other normalised scalars (its original, hence its checkpoints, unchanged).
    private init(_ text: NormalizedText, scalars: [UInt32], origins: [Int32]) {
        original = text.original
        self.scalars = scalars
        self.origins = origins
        checkpoints = text.checkpoints
        isASCII = text.isASCII
    }

    private static func checkpoints(of original: String) -> ([Int32], isASCII: Bool) {
        original.utf8.withContiguousStorageIfAvailable { bytes -> ([Int32], Bool) in
            var checkpoints: [Int32] = []
            var scalar = 0
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if scalar % checkpointSpacing == 0 { checkpoints.append(Int32(offset)) }
                scalar += 1
            }
            return scalar == bytes.count ? ([], true) : (checkpoints, false)
        } ?? ([], false)
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
            if isASCII {
                return ranges.map { range in
                    let clamped = range.clamped(to: 0..<bytes.count)
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self)
                }
            }
            // Scalar offsets to byte offsets: every byte that is not a UTF-8 continuation byte
            // starts a scalar. The walk starts at the checkpoint before the range, or goes on from
            // the end of the previous range when that is nearer.
            var byte = 0
            var scalar = 0
            func advance(to target: Int) {
                let checkpoint = target / Self.checkpointSpacing
                if checkpoint < checkpoints.count && checkpoint * Self.checkpointSpacing > scalar {
                    scalar = checkpoint * Self.checkpointSpacing
                    byte = Int(checkpoints[checkpoint])
                }
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
        return NormalizedText(self, scalars: joined, origins: joinedOrigins)
    }

    /// The normalised text as a string, for comparisons of whole texts.
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return String(view)
    }
}
