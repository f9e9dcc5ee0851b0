import ArgumentParser
import Reporters
import ReviewKit

/// `mpcheck rules`: the catalog, one rule a line.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every rule: id, family, severity, clause and title.")

    @Option(help: "Language of the titles: zh or en.")
    var lang: Language = .zh

    @Option(help: "Output: text (one rule a line) or markdown (the full catalog, as in docs/rules.md).")
    var format: CatalogFormat = .text

    enum CatalogFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    func run() {
        let rules = RuleRegistry.all.map(\.description)
        if format == .markdown {
            print(RuleCatalogMarkdown.render(rules), terminator: "")
            return
        }
        let idWidth = rules.map(\.id.count).max() ?? 0
        let familyWidth = rules.map(\.family.rawValue.count).max() ?? 0
        for rule in rules {
            let columns = [
                rule.id.padding(idWidth),
                rule.family.rawValue.padding(familyWidth),
                rule.severity.rawValue.padding(7),
                "\(rule.citation.clause)".padding(7),
                rule.title(lang),
            ]
            print(columns.joined(separator: "  "))
        }
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
