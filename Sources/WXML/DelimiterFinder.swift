/// Finds the next occurrence of a two-byte delimiter. Amortised linear over a whole scan because
/// queries come with non-decreasing offsets and the last answer is reused while still valid.
struct DelimiterFinder {
    let first: UInt8
    let second: UInt8
    private var searchedFrom = Int.max
    private var found: Int?

    init(first: UInt8, second: UInt8) {
        self.first = first
        self.second = second
    }

    /// Offset of the first occurrence at or after `start`, or nil.
    mutating func next(in bytes: [UInt8], from start: Int) -> Int? {
        if searchedFrom <= start {
            guard let previous = found else { return nil }
            if previous >= start { return previous }
        }
        searchedFrom = start
        found = nil
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == first, bytes[index + 1] == second {
                found = index
                break
            }
            index += 1
        }
        return found
    }
}
