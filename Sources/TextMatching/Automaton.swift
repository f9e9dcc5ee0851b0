/// An Aho-Corasick automaton over normalised Unicode scalar values.
///
/// Scalars are first mapped to symbol classes: one class per distinct scalar used by a pattern,
/// and class 0 for every other scalar, which no pattern contains and so always leads back to the
/// root. The root has a full row of transitions (one entry per class); every other state keeps only
/// its trie children, sorted by class, and its failure link. This stays small enough for the
/// processor's caches however many patterns there are, where a full table for every state (a
/// DFA) did not, and most scalars of a text are decided at the root in one lookup. Reports every
/// occurrence of every pattern, overlapping ones included; `PhraseListsMatcher` picks among them.
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
    /// The root's transitions, by class (0: stay at the root). Here and in `childStates` and
    /// `failure`, a state `s` is written `2 * s + 1` when patterns end in it, else `2 * s`, so the
    /// search knows without another lookup whether there is anything to report.
    private let rootRow: [Int32]
    /// The children of state `s` are `childClasses[childStart[s]..<childStart[s + 1]]`, sorted,
    /// leading to the states at the same places of `childStates`.
    private let childStart: [Int32]
    private let childClasses: [UInt16]
    private let childStates: [Int32]
    /// The longest proper suffix of each state's string that is also a state.
    private let failure: [Int32]
    /// Patterns ending in each state (its own and those of its failure chain):
    /// `outputList[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputList: [Int32]
    private let lengths: [Int]
    /// ASCII, most of the text in code, goes through a full table instead: `asciiColumn[v]` is the
    /// column of ASCII scalar `v` (0 for scalars no pattern uses), and the state after reading it
    /// in state `s` is `asciiNext[s * asciiColumns + column]`, encoded as in `rootRow`. One load per
    /// scalar, no search among children and no failure links. Empty when the table would be too
    /// large (a very large pattern set), and then ASCII takes the general path.
    private let asciiColumn: [UInt8]
    private let asciiColumns: Int
    private let asciiNext: [Int32]
    /// Largest `asciiNext`, in entries (16 MB).
    static let asciiTableLimit = 4 << 20

    /// `asciiTableLimit` is there for tests, to compare the ASCII table with the general path.
    init(patterns: [[UInt32]], asciiTableLimit: Int = Self.asciiTableLimit) {
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

        // Breadth-first: failure links and inherited outputs.
        let stateCount = children.count
        var root = [Int32](repeating: 0, count: classes)
        var failureLinks = [Int32](repeating: 0, count: stateCount)
        var queue: [Int] = []
        for (symbol, child) in children[0] {
            root[symbol] = Int32(child)
            queue.append(child)
        }
        func next(_ state: Int, _ symbol: Int) -> Int {
            var current = state
            while true {
                if current == 0 { return Int(root[symbol]) }
                if let child = children[current][symbol] { return child }
                current = Int(failureLinks[current])
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state].append(contentsOf: outputs[Int(failureLinks[state])])
            for (symbol, child) in children[state] {
                failureLinks[child] = Int32(next(Int(failureLinks[state]), symbol))
                queue.append(child)
            }
        }
        func encoded(_ state: Int32) -> Int32 { outputs[Int(state)].isEmpty ? 2 * state : 2 * state + 1 }
        rootRow = root.map(encoded)
        failure = failureLinks.map(encoded)

        // The root's children are in its row; every other state's, sorted by class.
        let (starts, flatChildren) = (0..<stateCount).map { state -> [(UInt16, Int32)] in
            guard state != 0 else { return [] }
            return children[state].sorted { $0.key < $1.key }.map { (UInt16($0.key), encoded(Int32($0.value))) }
        }.flattenedWithStarts()
        childStart = starts
        childClasses = flatChildren.map(\.0)
        childStates = flatChildren.map(\.1)

        (outputStart, outputList) = outputs.flattenedWithStarts()

        // The ASCII table: every state's transition on every ASCII class, failure links resolved.
        var column = [UInt8](repeating: 0, count: 0x80)
        // Column 0: scalars no pattern uses. `columnOfClass[c]`: the column of class `c`, or 0.
        var columns = 1
        var columnOfClass = [Int](repeating: 0, count: classes)
        for value in 0..<0x80 where basic[value] != 0 {
            column[value] = UInt8(columns)
            columnOfClass[Int(basic[value])] = columns
            columns += 1
        }
        if stateCount * columns <= asciiTableLimit {
            var table = [Int32](repeating: 0, count: stateCount * columns)
            for value in 0..<0x80 where column[value] != 0 {
                table[Int(column[value])] = encoded(root[Int(basic[value])])
            }
            // Breadth first, a state's failure state comes before it: its row is the failure
            // state's, with the state's own children over it.
            for state in queue {
                let row = state * columns
                let failureRow = Int(failureLinks[state]) * columns
                for index in 0..<columns { table[row + index] = table[failureRow + index] }
                for (symbol, child) in children[state] where columnOfClass[symbol] != 0 {
                    table[row + columnOfClass[symbol]] = encoded(Int32(child))
                }
            }
            asciiColumn = column
            asciiColumns = columns
            asciiNext = table
        } else {
            asciiColumn = []
            asciiColumns = 0
            asciiNext = []
        }
    }

    /// Every occurrence of every pattern in `text`, in order of their end.
    func allMatches(in text: [UInt32]) -> [Occurrence] {
        var result: [Occurrence] = []
        forEachMatch(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with every occurrence of every pattern in `text`, in order of their end.
    func forEachMatch(in text: [UInt32], _ body: (Occurrence) -> Void) {
        text.withUnsafeBufferPointer { text in
            basicClasses.withUnsafeBufferPointer { classes in
                rootRow.withUnsafeBufferPointer { root in
                    childStart.withUnsafeBufferPointer { childStart in
                        childClasses.withUnsafeBufferPointer { childClasses in
                            childStates.withUnsafeBufferPointer { childStates in
                                failure.withUnsafeBufferPointer { failure in
                                    outputStart.withUnsafeBufferPointer { outputStart in
                                        asciiColumn.withUnsafeBufferPointer { asciiColumn in
                                            asciiNext.withUnsafeBufferPointer { asciiNext in
                                                let tables = Tables(
                                                    classes: classes, root: root, childStart: childStart,
                                                    childClasses: childClasses, childStates: childStates,
                                                    failure: failure, outputStart: outputStart,
                                                    asciiColumn: asciiColumn, asciiNext: asciiNext)
                                                search(text, tables, body)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The automaton's arrays, borrowed for one search.
    private struct Tables {
        let classes: UnsafeBufferPointer<UInt16>
        let root: UnsafeBufferPointer<Int32>
        let childStart: UnsafeBufferPointer<Int32>
        let childClasses: UnsafeBufferPointer<UInt16>
        let childStates: UnsafeBufferPointer<Int32>
        let failure: UnsafeBufferPointer<Int32>
        let outputStart: UnsafeBufferPointer<Int32>
        let asciiColumn: UnsafeBufferPointer<UInt8>
        let asciiNext: UnsafeBufferPointer<Int32>

        /// The child of `state` (not the root) for `symbol`, or -1.
        @inline(__always)
        func child(of state: Int, _ symbol: UInt16) -> Int {
            var index = Int(childStart[state])
            let end = Int(childStart[state + 1])
            while index < end {
                let candidate = childClasses[index]
                if candidate == symbol { return Int(childStates[index]) }
                if candidate > symbol { return -1 }
                index += 1
            }
            return -1
        }
    }

    @inline(__always)
    private func search(_ text: UnsafeBufferPointer<UInt32>, _ tables: Tables, _ body: (Occurrence) -> Void) {
        // The current state, encoded (see `rootRow`).
        var encoded = 0
        let ascii = !tables.asciiNext.isEmpty
        for position in 0..<text.count {
            let value = text[position]
            if value < 0x80 && ascii {
                encoded = Int(tables.asciiNext[(encoded >> 1) * asciiColumns + Int(tables.asciiColumn[Int(value)])])
                if encoded & 1 == 1 { report(encoded >> 1, at: position, tables, body) }
                continue
            }
            let symbol = value < 0x10000 ? tables.classes[Int(value)] : (supplementaryClasses[value] ?? 0)
            if symbol == 0 {
                // No pattern contains this scalar: every state goes back to the root on it.
                encoded = 0
                continue
            }
            while true {
                if encoded < 2 {
                    encoded = Int(tables.root[Int(symbol)])
                    break
                }
                let next = tables.child(of: encoded >> 1, symbol)
                if next >= 0 {
                    encoded = next
                    break
                }
                encoded = Int(tables.failure[encoded >> 1])
            }
            if encoded & 1 == 1 { report(encoded >> 1, at: position, tables, body) }
        }
    }

    /// Calls `body` with the patterns ending in `state`, reached at `position`.
    @inline(__always)
    private func report(_ state: Int, at position: Int, _ tables: Tables, _ body: (Occurrence) -> Void) {
        for index in Int(tables.outputStart[state])..<Int(tables.outputStart[state + 1]) {
            let pattern = Int(outputList[index])
            let length = lengths[pattern]
            body(Occurrence(pattern: pattern, start: position - length + 1, length: length))
        }
    }
}
