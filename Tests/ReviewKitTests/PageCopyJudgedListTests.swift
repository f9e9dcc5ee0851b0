import MiniProgramBundle
import Testing

@testable import ReviewKit

/// Judged lists of page copy for the rules that read it with sense: `platform-marks-in-copy`
/// (a Tencent mark naming the app's own service, not ordinary mentions of WeChat) and
/// `virtual-goods-payment` (virtual goods sold while only ordinary WeChat Pay is called).
@Suite struct PageCopyJudgedListTests {
    static let markNames = [
        "微信红包助手", "微信小助手", "微信助手帮你清理", "微信管家", "微信神器", "微信精灵", "腾讯小助手",
        "QQ助手", "qq管家", "WeChat助手", "Weixin助手", "Tencent官方福利", "微信官方抽奖", "微信官方活动", "微信官方红包",
        "腾讯官方补贴", "腾讯官方奖励", "微信官方礼包", "QQ官方赠送", "微信官方派送", "微信官方发放", "微信支付中心",
        "微信红包中心", "微信钱包中心", "微信福利中心", "QQ抽奖中心", "腾讯福利中心", "微·信红包助手", "微 信官方抽奖",
        "欢迎来到微信支付中心", "參加微信官方抽獎",
    ]

    static let ordinaryMarkUse = [
        "支持微信支付", "微信授权登录", "使用微信登录", "分享到微信", "分享给微信好友", "复制微信号", "添加客服微信",
        "使用微信扫一扫", "微信扫码点餐", "同步微信运动步数", "本活动非微信官方活动", "本抽奖不是微信官方抽奖",
        "本服务不属于腾讯官方活动", "前往微信安全中心冻结账号", "打开微信群发助手", "使用腾讯地图导航", "腾讯视频会员兑换码",
        "详见微信官方文档", "微信支付成功，请在订单中心查看", "微信红包封面", "微信小程序", "QQ音乐歌单", "QQ号登录",
        "通过企业微信联系我们", "微信支付分免押金", "WeChat Pay accepted", "Wechatty助手", "腾讯云提供存储服务",
        "微信公众号文章", "关注微信公众号", "微信支付助手通知",
    ]

    static let virtualGoods = [
        "开通VIP会员", "续费VIP", "升级SVIP", "购买年度VIP", "充值VIP", "会员免广告", "VIP畅看全部剧集",
        "会员专享课程", "开通会员即可观看全集", "开通会员后继续阅读", "题库VIP", "课程会员", "充值100金币", "充值 500 钻石",
        "金币充值", "书币充值", "购买 60 点券", "购买书币", "虚拟币充值", "付费解锁", "购买后解锁", "支付 9.9 元即可解锁",
        "解锁全集", "解锁下一集", "解锁后续章节", "付费阅读", "付费观看", "付费下载", "购买网课", "订阅专栏", "付费订阅",
        "打赏作者", "赠送虚拟礼物", "刷礼物",
    ]

    static let notVirtualGoods = [
        "开通会员卡，到店消费享 9 折", "熊猫纪念金币 30 克", "南非钻石戒指", "购买 VIP 门票", "VIP座位", "开通VIP通道",
        "VIP包厢预订", "线下瑜伽课程 10 节", "会员积分抵扣", "会员专享价", "余额充值", "话费充值", "充值中心", "扫码解锁",
        "指纹解锁功能", "订阅消息提醒", "每日签到领金币", "购买课程表模板", "钻石会员享免运费", "会员日全场 8 折", "购买钻石",
        "购买金币", "游戏厅代币", "付费停车", "付费会员", "课程预约",
    ]

    private func findings(_ ruleID: String, text: String, script: String = "") throws -> [Finding] {
        let rule = try #require(RuleRegistry.rule(id: ruleID))
        let bundle = MiniProgramBundle(
            source: "t",
            textFiles: [
                "app.json": #"{"pages": ["pages/index/index"]}"#,
                "pages/index/index.wxml": "<view>\(text)</view>",
                "pages/index/index.js": script,
            ])
        return rule.check(SubmissionBuilder.build(bundle: bundle, overrides: MetadataOverrides()))
    }

    @Test func listsAreDisjoint() {
        #expect(Set(Self.markNames).isDisjoint(with: Self.ordinaryMarkUse))
        #expect(Set(Self.virtualGoods).isDisjoint(with: Self.notVirtualGoods))
    }

    @Test(arguments: markNames)
    func markNamingOwnServiceIsReported(_ text: String) throws {
        let found = try findings("platform-marks-in-copy", text: text)
        #expect(found.count == 1, "\(text): \(found.map(\.evidence))")
    }

    @Test(arguments: ordinaryMarkUse)
    func ordinaryMarkUseIsLeftAlone(_ text: String) throws {
        let found = try findings("platform-marks-in-copy", text: text)
        #expect(found.isEmpty, "\(text): \(found.map(\.evidence))")
    }

    static let wechatPay = "Page({ pay() { wx.requestPayment({}) } })"

    @Test(arguments: virtualGoods)
    func virtualGoodsWithWeChatPayAreReported(_ text: String) throws {
        let found = try findings("virtual-goods-payment", text: text, script: Self.wechatPay)
        #expect(found.count == 1, "\(text): \(found.map(\.evidence))")
        #expect(try findings("virtual-goods-payment", text: text).isEmpty, "\(text) without any payment call")
        let virtual = "Page({ buy() { wx.requestVirtualPayment({}) }, pay() { wx.requestPayment({}) } })"
        #expect(
            try findings("virtual-goods-payment", text: text, script: virtual).isEmpty, "\(text) with virtual payment")
    }

    @Test(arguments: notVirtualGoods)
    func physicalGoodsWithWeChatPayAreLeftAlone(_ text: String) throws {
        let found = try findings("virtual-goods-payment", text: text, script: Self.wechatPay)
        #expect(found.isEmpty, "\(text): \(found.map(\.evidence))")
    }

    @Test func messageNamesThePaymentCall() throws {
        let found = try findings("virtual-goods-payment", text: "😀开通VIP会员", script: Self.wechatPay)
        #expect(found.map(\.evidence) == ["开通VIP会员"])
        #expect(found.map(\.location) == [.file("pages/index/index.wxml", line: 1, column: 8)])
        #expect(found.first?.message.zh.contains("wx.requestPayment") == true)
    }
}
