extension StringProtocol {
    /// Whether the text may contain `needle`, an ASCII string, ignoring ASCII case: a byte scan,
    /// cheap enough to run on every string before a closer look. Bytes are compared with bit 0x20
    /// set, so it never answers false when the needle is there, and may answer true for a control
    /// character standing where the needle has punctuation; the closer look settles that.
    func containsASCII(ignoringCase needle: String) -> Bool {
        let pattern = Array(needle.utf8).map { $0 | 0x20 }
        guard let first = pattern.first else { return true }
        var view = utf8[...]
        while let start = view.firstIndex(where: { $0 | 0x20 == first }) {
            let candidate = view[start...]
            if candidate.count >= pattern.count
                && zip(candidate.prefix(pattern.count), pattern).allSatisfy({ $0 | 0x20 == $1 })
            {
                return true
            }
            view = view[view.index(after: start)...]
        }
        return false
    }
}
