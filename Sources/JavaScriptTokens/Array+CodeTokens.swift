extension Array where Element == Token {
    /// The tokens without comments (what a rule walks when it looks at code).
    public var code: [Token] {
        // Most scripts of a bundle are minified or comment-free: then the tokens are shared, not copied.
        contains { $0.kind.isComment } ? filter { !$0.kind.isComment } : self
    }
}
