extension Array {
    /// The groups laid end to end, and where each starts: group `i` is
    /// `elements[starts[i]..<starts[i + 1]]` (`starts` has one more entry than there are groups).
    /// The automaton's tables keep lists per state or per pattern this way, in two flat arrays
    /// instead of an array per entry.
    func flattenedWithStarts<Member>() -> (starts: [Int32], elements: [Member]) where Element == [Member] {
        var starts: [Int32] = [0]
        var elements: [Member] = []
        for group in self {
            elements.append(contentsOf: group)
            starts.append(Int32(elements.count))
        }
        return (starts, elements)
    }
}
