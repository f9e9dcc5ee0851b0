/// The outcome of a review: `reject` when any finding has severity reject.
public enum Verdict: String, Sendable, Codable {
    case pass
    case reject

    public init(findings: [Finding]) {
        self = findings.contains { $0.severity == .reject } ? .reject : .pass
    }
}
