/// Groups of Han characters that look alike (形近字), read from a text table: one group per
/// line, characters separated by spaces; `#` starts a comment. Characters are normalised like
/// text, so traditional forms in the table are stored simplified.
public struct SimilarShapes: Sendable {
    private let groups: [UInt32: Set<UInt32>]

    /// Parses the table. Every token of a line outside comments is one member of the line's
    /// group; a token that is not a single character after normalisation is ignored.
    public init(table: String, normalizer: TextNormalizer = .shared) {
        var groups: [UInt32: Set<UInt32>] = [:]
        for line in table.split(whereSeparator: \.isNewline) {
            let content = line.prefix { $0 != "#" }
            let members = content.split(separator: " ").compactMap { token -> UInt32? in
                let scalars = normalizer.normalize(String(token)).scalars
                return scalars.count == 1 ? scalars[0] : nil
            }
            for member in members {
                groups[member, default: []].formUnion(members.filter { $0 != member })
            }
        }
        self.groups = groups
    }

    /// Whether two different characters share a group.
    public func areSimilar(_ first: UInt32, _ second: UInt32) -> Bool {
        first != second && groups[first]?.contains(second) == true
    }
}
