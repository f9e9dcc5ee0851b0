import Checklists
import Foundation
import TextMatching

/// A rule defined by a checklist file: terms and patterns matched in the normalised located text
/// of the checklist's scopes (see `TextNormalizer`); findings point at the original characters.
public struct ChecklistRule: Rule {
    public let description: RuleDescription
    let message: LocalizedText
    /// The kinds of located text the checklist is matched in.
    let scopes: Set<LocatedText.Kind>
    /// Phrases and the legitimate words that protect them (see `PhraseMatcher`).
    let terms: [String]
    let allowContexts: [String]
    /// Whether a term counts only when it is the whole text (surrounding whitespace aside).
    let wholeText: Bool
    /// Regular expressions matched in the normalised text (case-insensitive, PCRE2 syntax).
    let patterns: [RegexPattern]

    /// Errors in a checklist file, found when it is loaded.
    public struct LoadError: Error, CustomStringConvertible {
        public let checklist: String
        public let reason: String
        public var description: String { "checklist \(checklist): \(reason)" }
    }

    init(checklist: Checklist) throws(LoadError) {
        description = RuleDescription(
            id: checklist.id,
            family: checklist.family,
            title: checklist.title,
            severity: checklist.severity,
            citation: checklist.citation,
            rationale: checklist.rationale,
            hint: checklist.hint,
            triggeringExamples: checklist.examples.triggering,
            nonTriggeringExamples: checklist.examples.nonTriggering
        )
        message = checklist.message
        scopes = Set(checklist.scopes)
        wholeText = checklist.wholeText ?? false
        terms = checklist.terms ?? []
        allowContexts = checklist.allowContexts ?? []
        var compiled: [RegexPattern] = []
        for pattern in checklist.patterns ?? [] {
            guard let expression = RegexPattern(pattern) else {
                throw LoadError(checklist: checklist.id, reason: "invalid pattern \(pattern)")
            }
            compiled.append(expression)
        }
        patterns = compiled
    }

    /// Decodes and compiles a checklist file.
    public init(json bytes: [UInt8]) throws(LoadError) {
        let checklist: Checklist
        do {
            checklist = try JSONDecoder().decode(Checklist.self, from: Data(bytes))
        } catch {
            throw LoadError(checklist: "?", reason: "\(error)")
        }
        try self.init(checklist: checklist)
    }

    /// Every checklist embedded in the binary.
    public static func bundled() throws(LoadError) -> [ChecklistRule] {
        var rules: [ChecklistRule] = []
        for (id, bytes) in BundledChecklists.all {
            let rule = try ChecklistRule(json: bytes)
            guard rule.id == id else {
                throw LoadError(checklist: id, reason: "its id is \(rule.id), not the file name")
            }
            rules.append(rule)
        }
        return rules
    }

    /// The findings of this checklist alone; the reviewer searches all checklists at once with a
    /// `ChecklistSet`, which gives the same findings.
    public func check(_ submission: Submission) -> [Finding] {
        ChecklistSet(rules: [self]).findings(in: submission)
    }
}
