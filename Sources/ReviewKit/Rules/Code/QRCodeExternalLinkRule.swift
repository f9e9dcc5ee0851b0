/// An image in the bundle holds a QR code that opens a web page outside WeChat (即梦 33,
/// malicious diversion).
struct QRCodeExternalLinkRule: ImageQRCodeRule {
    let description = RuleDescription(
        id: "qr-code-external-link",
        family: .diversion,
        title: LocalizedText(zh: "图片中有站外链接的二维码", en: "QR code of an outside link in an image"),
        severity: .warning,
        citation: Citations.maliciousDiversion,
        rationale: LocalizedText(
            zh: """
                即梦《社区自律公约》33（恶意导流）禁止用外部链接、二维码把用户导到第三方平台，与文字规则 off-platform-links \
                同一依据。本规则解码代码包里的 PNG 和 JPEG 图片（zbar，限制同 qr-code-contact），二维码内容是 http(s) 网址、\
                且不属于微信自身（weixin.qq.com、wechat.com 及其子域名、小程序链接 wxaurl.cn）时提示。网址也可能是开发者\
                配置的“扫普通链接二维码打开小程序”或无害的页面，因此只是警告；确认无误时，把网址写进 .mpcheck.json 的 \
                allowWords。个人号和群的二维码由 qr-code-contact 判定。
                """,
            en: """
                即梦's convention, item 33 (malicious diversion), forbids leading users to third-party platforms \
                with external links and QR codes; the text rule off-platform-links stands on the same clause. This \
                rule decodes the bundle's PNG and JPEG images (zbar, within the limits of qr-code-contact) and warns \
                when a QR code holds an http(s) address outside WeChat itself (weixin.qq.com, wechat.com and their \
                subdomains, and mini-program links on wxaurl.cn). The address may be the developer's own link \
                configured to open the mini-program, or a harmless page, hence a warning; once checked, add the \
                address to allowWords in .mpcheck.json. QR codes of accounts and groups are qr-code-contact's.
                """
        ),
        hint: LocalizedText(
            zh: "去掉指向站外网页的二维码，服务放在小程序内完成。",
            en: "Remove the QR code that leads to an outside web page; keep the service inside the mini-program."
        ),
        triggeringExamples: [
            RuleExample(binaryFiles: ["↓images/promo.png": ExampleImages.qrExternalLink]),
            RuleExample(binaryFiles: ["↓images/promo.jpg": ExampleImages.qrExternalLinkJPEG]),
        ],
        nonTriggeringExamples: [
            RuleExample(binaryFiles: ["images/open.png": ExampleImages.qrMiniProgramLink]),
            RuleExample(binaryFiles: ["images/card.png": ExampleImages.qrNeutralText]),
            RuleExample(binaryFiles: ["images/kefu.png": ExampleImages.qrWeChatPersonal]),
            RuleExample(binaryFiles: ["images/logo.png": ExampleImages.png144x144]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.images.qrCodes.compactMap { code in
            guard case .externalPage(let host) = QRCodeDestination(payload: code.payload) else { return nil }
            return finding(
                LocalizedText(
                    zh: "图片 \(code.path) 中的二维码指向站外网页 \(host)：\(code.quotedPayload)",
                    en: "The QR code in \(code.path) opens a web page on \(host): \(code.quotedPayload)"
                ),
                evidence: code.quotedPayload,
                at: Location(file: code.path)
            )
        }
    }
}
