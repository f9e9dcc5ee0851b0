import TextMatching

/// Checklist rules searched together: every checklist is one entry of a `TextPatterns`, so each
/// located text is scanned once for all checklists. The findings are those each `ChecklistRule`
/// gives alone.
struct ChecklistSet: Sendable {
    private let rules: [ChecklistRule]
    /// Severity to report each rule's findings at, when a configuration overrides it.
    private let severities: [Severity?]
    /// Entry `i` is rule `i`.
    private let patterns: TextPatterns
    /// Per text kind: the rules whose scopes include it.
    private let rulesByKind: [LocatedText.Kind: [Int]]

    /// - Parameter severities: per rule, a severity overriding its own, or nil.
    init(rules: [ChecklistRule], severities: [Severity?]? = nil) {
        self.rules = rules
        self.severities = severities ?? [Severity?](repeating: nil, count: rules.count)
        patterns = TextPatterns(
            entries: rules.map {
                TextPatterns.Entry(
                    terms: $0.terms, allowContexts: $0.allowContexts, patterns: $0.patterns, wholeText: $0.wholeText)
            })
        var byKind: [LocatedText.Kind: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            for kind in rule.scopes { byKind[kind, default: []].append(index) }
        }
        rulesByKind = byKind
    }

    /// The ids of the rules in the set.
    var ids: [String] { rules.map(\.id) }

    /// Every finding of the set's rules, or of those whose id is in `only`.
    func findings(in submission: Submission, only: Set<String>? = nil) -> [Finding] {
        let running = rules.map { only?.contains($0.id) ?? true }
        // Per text kind: the running rules that read it, and the automaton lists they need.
        var selections: [LocatedText.Kind: (rules: [Int], lists: [Bool])] = [:]
        var findings: [Finding] = []
        for text in submission.texts {
            let selection: (rules: [Int], lists: [Bool])
            if let known = selections[text.kind] {
                selection = known
            } else {
                let ruleIndices = (rulesByKind[text.kind] ?? []).filter { running[$0] }
                selection = (ruleIndices, patterns.lists(for: ruleIndices))
                selections[text.kind] = selection
            }
            guard !selection.rules.isEmpty else { continue }
            for (index, matches) in patterns.matches(
                in: text.normalized, entries: selection.rules, lists: selection.lists)
            {
                for match in matches {
                    findings.append(finding(of: index, match.text, at: text.location(atScalarOffset: match.offset)))
                }
            }
        }
        return findings
    }

    private func finding(of index: Int, _ matched: String, at location: Location) -> Finding {
        let rule = rules[index]
        var finding = rule.finding(rule.message.filled(["match": matched]), evidence: matched, at: location)
        if let severity = severities[index] { finding.severity = severity }
        return finding
    }
}
