import Foundation
public import ReviewKit

/// The rule catalog as Markdown: `docs/rules.md` and `mpcheck rules --format markdown`.
/// A test keeps docs/rules.md equal to this output.
public enum RuleCatalogMarkdown {
    public static func render(_ rules: [RuleDescription]) -> String {
        var out = "# mpcheck rules\n\n"
        out += "Generated from the rule catalog by `mpcheck rules --format markdown`; do not edit by hand.\n"
        out += "`mpcheck explain ID` prints the same for one rule.\n\n"
        out += "| id | family | severity | clause | title |\n|---|---|---|---|---|\n"
        for rule in rules {
            out += "| [`\(rule.id)`](#\(rule.id)) | \(rule.family.rawValue) | \(rule.severity.rawValue) | "
            out +=
                "\(cell(rule.citation.document)) \(cell(rule.citation.clause)) | \(cell(rule.title.zh)) / \(cell(rule.title.en)) |\n"
        }
        for rule in rules {
            out += "\n## \(rule.id)\n\n"
            out += "**\(rule.title.zh)** / \(rule.title.en) · \(rule.family.rawValue) · \(rule.severity.rawValue)\n\n"
            out += "《\(rule.citation.document)》(\(rule.citation.edition)) \(rule.citation.clause):\n\n"
            out += "> \(rule.citation.text)\n\n"
            out += "\(rule.rationale.zh)\n\n\(rule.rationale.en)\n\n"
            out += "Fix: \(rule.hint.zh) / \(rule.hint.en)\n\n"
            out += "Triggers (↓ marks the finding):\n\n"
            out += rule.triggeringExamples.map(example).joined()
            out += "\nDoes not trigger:\n\n"
            out += rule.nonTriggeringExamples.map(example).joined()
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    private static func example(_ example: RuleExample) -> String {
        var parts: [String] = []
        if let name = example.name { parts.append("name `\(name)`") }
        if let description = example.description { parts.append("description `\(description)`") }
        if let icon = example.icon { parts.append("icon `\(icon)`") }
        // Binary files and sizes come before the files, whose multi-line contents end a bullet.
        for path in example.binaryFiles.keys.sorted() {
            let size = example.sizes[path] ?? (Data(base64Encoded: example.binaryFiles[path] ?? "")?.count ?? 0)
            parts.append("`\(path)` (binary, \(size) bytes)")
        }
        for path in example.sizes.keys.sorted() where example.files[path] == nil && example.binaryFiles[path] == nil {
            parts.append("`\(path)` (\(example.sizes[path] ?? 0) bytes)")
        }
        for path in example.files.keys.sorted() {
            let content = example.files[path] ?? ""
            if content.contains("\n") {
                parts.append(
                    "`\(path)`:\n\n  ```\n"
                        + content.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "  \($0)" }.joined(separator: "\n") + "\n  ```\n")
            } else {
                parts.append("`\(path)`: `\(content)`")
            }
        }
        for path in example.links.keys.sorted() {
            parts.append("`\(path)` → `\(example.links[path] ?? "")` (symbolic link)")
        }
        for path in example.encodings.keys.sorted() {
            parts.append("`\(path)` saved as \(example.encodings[path] ?? "")")
        }
        return "- " + parts.joined(separator: "; ") + "\n"
    }
}
