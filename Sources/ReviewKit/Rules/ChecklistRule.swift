import Checklists
import Foundation
import TextMatching

/// A rule defined by a checklist file: terms and patterns matched in the located text of the
/// checklist's scopes.
public struct ChecklistRule: Rule {
    public let description: RuleDescription
    private let message: LocalizedText
    /// The kinds of located text the checklist is matched in.
    let scopes: Set<LocatedText.Kind>
    private let matcher: PhraseMatcher?
    private let wholeText: Bool
    private let patterns: [CompiledPattern]

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
        let terms = checklist.terms ?? []
        matcher = terms.isEmpty ? nil : PhraseMatcher(phrases: terms, allowContexts: checklist.allowContexts ?? [])
        var compiled: [CompiledPattern] = []
        for pattern in checklist.patterns ?? [] {
            do {
                compiled.append(CompiledPattern(expression: try NSRegularExpression(pattern: pattern)))
            } catch {
                throw LoadError(checklist: checklist.id, reason: "invalid pattern \(pattern)")
            }
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

    public func check(_ submission: Submission) -> [Finding] {
        var findings: [Finding] = []
        for text in submission.texts where scopes.contains(text.kind) {
            for match in matches(in: text.text) {
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

    /// Term and pattern matches, leftmost-longest, without overlaps: two patterns that describe
    /// the same phrase report it once.
    private func matches(in text: String) -> [(offset: Int, text: String)] {
        var result: [(offset: Int, text: String)] = []
        if let matcher {
            var found = matcher.matches(in: text)
            if wholeText {
                let scalars = text.unicodeScalars
                let leading = scalars.prefix { $0.properties.isWhitespace }.count
                let trimmedLength =
                    scalars.count - leading - scalars.reversed().prefix { $0.properties.isWhitespace }.count
                found = found.filter { $0.offset == leading && $0.length == trimmedLength }
            }
            result += found.map { ($0.offset, $0.matchedText) }
        }
        for pattern in patterns {
            result += pattern.matches(in: text)
        }
        result.sort { ($0.offset, -$0.text.unicodeScalars.count) < ($1.offset, -$1.text.unicodeScalars.count) }
        var kept: [(offset: Int, text: String)] = []
        var nextFree = 0
        for match in result where match.offset >= nextFree {
            kept.append(match)
            nextFree = match.offset + max(1, match.text.unicodeScalars.count)
        }
        return kept
    }
}

/// A compiled regular expression; matching does not mutate it, so sharing it is safe.
private struct CompiledPattern: @unchecked Sendable {
    let expression: NSRegularExpression

    /// Matches with their offsets in Unicode scalars.
    func matches(in text: String) -> [(offset: Int, text: String)] {
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { result in
            guard let matched = Range(result.range, in: text) else { return nil }
            let offset = text.unicodeScalars.distance(from: text.startIndex, to: matched.lowerBound)
            return (offset, String(text[matched]))
        }
    }
}
