import Foundation
import TestSupport
import Testing
import TextMatching

@testable import ReviewKit

/// The reviewer searches every checklist at once (`ChecklistSet`: one automaton for all terms,
/// allow-contexts and the literals the regular expressions require). These tests hold it to the
/// findings each checklist gives alone.
@Suite struct ChecklistSetTests {
    static let checklists = (try? ChecklistRule.bundled()) ?? []
    static let shared = ChecklistSet(rules: checklists)

    /// Reports, for one checklist, what the shared set finds, after checking it against the
    /// checklist searched alone.
    struct SharedProbe: Rule {
        let rule: ChecklistRule
        var description: RuleDescription { rule.description }

        func check(_ submission: Submission) -> [Finding] {
            let shared = ChecklistSetTests.shared.findings(in: submission).filter { $0.rule == rule.id }
            let restricted = ChecklistSetTests.shared.findings(in: submission, only: [rule.id])
            #expect(Set(shared) == Set(rule.check(submission)), "\(rule.id): shared and alone differ")
            #expect(Set(shared) == Set(restricted), "\(rule.id): restricting the set changed the findings")
            return shared
        }
    }

    static let cases = ExampleCase.all.filter { example in checklists.contains { $0.id == example.ruleID } }

    @Test func theBundledChecklistsAreAllThere() {
        #expect(Self.checklists.count >= 25)
        #expect(Self.cases.count >= 100)
    }

    @Test(arguments: cases)
    func sharedSearchGivesEachChecklistsOwnFindings(_ example: ExampleCase) throws {
        let rule = try #require(Self.checklists.first { $0.id == example.ruleID })
        let outcome = try ExampleRunner.run(SharedProbe(rule: rule), example.example, mutation: example.mutation)
        if example.triggering {
            #expect(outcome.actual == outcome.expected, "findings: \(outcome.findings.map(\.message.en))")
        } else {
            #expect(outcome.actual.isEmpty, "unexpected findings: \(outcome.findings.map(\.message.en))")
        }
    }

    /// Every bundled expression has a prefilter: none of them runs on every text.
    @Test func everyBundledPatternRequiresLiterals() {
        for rule in Self.checklists {
            for pattern in rule.patterns {
                #expect(pattern.requiredLiteralSets != nil, "\(rule.id): \(pattern.pattern)")
            }
        }
    }

    /// Every match of every bundled expression in the examples contains one of its required
    /// literals, as normalised text: the prefilter never hides a match.
    @Test func everyMatchContainsARequiredLiteral() {
        var checked = 0
        for rule in Self.checklists {
            let texts = (rule.description.triggeringExamples + rule.description.nonTriggeringExamples).flatMap {
                Array($0.files.values) + [$0.name, $0.description].compactMap { $0 }
            }
            for pattern in rule.patterns {
                let literalSets = (pattern.requiredLiteralSets ?? []).map { $0.map { NormalizedText($0).string } }
                for text in texts {
                    let normalized = NormalizedText(MarkedText(text).text).string
                    for range in pattern.matches(in: normalized) {
                        let scalars = Array(normalized.unicodeScalars)[range]
                        var matched = String.UnicodeScalarView()
                        matched.append(contentsOf: scalars)
                        let found = String(matched)
                        for literals in literalSets {
                            #expect(
                                literals.contains { found.contains($0) }, "\(rule.id): \(found) has none of \(literals)"
                            )
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked >= 40)
    }
}
