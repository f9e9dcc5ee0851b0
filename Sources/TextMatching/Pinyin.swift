import Foundation
import Synchronization

/// Toneless pinyin of single Han characters (`微` → `wei`), from Foundation's Han-Latin
/// transform, one reading per character, cached per character (the transform is slow).
enum Pinyin {
    private static let cache = Mutex<[UInt32: String]>([:])
    private static let transform = StringTransform("Han-Latin; Latin-ASCII; Lower")

    /// The toneless pinyin of a Han character, or nil for anything else.
    static func of(_ value: UInt32) -> String? {
        guard TextNormalizer.isHan(value), let scalar = Unicode.Scalar(value) else { return nil }
        if let known = cache.withLock({ $0[value] }) { return known.isEmpty ? nil : known }
        let reading = String(scalar).applyingTransform(transform, reverse: false) ?? ""
        let syllable = reading.unicodeScalars.allSatisfy { ("a"..."z").contains($0) } ? reading : ""
        cache.withLock { $0[value] = syllable }
        return syllable.isEmpty ? nil : syllable
    }
}
