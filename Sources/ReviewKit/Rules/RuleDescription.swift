/// Everything about a rule except how it checks: identity, citation, documentation and examples.
/// Used for reports, `mpcheck explain`, the generated catalog and the example tests alike.
public struct RuleDescription: Sendable, Codable, Hashable {
    /// Stable kebab-case id; never reused.
    public var id: String
    public var family: RuleFamily
    public var title: LocalizedText
    public var severity: Severity
    public var citation: Citation
    /// Why the platform cares, and how the rule decides.
    public var rationale: LocalizedText
    /// One-line fix shown with each finding.
    public var hint: LocalizedText
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]

    public init(
        id: String,
        family: RuleFamily,
        title: LocalizedText,
        severity: Severity,
        citation: Citation,
        rationale: LocalizedText,
        hint: LocalizedText,
        triggeringExamples: [RuleExample],
        nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.family = family
        self.title = title
        self.severity = severity
        self.citation = citation
        self.rationale = rationale
        self.hint = hint
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
