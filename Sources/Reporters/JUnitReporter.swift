public import ReviewKit

/// JUnit XML for GitLab, Jenkins and other test-report viewers, written with libxml2's
/// xmlTextWriter: one testsuite per bundle, one testcase per rule that ran (classname
/// `mpcheck.<family>`, name the rule id), a `<failure>` per reject finding, and warnings and
/// notes as the testcase's `<system-out>`. A CI job still fails by mpcheck's exit code.
public enum JUnitReporter {
    public static func render(_ report: Report, options: RenderOptions) -> String {
        render([report], options: options)
    }

    /// Several bundles in one file, one testsuite each (for reviews of many bundles at once).
    public static func render(_ reports: [Report], options: RenderOptions) -> String {
        let suites = reports.map { suite($0, language: options.language) }
        let tests = suites.map(\.tests).reduce(0, +)
        let failures = suites.map(\.failures).reduce(0, +)
        let root = XMLTree(
            "testsuites", [("name", "mpcheck")] + counts(tests: tests, failures: failures),
            children: suites.map { .element($0.tree) })
        return LibXMLWriter.write(root)
    }

    static func counts(tests: Int, failures: Int) -> [(String, String)] {
        [("tests", "\(tests)"), ("failures", "\(failures)"), ("errors", "0"), ("skipped", "0"), ("time", "0")]
    }

    /// One bundle's testsuite, with its number of testcases and of failed testcases.
    static func suite(_ report: Report, language: Language) -> (tree: XMLTree, tests: Int, failures: Int) {
        var rules = report.rules
        for finding in report.findings where !rules.contains(where: { $0.id == finding.rule }) {
            // A finding from a rule missing from the list still gets a testcase.
            rules.append(placeholder(finding))
        }
        var cases: [XMLTree.Node] = []
        var failedCases = 0
        for rule in rules {
            let findings = report.findings.filter { $0.rule == rule.id }
            let rejects = findings.filter { $0.severity == .reject }
            let others = findings.filter { $0.severity != .reject }
            if !rejects.isEmpty { failedCases += 1 }
            var children: [XMLTree.Node] = rejects.map { finding in
                .element(
                    XMLTree(
                        "failure",
                        [
                            ("message", "\(finding.location.displayString): \(finding.message(language))"),
                            ("type", finding.rule),
                        ],
                        children: [.text(details(finding, language: language))]
                    )
                )
            }
            if !others.isEmpty {
                let text = others.map { "[\($0.severity.rawValue)] " + details($0, language: language) }
                    .joined(separator: "\n\n")
                children.append(.element(XMLTree("system-out", children: [.text(text)])))
            }
            cases.append(
                .element(
                    XMLTree(
                        "testcase",
                        [("classname", "mpcheck.\(rule.family.rawValue)"), ("name", rule.id), ("time", "0")],
                        children: children
                    )
                )
            )
        }
        let properties = XMLTree(
            "properties",
            children: [
                ("verdict", report.verdict.rawValue), ("tool", "\(report.tool.name) \(report.tool.version)"),
                ("reject", "\(report.summary.reject)"), ("warning", "\(report.summary.warning)"),
                ("info", "\(report.summary.info)"),
            ].map { .element(XMLTree("property", [("name", $0.0), ("value", $0.1)])) }
        )
        let suite = XMLTree(
            "testsuite", [("name", report.bundle)] + counts(tests: rules.count, failures: failedCases),
            children: [.element(properties)] + cases)
        return (suite, rules.count, failedCases)
    }

    /// Location, message, evidence, clause and fix of a finding, one per line.
    static func details(_ finding: Finding, language: Language) -> String {
        let zh = language == .zh
        var lines = ["\(finding.location.displayString) [\(finding.rule)]", finding.message(language)]
        if !finding.evidence.isEmpty { lines.append((zh ? "证据：" : "evidence: ") + finding.evidence) }
        lines.append((zh ? "依据：" : "clause: ") + SARIFReporter.citationText(finding.citation, language: language))
        lines.append((zh ? "修改：" : "fix: ") + finding.hint(language))
        return lines.joined(separator: "\n")
    }

    private static func placeholder(_ finding: Finding) -> RuleDescription {
        RuleDescription(
            id: finding.rule, family: .packaging, title: LocalizedText(zh: finding.rule, en: finding.rule),
            severity: finding.severity, citation: finding.citation, rationale: finding.message,
            hint: finding.hint, triggeringExamples: [], nonTriggeringExamples: [])
    }
}
