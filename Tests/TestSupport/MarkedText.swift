/// Text with `↓` markers: the markers removed, and the position of the character after each.
public struct MarkedText: Equatable, Sendable {
    /// 1-based line and column (Unicode scalars) of a marker.
    public struct Position: Hashable, Sendable, Comparable {
        public let line: Int
        public let column: Int

        public static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
    }

    public let text: String
    public let markers: [Position]

    public init(_ marked: String, marker: Unicode.Scalar = "↓") {
        var text = String.UnicodeScalarView()
        var markers: [Position] = []
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for scalar in marked.unicodeScalars {
            if scalar == marker {
                markers.append(Position(line: line, column: column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                if previous != "\r" { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previous = scalar
        }
        self.text = String(text)
        self.markers = markers
    }
}
