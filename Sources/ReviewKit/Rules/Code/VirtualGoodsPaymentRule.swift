import TextMatching

/// Virtual goods offered for sale while the code pays through ordinary WeChat Pay and never calls
/// the virtual-payment API (运营规范现行版 14.6, 5.13).
struct VirtualGoodsPaymentRule: Rule {
    /// Ordinary payment APIs: they take money through WeChat Pay, not through 小程序虚拟支付.
    static let ordinaryPaymentAPIs: Set<String> = ["requestPayment", "requestOrderPayment", "requestPluginPayment"]
    /// The virtual-payment API; a project that calls it has integrated virtual payment.
    static let virtualPaymentAPIs: Set<String> = ["requestVirtualPayment"]

    /// Phrases that sell virtual goods, matched in the normalised text (lower case, simplified
    /// characters, half-width letters). Bare 会员, 金币, 钻石 or 课程 are left out: a shop's member
    /// card, a gold coin or an offline class are not virtual goods.
    static let patterns = [
        // Virtual currency bought with money.
        #"充值\s*\d*\s*(个|枚)?\s*(金币|钻石|点券|书币|星币|阅读币|虚拟币|游戏币|代币)"#,
        #"(金币|钻石|点券|书币|星币|阅读币|虚拟币|游戏币|代币)\s*充值"#,
        #"购买\s*\d*\s*(个|枚)?\s*(点券|书币|星币|阅读币|虚拟币|代币)"#,
        // VIP membership; a VIP ticket, seat, room or lane is not virtual.
        #"(开通|购买|升级|续费|充值)\s*(超级|年度|月度|包月|包年|连续包月)?\s*s?vip(?!\s*(会员卡|卡|票|门票|座|席|包厢|通道|室|区|专线))(会员)?"#,
        #"(会员|vip)\s*(免广告|去广告|畅看|畅听|畅读|畅玩|免费看|免费听|免费读|专享(课程|内容|视频|剧集|章节|资源))"#,
        #"开通会员\s*(即可|可|后|才能|才可)?\s*(观看|收听|阅读|畅看|畅听|畅读|解锁|免广告|去广告|看全集|看完整版?|继续观看|继续阅读)"#,
        #"(课程|题库|资料)\s*(vip|会员)"#,
        // Content unlocked by paying.
        #"(付费|购买|充值)\s*(即可|后|可|才能)?\s*解锁"#,
        #"支付\s*\d+(\.\d+)?\s*元\s*(即可|后|可|才能)?\s*解锁"#,
        #"解锁\s*(全集|全部剧集|剧集|本集|下一集|后续剧集|后续章节|全文|本章|章节|完整版|全部课程)"#,
        #"付费\s*(阅读|观看|收听|下载|专栏|章节|剧集|内容|视频|音频|功能)"#,
        #"(购买|解锁|开通|订阅)\s*(全套|全部|本|该)?\s*(在线课程|视频课程?|录播课程?|网课|音频课程?)"#,
        #"付费订阅|订阅专栏"#,
        // Tips and virtual gifts.
        #"打赏|虚拟礼物|刷礼物"#,
    ]
    static let matcher: TextPatterns = {
        do {
            return try TextPatterns(patterns: patterns)
        } catch {
            preconditionFailure("invalid virtual-goods pattern: \(error)")
        }
    }()

    let description = RuleDescription(
        id: "virtual-goods-payment",
        family: .payment,
        title: LocalizedText(
            zh: "虚拟商品未使用虚拟支付", en: "Virtual goods sold without virtual payment"),
        severity: .warning,
        citation: Citations.virtualGoodsPayment,
        rationale: LocalizedText(
            zh: """
                现行运营规范 14.6（及 5.13 虚拟支付行为）要求小程序内提供的虚拟商品（虚拟代币、解锁功能、订阅内容、付费功能、\
                打赏、虚拟礼物等）的购买和支付都接入小程序虚拟支付（wx.requestVirtualPayment）。本规则在代码只调用普通支付接口\
                （wx.requestPayment、wx.requestOrderPayment、wx.requestPluginPayment）、从不调用 wx.requestVirtualPayment，\
                而页面文字、标题或简介出售虚拟商品时，在每处文案上给出警告：充值金币、钻石、点券、书币等虚拟币，开通或续费 VIP，\
                “会员免广告”“开通会员即可观看”，付费或购买后解锁、解锁全集，付费阅读、付费观看，购买网课，打赏、虚拟礼物。\
                单独的“会员”“金币”“钻石”“课程”不算（门店会员卡、纪念金币、钻石饰品、线下课程是实物或线下服务），\
                “VIP 门票”“VIP 座位”也不算。已接入虚拟支付的项目不检查，因为无法静态判断每笔支付走哪个接口；\
                文案是否确指虚拟商品也需人工确认，所以是警告。
                """,
            en: """
                The current operation rules, 14.6 (and 5.13, virtual payment), require that virtual goods offered in \
                a mini-program (virtual currency, unlocked features, subscriptions, paid features, tips, virtual \
                gifts …) are bought and paid for through 小程序虚拟支付 (wx.requestVirtualPayment). The rule warns at \
                each piece of copy that sells virtual goods when the code calls only ordinary payment APIs \
                (wx.requestPayment, wx.requestOrderPayment, wx.requestPluginPayment) and never \
                wx.requestVirtualPayment: recharging coins, diamonds, 点券 or 书币, buying or renewing VIP, \
                \"members watch ad-free\", \"join to watch\", unlocking by paying, unlocking whole series, paid \
                reading or viewing, buying online courses, tips and virtual gifts. Bare 会员, 金币, 钻石 or 课程 do \
                not count (a shop's member card, a commemorative gold coin, diamond jewellery or an offline class \
                are physical goods or offline services), nor do VIP tickets or seats. A project that calls \
                wx.requestVirtualPayment is not judged, since static analysis cannot tell which payment goes \
                through which API; whether the copy really sells virtual goods needs a human eye, so this is a \
                warning.
                """
        ),
        hint: LocalizedText(
            zh: "虚拟商品改用小程序虚拟支付（wx.requestVirtualPayment）收款；实物或线下服务可继续使用微信支付。",
            en:
                "Sell virtual goods through virtual payment (wx.requestVirtualPayment); physical goods and offline services may keep WeChat Pay."
        ),
        triggeringExamples: [
            RuleExample(files: [
                "pages/vip/vip.wxml":
                    "<view>↓开通VIP会员</view>\n<view>↓会员免广告，畅看全部剧集</view>\n<button bindtap=\"buy\">立即开通</button>",
                "pages/vip/vip.js": "Page({ buy() { wx.requestPayment({ package: this.data.prepay }) } })",
            ]),
            RuleExample(files: [
                "pages/coins/coins.wxml": "<view class=\"tip\">↓充值 100 金币，送 10 金币</view>",
                "utils/pay.js": "export const pay = (order) => wx.requestPayment(order)",
            ]),
            RuleExample(
                files: [
                    "pages/index/index.json": "{\"navigationBarTitleText\": \"↓书币充值\"}",
                    "utils/pay.js": "export const pay = (order) => wx.requestPayment(order)",
                ],
                // Wrapping the script in a comment removes the payment call, so the title no longer counts.
                mutations: false
            ),
            RuleExample(files: [
                "pages/story/story.js":
                    "Page({\n  data: { tip: '↓付费解锁后续章节' },\n  unlock() { wx.requestPayment({}) },\n})"
            ]),
            RuleExample(files: [
                "pages/live/live.wxml": "<button bindtap=\"tip\">↓打赏主播</button>",
                "pages/live/live.js": "Page({ tip() { uni.requestPayment({ provider: 'wxpay' }) } })",
            ]),
        ],
        nonTriggeringExamples: [
            // Virtual payment integrated.
            RuleExample(files: [
                "pages/vip/vip.wxml": "<view>开通VIP会员，畅看全部剧集</view>",
                "pages/vip/vip.js":
                    "Page({ buy() { wx.requestVirtualPayment({ mode: 'short_series_goods' }) }, gift() { wx.requestPayment({}) } })",
            ]),
            // Virtual goods mentioned, but no payment at all.
            RuleExample(files: ["pages/index/index.wxml": "<view>每日签到领金币，金币可兑换点券</view>"]),
            // Physical goods and offline services paid with WeChat Pay.
            RuleExample(files: [
                "pages/shop/shop.wxml": """
                <view>开通会员卡，到店消费享 9 折</view>
                <view>熊猫纪念金币 30 克，购买送收藏证书</view>
                <view>南非钻石戒指，支持微信支付</view>
                <view>购买 VIP 门票可优先入场</view>
                <view>线下瑜伽课程 10 节，会员积分抵扣</view>
                """,
                "pages/shop/shop.js": "Page({ pay() { wx.requestPayment({}) } })",
            ]),
            RuleExample(files: [
                "pages/bike/bike.wxml": "<button bindtap=\"scan\">扫码解锁</button><view>余额充值</view>",
                "pages/bike/bike.js": "Page({ scan() { wx.scanCode({}) }, pay() { wx.requestPayment({}) } })",
            ]),
            RuleExample(files: [
                "pages/lock/lock.wxml": "<view>指纹解锁功能，话费充值，订阅消息提醒</view>",
                "pages/lock/lock.js": "Page({ pay() { wx.requestPayment({}) } })",
            ]),
        ]
    )

    func prepare() {
        _ = Self.matcher
    }

    func check(_ submission: Submission) -> [Finding] {
        guard CallSite.find(Self.virtualPaymentAPIs, in: submission).isEmpty else { return [] }
        let payments = CallSite.find(Self.ordinaryPaymentAPIs, in: submission)
        guard let payment = payments.first else { return [] }
        var findings: [Finding] = []
        for text in submission.texts {
            for match in Self.matcher.matches(in: text.normalized) {
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "文案「\(match.text)」出售虚拟商品，但代码用 \(payment.evidence) 收款，未接入虚拟支付",
                            en:
                                "The copy \"\(match.text)\" sells virtual goods, but the code takes payment with \(payment.evidence), not virtual payment"
                        ),
                        evidence: match.text,
                        at: text.location(atScalarOffset: match.offset)
                    )
                )
            }
        }
        return findings
    }
}
