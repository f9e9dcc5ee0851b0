extension StringProtocol {
    /// The text without leading and trailing whitespace (Unicode's, per character).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// Whether the text contains `needle`, an ASCII string, ignoring ASCII case: a byte scan,
    /// cheap enough to run on every string before a closer look.
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
