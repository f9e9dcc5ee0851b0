import Checklists
import Foundation
import ReviewKit
import TestSupport
import Testing

@Suite struct RuleRegistryTests {
    @Test func checklistFilesOnDiskAreAllBundled() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.checklists.path)
            .filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }
            .sorted()
        let bundled = BundledChecklists.all.map(\.id)
        for id in onDisk where !bundled.contains(id) {
            Issue.record("Checklists/lists/\(id).json is not listed in Checklists/BundledChecklists.swift")
        }
        for id in bundled where !onDisk.contains(id) {
            Issue.record("BundledChecklists lists \(id), but Checklists/lists/\(id).json does not exist")
        }
        #expect(bundled == bundled.sorted(), "keep BundledChecklists.all sorted by id")
    }

    @Test func codeRuleFilesOnDiskAreAllRegistered() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.codeRules.path)
            .filter { $0.hasSuffix("Rule.swift") }
        #expect(
            files.count == RuleRegistry.codeRuleIDs.count,
            "Rules/Code has \(files.count) rule files but RuleRegistry.codeRules lists \(RuleRegistry.codeRuleIDs.count)"
        )
        #expect(
            RuleRegistry.codeRuleIDs == RuleRegistry.codeRuleIDs.sorted(), "keep RuleRegistry.codeRules sorted by id")
    }

    @Test func idsAreUniqueKebabCase() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let valid =
                !id.isEmpty && id.first!.isLetter
                && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                && !id.contains("--") && !id.hasSuffix("-")
            #expect(valid, "\(id) is not kebab-case")
        }
    }

    @Test func lookupByIDAndUnknownID() {
        #expect(RuleRegistry.rule(id: "induced-sharing")?.id == "induced-sharing")
        #expect(RuleRegistry.rule(id: "no-such-rule") == nil)
    }

    @Test func everyRuleHasTitlesRationaleAndHintInBothLanguages() {
        for rule in RuleRegistry.all.map(\.description) {
            for text in [rule.title, rule.rationale, rule.hint] {
                #expect(!text.zh.isEmpty && !text.en.isEmpty, "\(rule.id) lacks a translation")
            }
        }
    }
}
