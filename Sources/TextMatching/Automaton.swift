/// An Aho-Corasick automaton over normalised Unicode scalar values, compiled to a dense DFA.
///
/// Scalars are first mapped to symbol classes: one class per distinct scalar used by a pattern,
/// and class 0 for every other scalar. The transition table holds, for every state and class,
/// the next state with failure links already followed, so the search does one table lookup per
/// scalar. Reports every occurrence of every pattern, overlapping ones included; `PhraseMatcher`
/// picks the leftmost-longest among them.
struct Automaton: Sendable {
    /// One raw occurrence: pattern index, start offset and length in normalised scalars.
    struct Occurrence {
        let pattern: Int
        let start: Int
        let length: Int
    }

    /// Class of each scalar below 0x10000; class 0 for scalars no pattern uses.
    private let basicClasses: [UInt16]
    /// Classes of scalars above 0xFFFF.
    private let supplementaryClasses: [UInt32: UInt16]
    private let classCount: Int
    /// `transitions[state * classCount + class]` is the next state times `classCount` (the
    /// offset of its row), bitwise negated when patterns end in that state.
    private let transitions: [Int32]
    /// Patterns ending in each state: `outputList[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    private let lengths: [Int]

    init(patterns: [[UInt32]]) {
        lengths = patterns.map(\.count)
        var basic = [UInt16](repeating: 0, count: 0x10000)
        var supplementary: [UInt32: UInt16] = [:]
        var classes = 1
        for pattern in patterns {
            for value in pattern {
                if value < 0x10000 {
                    if basic[Int(value)] == 0 {
                        basic[Int(value)] = UInt16(classes)
                        classes += 1
                    }
                } else if supplementary[value] == nil {
                    supplementary[value] = UInt16(classes)
                    classes += 1
                }
            }
        }
        basicClasses = basic
        supplementaryClasses = supplementary
        classCount = classes

        // The trie, with sparse children per state.
        var children: [[Int: Int]] = [[:]]
        var outputs: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for value in pattern {
                let symbol = Int(value < 0x10000 ? basic[Int(value)] : supplementary[value]!)
                if let next = children[state][symbol] {
                    state = next
                } else {
                    children.append([:])
                    outputs.append([])
                    children[state][symbol] = children.count - 1
                    state = children.count - 1
                }
            }
            outputs[state].append(Int32(index))
        }

        // Breadth-first: failure links, inherited outputs and the full transition table.
        let stateCount = children.count
        var table = [Int32](repeating: 0, count: stateCount * classes)
        var failure = [Int](repeating: 0, count: stateCount)
        var queue: [Int] = []
        for (symbol, child) in children[0] {
            table[symbol] = Int32(child)
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state].append(contentsOf: outputs[failure[state]])
            let base = state * classes
            let fallbackBase = failure[state] * classes
            for symbol in 0..<classes {
                if let child = children[state][symbol] {
                    table[base + symbol] = Int32(child)
                    failure[child] = Int(table[fallbackBase + symbol])
                    queue.append(child)
                } else {
                    table[base + symbol] = table[fallbackBase + symbol]
                }
            }
        }
        transitions = table.map { next in
            let row = next * Int32(classes)
            return outputs[Int(next)].isEmpty ? row : ~row
        }
        var start: [Int32] = [0]
        var list: [Int32] = []
        for output in outputs {
            list.append(contentsOf: output)
            start.append(Int32(list.count))
        }
        outputStart = start
        outputList = list
    }

    /// Every occurrence of every pattern in `text`, in order of their end.
    func allMatches(in text: [UInt32]) -> [Occurrence] {
        transitions.withUnsafeBufferPointer { table in
            basicClasses.withUnsafeBufferPointer { classes in
                outputStart.withUnsafeBufferPointer { outputStart in
                    text.withUnsafeBufferPointer { text in
                        search(text, table: table, classes: classes, outputStart: outputStart)
                    }
                }
            }
        }
    }

    private func search(
        _ text: UnsafeBufferPointer<UInt32>,
        table: UnsafeBufferPointer<Int32>,
        classes: UnsafeBufferPointer<UInt16>,
        outputStart: UnsafeBufferPointer<Int32>
    ) -> [Occurrence] {
        var result: [Occurrence] = []
        var row = 0
        for position in 0..<text.count {
            let value = text[position]
            let symbol = value < 0x10000 ? Int(classes[Int(value)]) : Int(supplementaryClasses[value] ?? 0)
            let entry = Int(table[row &+ symbol])
            if entry >= 0 {
                row = entry
                continue
            }
            row = ~entry
            let state = row / classCount
            for index in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                let pattern = Int(outputList[index])
                let length = lengths[pattern]
                result.append(Occurrence(pattern: pattern, start: position - length + 1, length: length))
            }
        }
        return result
    }
}
