import Checklists
import Foundation
import TextMatching

/// A rule defined by a checklist file: terms and patterns matched in the normalised located text
/// of the checklist's scopes (see `TextNormalizer`); findings point at the original characters.
public struct ChecklistRule: Rule {
    public let description: RuleDescription
    private let message: LocalizedText
    /// The kinds of located text the checklist is matched in.
    let scopes: Set<LocatedText.Kind>
    private let patterns: TextPatterns

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
        do {
            patterns = try TextPatterns(
                terms: checklist.terms ?? [],
                allowContexts: checklist.allowContexts ?? [],
                patterns: checklist.patterns ?? [],
                wholeText: checklist.wholeText ?? false
            )
        } catch {
            throw LoadError(checklist: checklist.id, reason: "invalid pattern \(error.pattern)")
        }
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

    public func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for text in submission.texts where scopes.contains(text.kind) {
            for match in patterns.matches(in: text.normalized) {
                findings.append(
                    finding(
                        message.filled(["match": match.text]),
                        evidence: match.text,
                        at: text.location(atScalarOffset: match.offset)
                    )
                )
            }
        }
        return findings
    }
}
