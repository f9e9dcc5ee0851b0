/// Toneless pinyin of single Han characters (`微` → `wei`), one reading per character, from the
/// generated table (`HanTables`).
enum Pinyin {
    /// The toneless pinyin of a Han character, or nil for anything else.
    static func of(_ value: UInt32) -> String? {
        guard TextNormalizer.isHan(value) else { return nil }
        return HanTables.pinyin(of: value)
    }
}
