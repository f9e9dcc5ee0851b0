/// A check of a submission. Data rules (a checklist file) and code rules (a Swift type) both
/// conform, so they share the registry, the reports and the example tests.
public protocol Rule: Sendable {
    var description: RuleDescription { get }
    /// Every finding of this rule in the submission, in any order.
    func check(_ submission: Submission) -> [Finding]
    /// Builds what the rule otherwise builds on its first `check` (shared matchers and detectors),
    /// so that a caller with a spare core can have it built ahead (`Reviewer.prepare()`). Most rules
    /// build nothing: the default does nothing.
    func prepare()
    /// Whether the rule reads the QR codes of the bundle's images, so that a review running it
    /// decodes and scans them (`Reviewer.readsImageQRCodes(configuration:)`). False by default.
    var readsImageQRCodes: Bool { get }
}

extension Rule {
    public var id: String { description.id }

    public func prepare() {}

    public var readsImageQRCodes: Bool { false }

    /// A finding of this rule with its severity, citation and hint.
    public func finding(_ message: LocalizedText, evidence: String, at location: Location) -> Finding {
        Finding(
            rule: description.id,
            severity: description.severity,
            message: message,
            evidence: evidence,
            citation: description.citation,
            location: location,
            hint: description.hint
        )
    }
}
