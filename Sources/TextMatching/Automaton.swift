/// An Aho-Corasick automaton over Unicode scalar values (already case-folded).
///
/// Reports every occurrence of every pattern, overlapping ones included;
/// `PhraseMatcher` picks the leftmost-longest among them.
struct Automaton: Sendable {
    /// One raw occurrence: pattern index, start offset and length in scalars.
    struct Occurrence {
        let pattern: Int
        let start: Int
        let length: Int
    }

    private var transitions: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    /// Patterns ending at each state, including those reached through failure links.
    private var outputs: [[Int32]] = [[]]
    private let lengths: [Int]

    init(patterns: [[UInt32]]) {
        lengths = patterns.map(\.count)
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for symbol in pattern {
                if let next = transitions[state][symbol] {
                    state = Int(next)
                } else {
                    transitions.append([:])
                    failure.append(0)
                    outputs.append([])
                    let next = transitions.count - 1
                    transitions[state][symbol] = Int32(next)
                    state = next
                }
            }
            outputs[state].append(Int32(index))
        }
        buildFailureLinks()
    }

    private mutating func buildFailureLinks() {
        var queue: [Int] = []
        for (_, child) in transitions[0] {
            failure[Int(child)] = 0
            queue.append(Int(child))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (symbol, childValue) in transitions[state] {
                let child = Int(childValue)
                queue.append(child)
                var fallback = Int(failure[state])
                while fallback != 0 && transitions[fallback][symbol] == nil {
                    fallback = Int(failure[fallback])
                }
                if let target = transitions[fallback][symbol], Int(target) != child {
                    failure[child] = target
                } else {
                    failure[child] = 0
                }
                outputs[child].append(contentsOf: outputs[Int(failure[child])])
            }
        }
    }

    func allMatches(in text: [UInt32]) -> [Occurrence] {
        var result: [Occurrence] = []
        var state = 0
        for (position, symbol) in text.enumerated() {
            while state != 0 && transitions[state][symbol] == nil {
                state = Int(failure[state])
            }
            state = Int(transitions[state][symbol] ?? 0)
            for pattern in outputs[state] {
                let length = lengths[Int(pattern)]
                result.append(Occurrence(pattern: Int(pattern), start: position - length + 1, length: length))
            }
        }
        return result
    }
}
