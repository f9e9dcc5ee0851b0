/// Applies suppressions to findings and says which suppressions are wrong.
public enum SuppressionCheck {
    /// What is wrong with a suppression.
    public enum Problem: Sendable, Equatable {
        /// No reason after a colon; such a suppression silences nothing.
        case noReason
        /// No rule id before the colon.
        case noRule
        /// A rule id that is no rule.
        case unknownRule(String)
        /// It silenced no finding on its target line.
        case unused
    }

    /// The findings left after suppressions with a reason have silenced theirs, and every
    /// suppression that is wrong, with its problem.
    public static func apply(_ suppressions: [Suppression], to findings: [Finding], knownRules: Set<String>)
        -> (kept: [Finding], problems: [(Suppression, Problem)])
    {
        var problems: [(Suppression, Problem)] = []
        var active: [Suppression] = []
        for suppression in suppressions {
            if suppression.rules.isEmpty {
                problems.append((suppression, .noRule))
            } else if suppression.reason == nil {
                problems.append((suppression, .noReason))
            } else if let unknown = suppression.rules.first(where: { !knownRules.contains(resolve($0)) }) {
                problems.append((suppression, .unknownRule(unknown)))
            } else {
                active.append(suppression)
            }
        }
        var used: Set<Int> = []
        let kept = findings.filter { finding in
            guard let file = finding.location.file, let line = finding.location.line else { return true }
            var silenced = false
            for (index, suppression) in active.enumerated()
            where suppression.file == file && suppression.targetLine == line
                && suppression.rules.contains(where: { resolve($0) == finding.rule })
            {
                used.insert(index)
                silenced = true
            }
            return !silenced
        }
        for (index, suppression) in active.enumerated() where !used.contains(index) {
            problems.append((suppression, .unused))
        }
        return (kept, problems)
    }

    private static func resolve(_ id: String) -> String { RuleRegistry.aliases[id] ?? id }
}
