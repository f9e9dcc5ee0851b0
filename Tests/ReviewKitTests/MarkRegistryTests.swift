import Checklists
import MiniProgramBundle
import Testing
import TextMatching

@testable import ReviewKit

@Suite struct MarkRegistryTests {
    @Test func registryLoadsWithEveryMarkTheRulesName() {
        let marks = Set(MarkRegistry.marks.map(\.mark))
        for mark in ["微信", "腾讯", "WeChat", "Weixin", "Tencent", "QQ"] {
            #expect(marks.contains(mark), "\(mark) is not registered")
        }
        for mark in ["中国邮政", "中国电信", "中国移动", "中国联通", "中国网通", "中国铁通"] {
            #expect(marks.contains(mark), "\(mark) is not registered")
        }
        #expect(MarkRegistry.marks.allSatisfy { ["tencent", "third-party"].contains($0.group) })
    }

    @Test func similarShapeTableHoldsOnlySingleHanCharacters() {
        let table = String(decoding: BundledMarks.similarShapes, as: UTF8.self)
        for line in table.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let members = line.split(separator: " ")
            #expect(members.count >= 2, "a group needs two members: \(line)")
            #expect(Set(members).count == members.count, "repeated member: \(line)")
            for member in members {
                let scalars = NormalizedText(String(member)).scalars
                #expect(
                    scalars.count == 1 && (0x3400...0x3134F).contains(scalars[0]), "not one Han character: \(member)")
            }
        }
    }

    @Test func similarShapeTableLoads() {
        #expect(MarkRegistry.shapes.areSimilar(0x5FBD, 0x5FAE), "徽 and 微")
        #expect(!MarkRegistry.shapes.areSimilar(0x5FAE, 0x5FAE))
    }

    @Test func thirdPartyMessagesSayWhetherTheMarkIsUsedOrImitated() throws {
        let rule = try #require(RuleRegistry.rule(id: "third-party-mark-in-name"))
        func messages(_ name: String) -> [String] {
            let bundle = MiniProgramBundle(source: "t", textFiles: ["app.json": "{}"])
            return rule.check(SubmissionBuilder.build(bundle: bundle, overrides: MetadataOverrides(name: name)))
                .map(\.message.zh)
        }
        #expect(messages("中國移動营业厅") == ["「中國移動」使用了中国移动通信集团的标识「中国移动」"])
        #expect(messages("中国联统") == ["「中国联统」与中国联合网络通信集团的标识「中国联通」相近似：「统」与「通」同音（tong）"])
    }
}
