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
            syllables.append(String(fields[0]))
            let index = UInt16(syllables.count)
            for scalar in fields[1].unicodeScalars where (bmpStart..<bmpEnd).contains(scalar.value) {
                bmp[Int(scalar.value - bmpStart)] = index
            }
        }
        return (syllables, bmp)
    }()

    /// Syllables of the characters outside the BMP range, built only when one is asked for.
    static let supplementaryPinyin: [UInt32: String] = {
        var result: [UInt32: String] = [:]
        forEachLine(PackageResources.pinyin_txt) { fields in
            guard fields.count == 2 else { return }
            for scalar in fields[1].unicodeScalars where !(bmpStart..<bmpEnd).contains(scalar.value) {
                result[scalar.value] = String(fields[0])
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
            guard fields.count == 2, let traditional = fields[0].unicodeScalars.first else { return }
            result[traditional.value] = fields[1].unicodeScalars.map(\.value)
        }
        return result
    }()

    /// The toneless pinyin of a Han character, or nil when the table has none.
    static func pinyin(of value: UInt32) -> String? {
        guard (bmpStart..<bmpEnd).contains(value) else { return supplementaryPinyin[value] }
        let index = pinyin.bmp[Int(value - bmpStart)]
        return index == 0 ? nil : pinyin.syllables[Int(index) - 1]
    }

    /// Calls `body` with the space-separated fields of every line that is not a comment.
    private static func forEachLine(_ bytes: [UInt8], _ body: ([Substring]) -> Void) {
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            body(line.split(separator: " "))
        }
    }
}
