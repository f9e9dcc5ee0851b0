extension JSONElement {
    /// Where this value stands in `file`: for a string, its first character inside the quotes
    /// (like located text); for other values, their first character.
    func location(in file: String) -> Location {
        if case .string = value {
            return .file(file, line: line, column: column + 1)
        }
        return .file(file, line: line, column: column)
    }
}
