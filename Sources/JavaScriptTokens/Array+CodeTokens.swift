extension Array where Element == Token {
    /// The tokens without comments (what a rule walks when it looks at code).
    public var code: [Token] {
        // Always a copy, even without comments: the lexer's array has room to grow (up to twice
        // its count), and a review keeps every script's code, so sharing it would cost memory.
        filter { !$0.kind.isComment }
    }
}
