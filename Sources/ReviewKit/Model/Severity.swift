/// How serious a finding is. `reject` means the platform's reviewers would refuse the submission.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case warning
    case reject

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .reject: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
