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

    /// The normalised text as a string, for matchers that need one (regular expressions).
    public var string: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.compactMap(Unicode.Scalar.init))
        return String(view)
    }
}
