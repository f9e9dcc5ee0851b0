/// Toneless pinyin and traditional → simplified mappings of Han characters, read from the tables
/// in `Tables/` (generated from ICU's transforms by scripts/generate-han-tables.swift), so no
/// ICU transliterator is built at run time: building the Han-Latin one alone took longer than
/// reviewing a typical bundle.
enum HanTables {
    /// The pinyin syllables, and the syllable of each BMP character as an index into `syllables`
    /// plus one (0: none), in an array from U+3400: filled by a scan of the table, with no hashing.
    static let pinyin: (syllables: [String], bmp: [UInt16]) = {
        var syllables: [String] = []
        var bmp = [UInt16](repeating: 0, count: Int(bmpEnd - bmpStart))
        forEachLine(PackageResources.pinyin_txt) { fields in
            guard fields.count == 2 else { return }
            syllables.append(string(fields[0]))
            let index = UInt16(syllables.count)
            for scalar in fields[1] where (bmpStart..<bmpEnd).contains(scalar) {
                bmp[Int(scalar - bmpStart)] = index
            }
        }
        return (syllables, bmp)
    }()

    /// Syllables of the characters outside the BMP range, built only when one is asked for.
    static let supplementaryPinyin: [UInt32: String] = {
        var result: [UInt32: String] = [:]
        forEachLine(PackageResources.pinyin_txt) { fields in
            guard fields.count == 2 else { return }
            let syllable = string(fields[0])
            for scalar in fields[1] where !(bmpStart..<bmpEnd).contains(scalar) {
                result[scalar] = syllable
            }
        }
        return result
    }()

    private static let bmpStart: UInt32 = 0x3400
    private static let bmpEnd: UInt32 = 0x10000

    /// Traditional characters and their simplified forms (one or more scalars).
    static let simplified: [UInt32: [UInt32]] = {
        var result: [UInt32: [UInt32]] = [:]
        forEachLine(PackageResources.simplified_txt) { fields in
            guard fields.count == 2, let traditional = fields[0].first else { return }
            result[traditional] = fields[1]
        }
        return result
    }()

    /// The toneless pinyin of a Han character, or nil when the table has none.
    static func pinyin(of value: UInt32) -> String? {
        guard (bmpStart..<bmpEnd).contains(value) else { return supplementaryPinyin[value] }
        let index = pinyin.bmp[Int(value - bmpStart)]
        return index == 0 ? nil : pinyin.syllables[Int(index) - 1]
    }

    /// Calls `body` with the space-separated fields of every line that is not a comment, each field
    /// as its Unicode scalar values. The tables are valid UTF-8 (generated), so the bytes are
    /// decoded in place, into field arrays reused from line to line: start-up reads 175 KB of them.
    private static func forEachLine(_ bytes: [UInt8], _ body: ([[UInt32]]) -> Void) {
        var fields: [[UInt32]] = []
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                    index += 1
                    continue
                }
                var count = 0
                var inField = false
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
                    let lead = bytes[index]
                    if lead == UInt8(ascii: " ") {
                        inField = false
                        index += 1
                        continue
                    }
                    let (value, length) =
                        lead < 0x80 ? (UInt32(lead), 1) : TextNormalizer.decodeMultibyte(bytes, at: index)
                    index += length
                    if !inField {
                        inField = true
                        if count == fields.count { fields.append([]) }
                        fields[count].removeAll(keepingCapacity: true)
                        count += 1
                    }
                    fields[count - 1].append(value)
                }
                index += 1
                if count > 0 {
                    if fields.count > count { fields.removeLast(fields.count - count) }
                    body(fields)
                }
            }
        }
    }

    /// The text of a field of ASCII letters (a pinyin syllable).
    private static func string(_ scalars: [UInt32]) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }
}
