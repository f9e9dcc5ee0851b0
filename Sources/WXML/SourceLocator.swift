/// Turns UTF-8 byte offsets into 1-based lines and 1-based columns counted in Unicode scalars.
///
/// Line starts are computed once. Columns are counted forward from the previous answer when it is
/// on the same line and not after the offset, so a walk in document order costs time linear in
/// the source size, even for a file that is one 3 MB line.
struct SourceLocator {
    /// A line and column pair.
    struct Position: Equatable {
        let line: Int
        let column: Int
    }

    private let bytes: [UInt8]
    /// Offset of each line's first byte; `lineStarts[0]` skips a byte-order mark.
    private let lineStarts: [Int]
    private var previous: (offset: Int, lineIndex: Int, column: Int)

    init(bytes: [UInt8], contentStart: Int) {
        self.bytes = bytes
        var starts = [contentStart]
        for index in contentStart..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
        previous = (contentStart, 0, 1)
    }

    /// The 1-based line holding `offset`.
    func line(of offset: Int) -> Int {
        lineIndex(of: offset) + 1
    }

    /// The position of the byte at `offset` (clamped to the source).
    mutating func position(of offset: Int) -> Position {
        let offset = min(max(offset, lineStarts[0]), bytes.count)
        let lineIndex: Int
        var scanFrom: Int
        var column: Int
        if offset >= previous.offset,
            previous.lineIndex + 1 >= lineStarts.count
                || offset < lineStarts[previous.lineIndex + 1]
        {
            lineIndex = previous.lineIndex
            scanFrom = previous.offset
            column = previous.column
        } else {
            lineIndex = self.lineIndex(of: offset)
            scanFrom = lineStarts[lineIndex]
            column = 1
        }
        while scanFrom < offset {
            // Every byte that is not a UTF-8 continuation byte starts a scalar.
            if bytes[scanFrom] & 0xC0 != 0x80 { column += 1 }
            scanFrom += 1
        }
        previous = (offset, lineIndex, column)
        return Position(line: lineIndex + 1, column: column)
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
