/// An image in the bundle holds a QR code that opens a WeChat, WeCom or QQ account or group
/// (即梦 33, malicious diversion).
struct QRCodeContactRule: ImageQRCodeRule {
    let description = RuleDescription(
        id: "qr-code-contact",
        family: .diversion,
        title: LocalizedText(zh: "图片中有个人号或群的二维码", en: "QR code of a personal account or group in an image"),
        severity: .reject,
        citation: Citations.maliciousDiversion,
        rationale: LocalizedText(
            zh: """
                把用户引到个人微信、微信群、企业微信或 QQ 群，是审核中最常见的导流：即梦《社区自律公约》33（恶意导流）禁止以\
                第三方平台账号、二维码等导流，文字版的同类规则 contact-diversion、off-platform-links 也据此提示；运营规范 3.8 \
                还不允许未经授权展示其他公众号。文字只能猜，二维码却能解出确切的去处，因此本规则判为拒绝。它解码代码包里的 \
                PNG 和 JPEG 图片（zbar），二维码内容是微信个人名片（u.wechat.com）、微信群（weixin.qq.com/g/）、微信个人号\
                或公众号（weixin.qq.com/r/）、企业微信联系人或群（work.weixin.qq.com/u/、/ca/、/gm/）、QQ 名片或群\
                （qm.qq.com、jq.qq.com、wpa.qq.com）时报告。为保证速度，图片从小到大解码（二维码通常是单独的小图）：\
                单张超过 4 MB 或 4M 像素的图片不解码，一个代码包最多解码 200 张、合计 8M 像素，其余图片跳过，也不提示；\
                被忽略的目录（默认 node_modules、miniprogram_npm）不扫描。
                """,
            en: """
                Sending users to a personal WeChat, a WeChat group, WeCom or a QQ group is the most common diversion \
                reviewers meet: 即梦's convention, item 33 (malicious diversion), forbids diverting users with \
                third-party accounts and QR codes, the clause the text rules contact-diversion and off-platform-links \
                warn under; 运营规范 3.8 also forbids showing other official accounts without authorisation. Text can \
                only be guessed at, but a QR code decodes to its exact destination, so this rule rejects. It decodes \
                the bundle's PNG and JPEG images (zbar) and reports a QR code that opens a WeChat personal card \
                (u.wechat.com), a WeChat group (weixin.qq.com/g/), a WeChat personal or official account \
                (weixin.qq.com/r/), a WeCom contact or group (work.weixin.qq.com/u/, /ca/, /gm/) or a QQ contact or \
                group (qm.qq.com, jq.qq.com, wpa.qq.com). To stay fast it decodes the images smallest first (a QR code \
                is usually an image of its own): images over 4 MB or 4 megapixels are never decoded, and one bundle \
                decodes at most 200 images and 8 megapixels in all; the rest are skipped without a word. Ignored \
                folders (by default node_modules and miniprogram_npm) are not scanned.
                """
        ),
        hint: LocalizedText(
            zh: "删除个人号、群的二维码图片，用小程序内的客服（button open-type=\"contact\"）联系用户。",
            en:
                "Remove the QR code of the account or group; reach users through in-app customer service (button open-type=\"contact\")."
        ),
        triggeringExamples: [
            RuleExample(binaryFiles: ["↓images/kefu.png": ExampleImages.qrWeChatPersonal]),
            RuleExample(binaryFiles: ["↓static/group.png": ExampleImages.qrWeChatGroupTransparent]),
            RuleExample(binaryFiles: [
                "↓images/qq.png": ExampleImages.qrQQGroup, "images/shop.png": ExampleImages.qrExternalLink,
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(binaryFiles: ["images/card.png": ExampleImages.qrNeutralText]),
            RuleExample(binaryFiles: ["images/open.png": ExampleImages.qrMiniProgramLink]),
            RuleExample(binaryFiles: ["images/banner.jpg": ExampleImages.iconColoredJPEG]),
            RuleExample(binaryFiles: ["miniprogram_npm/share-kit/qr.png": ExampleImages.qrWeChatPersonal]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.images.qrCodes.compactMap { code in
            guard case .contact(let kind) = QRCodeDestination(payload: code.payload) else { return nil }
            return finding(
                LocalizedText(
                    zh: "图片 \(code.path) 中的二维码指向\(kind.zh)：\(code.quotedPayload)",
                    en: "The QR code in \(code.path) opens \(kind.en): \(code.quotedPayload)"
                ),
                evidence: code.quotedPayload,
                at: Location(file: code.path)
            )
        }
    }
}
