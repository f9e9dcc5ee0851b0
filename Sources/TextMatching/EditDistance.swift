/// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of adjacent characters, each costing 1) between two
/// sequences of scalar values.
func damerauLevenshtein(_ first: [UInt32], _ second: [UInt32]) -> Int {
    if first.isEmpty { return second.count }
    if second.isEmpty { return first.count }
    let width = second.count + 1
    var distances = [Int](repeating: 0, count: (first.count + 1) * width)
    for row in 0...first.count { distances[row * width] = row }
    for column in 0...second.count { distances[column] = column }
    for row in 1...first.count {
        for column in 1...second.count {
            let cost = first[row - 1] == second[column - 1] ? 0 : 1
            var best = min(
                distances[(row - 1) * width + column] + 1,
                distances[row * width + column - 1] + 1,
                distances[(row - 1) * width + column - 1] + cost
            )
            if row > 1 && column > 1 && first[row - 1] == second[column - 2] && first[row - 2] == second[column - 1] {
                best = min(best, distances[(row - 2) * width + column - 2] + 1)
            }
            distances[row * width + column] = best
        }
    }
    return distances[first.count * width + second.count]
}
