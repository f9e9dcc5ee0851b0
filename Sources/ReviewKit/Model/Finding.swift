/// One problem found in a submission, with the rule and clause it breaks.
public struct Finding: Sendable, Codable, Hashable {
    /// Id of the rule that found it.
    public var rule: String
    public var severity: Severity
    public var message: LocalizedText
    /// The offending text or code, as it appears in the submission.
    public var evidence: String
    public var citation: Citation
    public var location: Location
    /// A one-line fix.
    public var hint: LocalizedText
    /// The source lines around a file location; filled in by the reviewer, nil for metadata.
    public var snippet: Snippet?

    public init(
        rule: String,
        severity: Severity,
        message: LocalizedText,
        evidence: String,
        citation: Citation,
        location: Location,
        hint: LocalizedText,
        snippet: Snippet? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.evidence = evidence
        self.citation = citation
        self.location = location
        self.hint = hint
        self.snippet = snippet
    }

    /// The deterministic order of every report: location, then rule id, then evidence.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.evidence < rhs.evidence
    }
}
