import ReviewKit
import TestSupport
import Testing

/// One run of one example of one rule, as a test case of its own.
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let ruleID: String
    let triggering: Bool
    let number: Int
    let example: RuleExample
    let mutation: ExampleRunner.Mutation

    var testDescription: String {
        "\(ruleID) \(triggering ? "triggering" : "non-triggering") #\(number) (\(mutation))"
    }

    static let all: [ExampleCase] = RuleRegistry.all.flatMap { rule in
        let description = rule.description
        let triggering = description.triggeringExamples.enumerated().map { (true, $0.offset + 1, $0.element) }
        let quiet = description.nonTriggeringExamples.enumerated().map { (false, $0.offset + 1, $0.element) }
        return (triggering + quiet).flatMap { triggers, number, example in
            ExampleRunner.Mutation.allCases.filter { ExampleRunner.applies($0, to: example) }.map { mutation in
                ExampleCase(
                    ruleID: description.id, triggering: triggers, number: number, example: example, mutation: mutation)
            }
        }
    }
}

@Suite struct RuleExampleTests {
    /// Every example of every rule: triggering ones produce exactly their marked findings,
    /// non-triggering ones none, also with a multi-byte prefix and wrapped in comments.
    @Test(arguments: ExampleCase.all)
    func exampleProducesExactlyItsMarkedFindings(_ example: ExampleCase) throws {
        let rule = try #require(RuleRegistry.rule(id: example.ruleID))
        let outcome = try ExampleRunner.run(rule, example.example, mutation: example.mutation)
        if example.triggering {
            if example.mutation == .none {
                #expect(!outcome.expected.isEmpty, "a triggering example must mark where its finding lands")
            }
            #expect(outcome.actual == outcome.expected, "findings: \(outcome.findings.map(\.message.en))")
        } else {
            #expect(outcome.actual.isEmpty, "unexpected findings: \(outcome.findings.map(\.message.en))")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in RuleRegistry.all {
            #expect(!rule.description.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test func triggeringFindingsCarryTheRuleIdentity() throws {
        for rule in RuleRegistry.all {
            let example = try #require(rule.description.triggeringExamples.first)
            let outcome = try ExampleRunner.run(rule, example, mutation: .none)
            for finding in outcome.findings {
                #expect(finding.rule == rule.id)
                #expect(finding.severity == rule.description.severity)
                #expect(finding.citation == rule.description.citation)
                #expect(!finding.message.zh.isEmpty && !finding.message.en.isEmpty)
            }
        }
    }
}
