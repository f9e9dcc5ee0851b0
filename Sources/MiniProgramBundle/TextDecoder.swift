import Foundation

/// Decodes the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with a BOM (LE or BE), else GB18030.
public enum TextDecoder {
    /// Foundation's `kCFStringEncodingGB18030_2000`; strict on Linux (invalid sequences give nil).
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Returns the text and its encoding, or nil when the bytes are valid in none of the supported encodings.
    ///
    /// A byte order mark decides the encoding and is removed; content invalid in the encoding it announces
    /// gives nil rather than a guess. Without a mark, valid UTF-8 wins and GB18030 is the fallback.
    public static func decode(_ bytes: [UInt8]) -> DecodedText? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(validating: bytes.dropFirst(3), as: UTF8.self)
                .map { DecodedText(text: $0, encoding: .utf8WithBOM) }
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: false)
                .map { DecodedText(text: $0, encoding: .utf16LE) }
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decodeUTF16(bytes.dropFirst(2), bigEndian: true)
                .map { DecodedText(text: $0, encoding: .utf16BE) }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8)
        }
        if let text = String(data: Data(bytes), encoding: gb18030) {
            return DecodedText(text: text, encoding: .gb18030)
        }
        return nil
    }

    /// Decodes a name (entry path or link target) that may be UTF-8 or, from zips made on Chinese Windows, GBK.
    ///
    /// Never fails: bytes valid in neither encoding are decoded as UTF-8 with replacement characters.
    static func decodeName(_ bytes: [UInt8]) -> String {
        if let name = String(validating: bytes, as: UTF8.self) {
            return name
        }
        if let name = String(data: Data(bytes), encoding: gb18030) {
            return name
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Strict UTF-16: an odd byte count or an unpaired surrogate gives nil.
    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String? {
        guard bytes.count.isMultiple(of: 2) else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }
}
