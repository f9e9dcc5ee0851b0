/// Where a finding is: a file position or a submission metadata field.
///
/// `line` is 1-based; `column` is 1-based and counted in Unicode scalars from the start of the
/// line (for a metadata field: from the start of the field's value). Paths are relative to the
/// project root and "/"-separated.
public struct Location: Sendable, Codable, Hashable, Comparable {
    public var file: String?
    public var field: String?
    public var line: Int?
    public var column: Int?

    public init(file: String? = nil, field: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.field = field
        self.line = line
        self.column = column
    }

    public static func file(_ path: String, line: Int, column: Int) -> Location {
        Location(file: path, line: line, column: column)
    }

    public static func field(_ name: MetadataField, column: Int? = nil) -> Location {
        Location(field: name.rawValue, column: column)
    }

    /// `path:line:column`, `path` or `[field]`, as a terminal report prints it.
    public var displayString: String {
        if let file {
            guard let line else { return file }
            return "\(file):\(line):\(column ?? 1)"
        }
        if let field {
            return column.map { "[\(field)]:\($0)" } ?? "[\(field)]"
        }
        return "-"
    }

    /// Metadata fields first, in form order (they are what a reviewer reads first), then files by
    /// path and position.
    public static func < (lhs: Location, rhs: Location) -> Bool {
        let left = (lhs.file == nil ? 0 : 1, lhs.file ?? "", lhs.fieldRank, lhs.line ?? 0, lhs.column ?? 0)
        let right = (rhs.file == nil ? 0 : 1, rhs.file ?? "", rhs.fieldRank, rhs.line ?? 0, rhs.column ?? 0)
        return left < right
    }

    private var fieldRank: Int {
        guard let field else { return -1 }
        return MetadataField.allCases.firstIndex { $0.rawValue == field } ?? MetadataField.allCases.count
    }
}

/// The submission metadata fields a finding can point at.
public enum MetadataField: String, Sendable, Codable, CaseIterable {
    case name
    case description
    case icon
    case category
}
