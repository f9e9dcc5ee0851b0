/// Toneless pinyin and traditional → simplified mappings of Han characters, read from the tables
/// in `Tables/` (generated from ICU's transforms by scripts/generate-han-tables.swift), so no
/// ICU transliterator is built at run time: building the Han-Latin one alone took longer than
/// reviewing a typical bundle.
enum HanTables {
    /// The pinyin syllables, and the syllable of each character (an index into `syllables`).
    static let pinyin: (syllables: [String], byScalar: [UInt32: UInt16]) = {
        var syllables: [String] = []
        var byScalar: [UInt32: UInt16] = [:]
        byScalar.reserveCapacity(50_000)
        forEachLine(PackageResources.pinyin_txt) { fields in
            guard fields.count == 2 else { return }
            let index = UInt16(syllables.count)
            syllables.append(String(fields[0]))
            for scalar in fields[1].unicodeScalars { byScalar[scalar.value] = index }
        }
        return (syllables, byScalar)
    }()

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
        pinyin.byScalar[value].map { pinyin.syllables[Int($0)] }
    }

    /// Calls `body` with the space-separated fields of every line that is not a comment.
    private static func forEachLine(_ bytes: [UInt8], _ body: ([Substring]) -> Void) {
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            body(line.split(separator: " "))
        }
    }
}
