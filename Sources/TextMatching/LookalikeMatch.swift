/// A piece of text that imitates a protected mark, with the reasons it was judged so.
public struct LookalikeMatch: Sendable, Equatable {
    /// Why one part of the text resembles the mark.
    public enum Reason: Sendable, Equatable {
        /// A Han character read like the mark's character: `薇` for `微`, both `wei`.
        case homophone(String, of: String, pinyin: String)
        /// A Han character shaped like the mark's character: `徽` for `微`.
        case similarShape(String, of: String)
        /// The mark's character spelled in pinyin: `xin` for `信`.
        case pinyinSpelling(String, of: String)
        /// A Latin word one edit (insertion, deletion, substitution, transposition) from the mark.
        case oneEditAway(String)
        /// Letters from other scripts that look like the mark's letters (UTS #39 skeleton).
        case confusableLetters(String, skeleton: String)
        /// A known evasion of the mark: `v信`, `vx`.
        case knownEvasion(String)
        /// The mark itself, possibly in another form (`中國·移動`).
        case exactMark
        /// The mark's letters spaced or split by symbols (`W e C h a t`).
        case separatedLetters(String)
    }

    /// The imitated mark.
    public let mark: ProtectedMark
    /// Offset of the first original character, in Unicode scalars.
    public let offset: Int
    /// Length in original scalars.
    public let length: Int
    /// The original characters.
    public let matchedText: String
    public let reasons: [Reason]
}
