/// Private-use characters that stand in for `<`, `&` and `>` inside `{{ }}` in the text handed to
/// libxml2, so that a binding such as `{{a < b && c}}` is neither parsed as a tag nor as an entity.
///
/// The three scalars are chosen so that none of them occurs in the source, which makes `unmask`
/// exact.
struct BindingMask {
    /// Stands in for `<`.
    let lessThan: Unicode.Scalar
    /// Stands in for `&`.
    let ampersand: Unicode.Scalar
    /// Stands in for `>`.
    let greaterThan: Unicode.Scalar
    private let lessThanBytes: [UInt8]
    private let ampersandBytes: [UInt8]
    private let greaterThanBytes: [UInt8]

    /// Picks mask scalars absent from `source` (UTF-8 bytes).
    init(avoiding source: [UInt8]) {
        var used = Set<UInt32>()
        // U+E000...U+F8FF are the three-byte sequences EE 80 80...EF A3 BF: read just those, without
        // decoding the rest of the source (Chinese text is full of other EF sequences, such as the
        // full-width punctuation U+FF00...U+FFEF).
        source.withUnsafeBufferPointer { bytes in
            var index = 0
            while index + 2 < bytes.count {
                let lead = bytes[index]
                if lead == 0xEE || (lead == 0xEF && bytes[index + 1] <= 0xA3),
                    bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80
                {
                    used.insert(
                        UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                            | UInt32(bytes[index + 2] & 0x3F))
                    index += 3
                } else {
                    index += 1
                }
            }
        }
        // Steps of 4 keep the three scalars in one block of 64, so their UTF-8 differs only in
        // the last byte, which `unmask` relies on.
        var base: UInt32 = 0xE000
        while base + 2 <= 0xF8FF, used.contains(base) || used.contains(base + 1) || used.contains(base + 2) {
            base += 4
        }
        if base + 2 > 0xF8FF { base = 0xE000 }
        lessThan = Unicode.Scalar(base)!
        ampersand = Unicode.Scalar(base + 1)!
        greaterThan = Unicode.Scalar(base + 2)!
        lessThanBytes = Array(String(Character(lessThan)).utf8)
        ampersandBytes = Array(String(Character(ampersand)).utf8)
        greaterThanBytes = Array(String(Character(greaterThan)).utf8)
    }

    /// UTF-8 bytes of the scalar that replaces `character` (one of `<`, `&`, `>`).
    func bytes(replacing character: UInt8) -> [UInt8] {
        switch character {
        case UInt8(ascii: "<"): lessThanBytes
        case UInt8(ascii: "&"): ampersandBytes
        default: greaterThanBytes
        }
    }

    /// `text` with every mask scalar turned back into the character it stands for.
    func unmask(_ text: String) -> String {
        // All three mask scalars share their first two UTF-8 bytes; only the third differs.
        let lead = lessThanBytes[0]
        let second = lessThanBytes[1]
        let hasLead = text.utf8.withContiguousStorageIfAvailable { $0.contains(lead) } ?? text.utf8.contains(lead)
        guard hasLead else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var changed = false
        while index < bytes.count {
            if bytes[index] == lead, index + 2 < bytes.count, bytes[index + 1] == second,
                let original = original(forThirdByte: bytes[index + 2])
            {
                output.append(original)
                index += 3
                changed = true
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private func original(forThirdByte byte: UInt8) -> UInt8? {
        switch byte {
        case lessThanBytes[2]: UInt8(ascii: "<")
        case ampersandBytes[2]: UInt8(ascii: "&")
        case greaterThanBytes[2]: UInt8(ascii: ">")
        default: nil
        }
    }
}
