import Testing

@testable import TextMatching

@Suite struct AutomatonTests {
    /// Patterns that share prefixes and suffixes (deep failure links), mix ASCII with Han
    /// characters and an astral scalar, and overlap one another.
    private static let patterns: [[UInt32]] = [
        "he", "she", "his", "hers", "wechat", "chat", "at", "a", "qq", "q1", "微信", "信息", "微x", "x微", "a微信b",
        "𠀀a", "_.", "..", "1234", "23",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Every occurrence, with and without the ASCII table, against a plain comparison at every
    /// position: on generated texts over the patterns' scalars and some that no pattern uses.
    @Test func everyOccurrenceIsFoundWithAndWithoutTheASCIITable() {
        let withTable = Automaton(patterns: Self.patterns)
        let withoutTable = Automaton(patterns: Self.patterns, asciiTableLimit: 0)
        let alphabet = Array("heisrwcatq1微信息x𠀀_.234bZ 中".unicodeScalars.map(\.value))
        var generator = SeededGenerator(state: 0x5EED)
        for _ in 0..<2000 {
            let text = (0..<generator.next(30)).map { _ in alphabet[generator.next(alphabet.count)] }
            var expected: [[Int]] = []
            for end in text.indices {
                for (index, pattern) in Self.patterns.enumerated() where pattern.count <= end + 1 {
                    let start = end + 1 - pattern.count
                    if Array(text[start...end]) == pattern { expected.append([index, start, pattern.count]) }
                }
            }
            for automaton in [withTable, withoutTable] {
                let found = automaton.allMatches(in: text).map { [$0.pattern, $0.start, $0.length] }
                #expect(
                    found.sorted { $0.lexicographicallyPrecedes($1) }
                        == expected.sorted { $0.lexicographicallyPrecedes($1) })
            }
        }
    }
}
