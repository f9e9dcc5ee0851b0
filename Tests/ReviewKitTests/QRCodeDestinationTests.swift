import Testing

@testable import ReviewKit

@Suite struct QRCodeDestinationTests {
    static func kind(_ payload: String) -> String {
        switch QRCodeDestination(payload: payload) {
        case .contact(let kind): "contact: \(kind.en)"
        case .externalPage(let host): "external: \(host)"
        case .other: "other"
        }
    }

    @Test(arguments: [
        ("https://u.wechat.com/EMzJd2Vd3_9sXDhDg3gWpJs", "contact: a WeChat personal card"),
        ("HTTPS://U.WECHAT.COM/abc", "contact: a WeChat personal card"),
        ("http://weixin.qq.com/g/AwYAAJ2Xc0NnBdP6", "contact: a WeChat group"),
        ("weixin.qq.com/g/AwYAAJ2Xc0NnBdP6", "contact: a WeChat group"),
        ("http://weixin.qq.com/r/sEiTnzbE8", "contact: a WeChat personal or official account"),
        ("https://work.weixin.qq.com/u/vc1234abcd", "contact: a WeCom contact"),
        ("https://work.weixin.qq.com/gm/5f9a0c", "contact: a WeCom group"),
        ("https://qm.qq.com/cgi-bin/qm/qr?k=abc&jump_from=webapi", "contact: a QQ contact or group"),
        ("https://jq.qq.com/?_wv=1027&k=5Abc", "contact: a QQ group"),
        ("  https://qm.qq.com/q/5ZyQk3dEbe\n", "contact: a QQ contact or group"),
        ("https://shop.example.com/promo?from=mp", "external: shop.example.com"),
        ("http://user:pass@Example.COM:8080/a", "external: example.com"),
        ("https://v.qq.com/x/cover/abc.html", "external: v.qq.com"),
        ("https://weixin.qq.com.evil.example/g/abc", "external: weixin.qq.com.evil.example"),
        ("https://wxaurl.cn/bR7kQ2pXy1a", "other"),
        ("https://mp.weixin.qq.com/s/abcdef", "other"),
        ("https://weixin.qq.com/", "other"),
        ("https://work.weixin.qq.com/", "other"),
        ("https://www.wechat.com/en/", "other"),
        ("weixin://dl/business/?t=abc", "other"),
        ("会员卡号 1002 3456", "other"),
        ("shop.example.com/promo", "other"),
        ("https://", "other"),
        ("", "other"),
    ])
    func classifies(_ payload: String, _ expected: String) {
        #expect(Self.kind(payload) == expected)
    }

    @Test func longPayloadsAreQuotedShortAndOnOneLine() {
        let code = ImageQRCode(path: "a.png", payload: "line one\nline\ttwo " + String(repeating: "x", count: 300))
        #expect(code.quotedPayload.hasPrefix("line one line two x"))
        #expect(code.quotedPayload.count == ImageQRCode.quotedLength + 1)
        #expect(code.quotedPayload.hasSuffix("…"))
    }
}
