extension Array where Element == Token {
    /// The tokens without comments (what a rule walks when it looks at code).
    public var code: [Token] {
        filter { !$0.kind.isComment }
    }
}
