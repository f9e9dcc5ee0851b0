import Foundation
import Reporters
import ReviewKit
import TestSupport
import Testing

/// docs/rules.md is generated from the catalog; this test keeps it current.
/// Set MPCHECK_UPDATE_GOLDEN=1 to rewrite it.
@Suite struct RuleCatalogDocumentTests {
    @Test func docsRulesIsCurrent() throws {
        let url = RepositoryPaths.root.appendingPathComponent("docs/rules.md")
        let generated = RuleCatalogMarkdown.render(RuleRegistry.all.map(\.description))
        if ProcessInfo.processInfo.environment["MPCHECK_UPDATE_GOLDEN"] == "1" {
            try Data(generated.utf8).write(to: url)
            return
        }
        let current = try String(contentsOf: url, encoding: .utf8)
        #expect(
            current == generated,
            "docs/rules.md is out of date; run MPCHECK_UPDATE_GOLDEN=1 swift test --filter RuleCatalogDocumentTests")
    }

    @Test func catalogListsEveryRuleWithItsClause() {
        let markdown = RuleCatalogMarkdown.render(RuleRegistry.all.map(\.description))
        for rule in RuleRegistry.all.map(\.description) {
            #expect(markdown.contains("## \(rule.id)\n"))
            #expect(markdown.contains("> \(rule.citation.text)"))
        }
    }
}
