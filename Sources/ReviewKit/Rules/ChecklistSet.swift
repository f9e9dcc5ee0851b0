import TextMatching

/// Checklist rules searched together: the terms and allow-contexts of every checklist, and the
/// literals each regular expression requires, are one automaton (`PhraseListsMatcher`), so each
/// located text is scanned once for all checklists. A regular expression runs only on texts that
/// contain one of its required literals. The findings are those each `ChecklistRule` gives alone.
struct ChecklistSet: Sendable {
    private let rules: [ChecklistRule]
    /// Severity to report each rule's findings at, when a configuration overrides it.
    private let severities: [Severity?]
    /// Per rule: the list index of its terms, if it has any.
    private let termLists: [Int?]
    /// Per rule and pattern: the list indices of the pattern's required literal sets; the pattern
    /// runs only on a text with a match in each (always when there are none).
    private let patternLists: [[[Int]]]
    private let matcher: PhraseListsMatcher
    /// Per text kind: the rules whose scopes include it.
    private let rulesByKind: [LocatedText.Kind: [Int]]

    /// - Parameter severities: per rule, a severity overriding its own, or nil.
    init(rules: [ChecklistRule], severities: [Severity?]? = nil) {
        self.rules = rules
        self.severities = severities ?? [Severity?](repeating: nil, count: rules.count)
        var lists: [PhraseListsMatcher.List] = []
        var termLists: [Int?] = []
        var patternLists: [[[Int]]] = []
        var byKind: [LocatedText.Kind: [Int]] = [:]
        for (index, rule) in rules.enumerated() {
            if rule.terms.isEmpty {
                termLists.append(nil)
            } else {
                termLists.append(lists.count)
                lists.append(PhraseListsMatcher.List(phrases: rule.terms, allowContexts: rule.allowContexts))
            }
            patternLists.append(
                rule.patterns.map { pattern in
                    (pattern.requiredLiteralSets ?? []).map { literals in
                        lists.append(PhraseListsMatcher.List(phrases: literals, wholeTokens: false, presenceOnly: true))
                        return lists.count - 1
                    }
                })
            for kind in rule.scopes { byKind[kind, default: []].append(index) }
        }
        self.termLists = termLists
        self.patternLists = patternLists
        self.rulesByKind = byKind
        matcher = PhraseListsMatcher(lists: lists)
    }

    /// The ids of the rules in the set.
    var ids: [String] { rules.map(\.id) }

    /// Every finding of the set's rules, or of those whose id is in `only`.
    func findings(in submission: Submission, only: Set<String>? = nil) -> [Finding] {
        let running = rules.map { only?.contains($0.id) ?? true }
        // Per text kind: the running rules that read it, and the lists they need searched.
        var selections: [LocatedText.Kind: (rules: [Int], lists: [Bool])] = [:]
        var findings: [Finding] = []
        for text in submission.texts {
            let selection: (rules: [Int], lists: [Bool])
            if let known = selections[text.kind] {
                selection = known
            } else {
                let ruleIndices = (rulesByKind[text.kind] ?? []).filter { running[$0] }
                var lists = [Bool](repeating: false, count: matcher.count)
                for index in ruleIndices {
                    if let list = termLists[index] { lists[list] = true }
                    for patternLists in patternLists[index] {
                        for list in patternLists { lists[list] = true }
                    }
                }
                selection = (ruleIndices, lists)
                selections[text.kind] = selection
            }
            let ruleIndices = selection.rules
            guard !ruleIndices.isEmpty else { continue }
            let selected = selection.lists
            let listMatches = matcher.matches(in: text.normalized, selecting: selected)
            var regexText: RegexText?
            for index in ruleIndices {
                // Most texts hold nothing for most rules: decide that before touching the rule.
                let termsFound = termLists[index].map { !listMatches[$0].isEmpty } ?? false
                let patternMayMatch = patternLists[index].contains { lists in
                    !lists.contains { listMatches[$0].isEmpty }
                }
                guard termsFound || patternMayMatch else { continue }
                let rule = rules[index]
                var found: [TextPatterns.Match] = []
                if let list = termLists[index] {
                    found += termMatches(listMatches[list], of: rule, in: text.normalized)
                }
                for (pattern, list) in zip(rule.patterns, patternLists[index]) {
                    if list.contains(where: { listMatches[$0].isEmpty }) { continue }
                    let searched = regexText ?? RegexText(text.normalized)
                    regexText = searched
                    for range in pattern.matches(in: searched) {
                        let original = text.normalized.originalRange(of: range)
                        found.append(
                            TextPatterns.Match(
                                offset: original.lowerBound, text: text.normalized.originalText(in: original)))
                    }
                }
                for match in TextPatterns.withoutOverlaps(found) {
                    findings.append(finding(of: index, match.text, at: text.location(atScalarOffset: match.offset)))
                }
            }
        }
        return findings
    }

    /// Term matches, restricted to whole-text ones for checklists that ask for that.
    private func termMatches(
        _ matches: [PhraseMatcher.Match], of rule: ChecklistRule, in text: NormalizedText
    ) -> [TextPatterns.Match] {
        var kept = matches
        if rule.wholeText {
            let scalars = text.original.unicodeScalars
            let leading = scalars.prefix { $0.properties.isWhitespace }.count
            let trimmedLength = scalars.count - leading - scalars.reversed().prefix { $0.properties.isWhitespace }.count
            kept = kept.filter { $0.offset == leading && $0.length == trimmedLength }
        }
        return kept.map { TextPatterns.Match(offset: $0.offset, text: $0.matchedText) }
    }

    private func finding(of index: Int, _ matched: String, at location: Location) -> Finding {
        let rule = rules[index]
        var finding = rule.finding(rule.message.filled(["match": matched]), evidence: matched, at: location)
        if let severity = severities[index] { finding.severity = severity }
        return finding
    }
}
