/// One checklist file (`Checklists/lists/<id>.json`): a data rule. Schema in Checklists/README.md.
struct Checklist: Sendable, Codable {
    struct Examples: Sendable, Codable {
        var triggering: [RuleExample]
        var nonTriggering: [RuleExample]
    }

    var id: String
    var family: RuleFamily
    var severity: Severity
    var title: LocalizedText
    var citation: Citation
    var rationale: LocalizedText
    var hint: LocalizedText
    /// Finding message; `{match}` is replaced by the matched text.
    var message: LocalizedText
    /// Kinds of located text the checklist reads (`LocatedText.Kind` raw values).
    var scopes: [LocatedText.Kind]
    /// Fixed phrases, matched leftmost-longest; Latin phrases as whole tokens, case-insensitively.
    var terms: [String]?
    /// When true, a term counts only if it is the whole text (surrounding whitespace aside),
    /// e.g. a name that is nothing but a generic word.
    var wholeText: Bool?
    /// Legitimate words that contain a term; a term inside one of them does not count.
    var allowContexts: [String]?
    /// Regular expressions (PCRE2 syntax) for context-aware phrases.
    var patterns: [String]?
    var examples: Examples
}
