import Testing

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

    @Test func similarShapeTableLoads() {
        #expect(MarkRegistry.shapes.areSimilar(0x5FBD, 0x5FAE), "徽 and 微")
        #expect(!MarkRegistry.shapes.areSimilar(0x5FAE, 0x5FAE))
    }
}
