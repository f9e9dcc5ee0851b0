import MiniProgramBundle
import Testing

@testable import ReviewKit

/// Two judged lists of submitted names: imitations of Tencent marks that
/// `platform-mark-lookalike` must report, and legitimate names it must leave alone.
@Suite struct MarkLookalikeListTests {
    static let lookalikes = [
        "薇信小助手", "徽信工具箱", "腾迅新闻", "騰迅资讯", "藤讯游戏", "滕讯视频", "腾汛天气", "腾训课堂", "维信红包",
        "微芯头像", "微鑫商城", "微欣助手", "微馨相册", "V信客服", "v信加好友", "vx号查询", "wx号生成器", "加vx领取",
        "微xin头像", "wei信聊天记录", "teng讯新闻", "腾xun视频", "Tencet新闻", "tencnet助手", "Tecent游戏", "Tencemt",
        "wecha工具", "wechta助手", "wechar助手", "weichat", "wechat1", "W\u{0435}Ch\u{0430}t", "W\u{0435}ixin",
        "weixim", "weixn助手", "T\u{0435}ncent", "扣扣空间", "鹅厂招聘助手", "薇·信助手", "徽 信 工具", "ＶＸ客服",
        "Ｔｅｎｃｅｔ", "威x群", "薇x群", "腾巡新闻", "疼讯视频", "誊讯", "尾信助手", "伟信商城", "卫信助手", "微新商城",
        "we\u{0441}hat", "微\u{200B}芯好友",
    ]

    static let legitimate = [
        "微课堂", "短信模板大全", "腾云成语接龙", "信号测速工具", "定位信息查询", "微心愿墙", "微新闻速递", "微芯片知识",
        "威信评价", "维新变法历史", "唯心主义哲学", "微博热搜榜", "微商城", "微社区", "微相册", "微名片", "微官网",
        "微调查", "微投票", "微型计算器", "微小说", "微距摄影", "书信模板", "信用查询", "诚信商城", "短信验证码",
        "来信回复", "腾飞教育", "奔腾迅猛的河流", "飞腾迅速", "讯飞输入法", "资讯速递", "通讯录备份", "Webchat Notes",
        "Wealth Tracker", "Watchman", "we chat often", "Chat helper", "Weather", "Ten cents", "decent recipes",
        "Tenant helper", "Weixiao", "QA助手", "Q版头像", "信阳旅游", "微波炉食谱", "微积分学习", "维修服务", "威海旅游",
        "卫星地图", "为信仰而读", "每位信徒", "伪信息鉴别", "未信任设备", "安徽信息港", "TV信号检测",
    ]

    private func findings(name: String) throws -> [Finding] {
        let rule = try #require(RuleRegistry.rule(id: "platform-mark-lookalike"))
        let bundle = MiniProgramBundle(source: "t", textFiles: ["app.json": #"{"pages": []}"#])
        return rule.check(SubmissionBuilder.build(bundle: bundle, overrides: MetadataOverrides(name: name)))
    }

    @Test func listsAreLargeEnough() {
        #expect(Self.lookalikes.count >= 50)
        #expect(Self.legitimate.count >= 50)
        #expect(Set(Self.lookalikes).isDisjoint(with: Self.legitimate))
    }

    @Test(arguments: lookalikes)
    func lookalikeIsReported(_ name: String) throws {
        let found = try findings(name: name)
        #expect(found.count == 1, "\(name): \(found.map(\.message.en))")
        #expect(found.allSatisfy { !$0.message.zh.isEmpty && $0.message.en.contains(":") })
    }

    @Test(arguments: legitimate)
    func legitimateNameIsLeftAlone(_ name: String) throws {
        let found = try findings(name: name)
        #expect(found.isEmpty, "\(name): \(found.map(\.message.en))")
    }

    @Test func messagesExplainWhy() throws {
        #expect(
            try findings(name: "薇信小助手").map(\.message.en) == [
                #""薇信" imitates the protected mark 微信: 薇 sounds like 微 (wei)"#
            ])
        #expect(try findings(name: "徽信工具箱").map(\.message.zh) == ["「徽信」与腾讯的标识「微信」相近似：「徽」与「微」形近"])
        #expect(
            try findings(name: "x Tencet").map(\.message.en) == [
                #""Tencet" imitates the protected mark Tencent: Tencet is one letter away from Tencent"#
            ])
        #expect(try findings(name: "加V信").map(\.evidence) == ["V信"])
        #expect(try findings(name: "😀薇·信").map(\.location) == [.field(.name, column: 2)])
    }
}
