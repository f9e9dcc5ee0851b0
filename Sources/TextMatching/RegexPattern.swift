internal import CICURegex

/// A regular expression (ICU syntax, case-insensitive) matched with the system ICU directly over
/// a UTF-16 copy of a normalised text (`RegexText`), built once per text and shared by every
/// expression. Going through Foundation's NSRegularExpression instead converted the whole text
/// for every expression run, which cost more than all phrase matching together.
///
/// Normalised text is already case-folded, so the expression is folded too (ASCII letters that
/// are literals, not escapes or property names, are lowered) and matched case-sensitively, which
/// is much cheaper in ICU; an expression with other cased letters keeps ICU's case-insensitive mode.
///
/// Each match has a time limit, so no expression or text can hang a review: past it, the matches
/// found so far are kept.
public final class RegexPattern: Sendable {
    /// The expression as written.
    public let pattern: String
    /// Sets of literals such that every match contains one literal of each set
    /// (`RequiredLiterals.conjunction`), or nil when none is required.
    public let requiredLiteralSets: [[String]]?
    // The compiled expression is never mutated: every match runs on a clone of it.
    nonisolated(unsafe) private let compiled: OpaquePointer

    /// Compiles `pattern`; nil when ICU rejects it.
    public init?(_ pattern: String) {
        let (folded, otherCasedLetters) = Self.foldingASCIILiterals(pattern)
        let units = Array(folded.utf16)
        guard
            let compiled = units.withUnsafeBufferPointer({
                mpcheck_regex_compile($0.baseAddress, Int32($0.count), otherCasedLetters ? 1 : 0)
            })
        else { return nil }
        self.pattern = pattern
        self.compiled = compiled
        requiredLiteralSets = RequiredLiterals.conjunction(of: pattern)
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
    public func matches(in text: RegexText) -> [Range<Int>] {
        var capacity = 16
        while true {
            var ranges = [Int32](repeating: 0, count: 2 * capacity)
            var timedOut: Int32 = 0
            let count = text.units.withUnsafeBufferPointer { units in
                ranges.withUnsafeMutableBufferPointer { out in
                    mpcheck_regex_find_all(
                        compiled, units.baseAddress, Int32(units.count), out.baseAddress, Int32(capacity), &timedOut)
                }
            }
            guard count >= 0 else { return [] }
            guard Int(count) <= capacity else {
                capacity = Int(count)
                continue
            }
            return (0..<Int(count)).compactMap { index in
                let start = text.scalarOffset(ofUnit: Int(ranges[2 * index]))
                let end = text.scalarOffset(ofUnit: Int(ranges[2 * index + 1]))
                return start < end ? start..<end : nil
            }
        }
    }

    /// The successive non-empty matches in a plain string, as ranges of scalar offsets.
    public func matches(in string: String) -> [Range<Int>] {
        matches(in: RegexText(scalars: string.unicodeScalars.map(\.value)))
    }
}

/// A normalised text as UTF-16 for `RegexPattern`, with the way back to scalar offsets.
public struct RegexText: Sendable {
    let units: [UInt16]
    /// Scalar offset of each code unit, when the text has scalars outside the BMP (else nil: the
    /// offsets are the same).
    private let scalarOffsets: [Int32]?

    public init(scalars: [UInt32]) {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count)
        var offsets: [Int32]?
        for (index, value) in scalars.enumerated() {
            if value < 0x10000 {
                units.append(UInt16(value))
                offsets?.append(Int32(index))
            } else {
                if offsets == nil { offsets = (0..<units.count).map(Int32.init) }
                let shifted = value - 0x10000
                units.append(UInt16(0xD800 + (shifted >> 10)))
                units.append(UInt16(0xDC00 + (shifted & 0x3FF)))
                offsets?.append(Int32(index))
                offsets?.append(Int32(index))
            }
        }
        self.units = units
        scalarOffsets = offsets
    }

    public init(_ text: NormalizedText) {
        self.init(scalars: text.scalars)
    }

    /// The scalar offset of a code-unit offset (the end of the text included).
    func scalarOffset(ofUnit unit: Int) -> Int {
        guard let scalarOffsets else { return unit }
        if unit >= scalarOffsets.count { return (scalarOffsets.last.map { Int($0) + 1 }) ?? 0 }
        return Int(scalarOffsets[unit])
    }
}
