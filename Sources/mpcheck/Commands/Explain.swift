import ArgumentParser
import Foundation
import ReviewKit

/// `mpcheck explain ID`: a rule's title, citation with the full quoted clause, rationale, fix and examples.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: citation, rationale and examples.")

    @Argument(help: "A rule id, as listed by `mpcheck rules`.")
    var id: String

    @Option(help: "Language: zh or en.")
    var lang: Language = .zh

    func run() throws {
        guard let rule = RuleRegistry.rule(id: id) else {
            throw ValidationError("no rule with id '\(id)'; `mpcheck rules` lists them")
        }
        print(RuleExplanation.render(rule.description, language: lang), terminator: "")
    }
}

/// The text of `mpcheck explain`.
enum RuleExplanation {
    static func render(_ rule: RuleDescription, language: Language) -> String {
        let zh = language == .zh
        var out = "\(rule.id): \(rule.title(language))\n"
        out +=
            zh
            ? "类别：\(rule.family.title(language))　级别：\(rule.severity.rawValue)\n"
            : "Family: \(rule.family.title(language))  Severity: \(rule.severity.rawValue)\n"
        out += "\n"
        let clause = rule.citation.clauseLabel(zh ? .zh : .en)
        out +=
            zh
            ? "依据：《\(rule.citation.document)》(\(rule.citation.edition)) \(clause)\n"
            : "\(rule.citation.isClauseNumber ? "Clause" : "Section") \(rule.citation.clause) of \(rule.citation.document) (\(rule.citation.edition)):\n"
        out += "  “\(rule.citation.text)”\n\n"
        out += (zh ? "说明：" : "Rationale: ") + rule.rationale(language) + "\n\n"
        out += (zh ? "修改：" : "Fix: ") + rule.hint(language) + "\n"
        out += "\n" + (zh ? "会触发（↓ 标出报告位置）：" : "Triggers (↓ marks where the finding is reported):") + "\n"
        out += rule.triggeringExamples.map(example).joined()
        out += "\n" + (zh ? "不会触发：" : "Does not trigger:") + "\n"
        out += rule.nonTriggeringExamples.map(example).joined()
        return out
    }

    private static func example(_ example: RuleExample) -> String {
        var lines: [String] = []
        if let name = example.name { lines.append("name: \(name)") }
        if let description = example.description { lines.append("description: \(description)") }
        if let icon = example.icon { lines.append("icon: \(icon)") }
        for path in example.files.keys.sorted() {
            lines.append("\(path):")
            lines += (example.files[path] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map {
                "    \($0)"
            }
        }
        for path in example.links.keys.sorted() {
            lines.append("\(path) -> \(example.links[path] ?? "") (symbolic link)")
        }
        for path in example.encodings.keys.sorted() {
            lines.append("(\(path) saved as \(example.encodings[path] ?? ""))")
        }
        for path in example.binaryFiles.keys.sorted() {
            let size = example.sizes[path] ?? (Data(base64Encoded: example.binaryFiles[path] ?? "")?.count ?? 0)
            lines.append("\(path) (binary, \(size) bytes)")
        }
        for path in example.sizes.keys.sorted() where example.files[path] == nil && example.binaryFiles[path] == nil {
            lines.append("\(path) (\(example.sizes[path] ?? 0) bytes)")
        }
        return "  - " + lines.joined(separator: "\n    ") + "\n"
    }
}
