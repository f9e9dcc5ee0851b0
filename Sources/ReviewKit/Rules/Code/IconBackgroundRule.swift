import ImageDecoding

/// The submitted icon has no coloured background: transparent or near-white wherever its edge
/// shows (运营规范 13.4).
struct IconBackgroundRule: Rule {
    /// Alpha below which a sample counts as transparent.
    static let transparentAlpha: UInt8 = 64
    /// Lowest red, green and blue of a near-white sample.
    static let nearWhite: UInt8 = 235

    /// What the samples at the edge of the icon show.
    enum Background: Equatable {
        case transparent
        case white
    }

    let description = RuleDescription(
        id: "icon-background",
        family: .icon,
        title: LocalizedText(zh: "图标背景透明或为白色", en: "Icon background transparent or white"),
        severity: .warning,
        citation: Citations.iconColouredBackground,
        rationale: LocalizedText(
            zh: """
                运营规范 13.4 建议 icon 使用有色背景。图标在微信中按圆形显示在白色或深色界面上，白色或透明的背景会让\
                图标的边缘消失；平台《常见拒绝情形》3.6.5 写明白色背景须加有色边框（那里透明背景可以接受，这里按 13.4 \
                的建议同样提示）。本规则解码图标（PNG 或 JPEG，最大 4096×4096），在四个角附近和四条边的中点由外向内分三层\
                取样（离边 1 像素、边长的 1/64 和 1/32）：全部透明（alpha < 64），或全部接近白色（RGB 各分量 ≥ 235，\
                可夹杂透明点）时提示。角上透明、边上有色的圆角或圆形图标，和带有色边框的白底图标不触发。13.4 只是建议，\
                因此是警告；无法解码的图标留给 icon-format。
                """,
            en: """
                Clause 13.4 recommends a coloured background for the icon. WeChat shows the icon as a circle on \
                white or dark screens, where a white or transparent background makes its edge disappear; the \
                platform's list of common rejections (3.6.5) requires a coloured border around a white background \
                (it accepts a transparent one, which this rule still notes, after 13.4). The rule decodes the icon \
                (PNG or JPEG, up to 4096×4096) and samples points near each corner and at the middle of each side, \
                at three depths (1 pixel, 1/64 and 1/32 of the side): it warns when all are transparent (alpha \
                below 64), or all near-white (red, green and blue at least 235; transparent points may be among \
                them). A rounded or round coloured icon (transparent corners, coloured sides) and a white icon with \
                a coloured border do not fire. 13.4 is a recommendation, hence a warning; an icon that does not \
                decode is left to icon-format.
                """
        ),
        hint: LocalizedText(
            zh: "给图标铺满有色背景；坚持白色背景时加一圈有色边框。",
            en: "Give the icon a full coloured background; if it stays white, add a coloured border."
        ),
        triggeringExamples: [
            RuleExample(
                icon: "↓images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.iconTransparentBackground]),
            RuleExample(icon: "↓images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.iconWhiteBackground]),
        ],
        nonTriggeringExamples: [
            RuleExample(icon: "images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.png144x144]),
            RuleExample(icon: "images/logo.jpg", binaryFiles: ["images/logo.jpg": ExampleImages.iconColoredJPEG]),
            RuleExample(icon: "images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.iconRoundedSquare]),
            RuleExample(icon: "images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.iconWhiteWithBorder]),
            RuleExample(icon: "images/logo.jpg", binaryFiles: ["images/logo.jpg": ExampleImages.jpeg144x144]),
            RuleExample(binaryFiles: ["images/logo.png": ExampleImages.iconWhiteBackground]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let icon = submission.metadata.icon, let file = IconFormatRule.iconFile(icon, in: submission.bundle),
            let image = try? ImageDecoder.decode(file.bytes), let background = Self.background(of: image)
        else { return [] }
        let message =
            switch background {
            case .transparent:
                LocalizedText(
                    zh: "图标 \(icon) 的背景是透明的：四角和四边的取样点全部透明",
                    en: "The icon \(icon) has a transparent background: every sample at its corners and sides is clear"
                )
            case .white:
                LocalizedText(
                    zh: "图标 \(icon) 的背景接近白色且没有有色边框：四角和四边的取样点全部是白色或透明",
                    en: """
                        The icon \(icon) has a near-white background without a coloured border: every sample at its \
                        corners and sides is white or clear
                        """
                )
            }
        return [finding(message, evidence: icon, at: .field(.icon))]
    }

    /// The background the edge samples show, or nil when any of them is coloured (or the image is
    /// too small to sample). Samples lie at three depths from the edge (1 pixel, 1/64 and 1/32 of
    /// the side), so a thin border is met: three near each corner and one at the middle of each
    /// side, where the round crop WeChat applies still shows the edge.
    static func background(of image: DecodedImage) -> Background? {
        let width = image.width
        let height = image.height
        let side = min(width, height)
        guard side >= 8 else { return nil }
        let right = width - 1
        let bottom = height - 1
        var points: [(x: Int, y: Int)] = []
        for depth in Set([1, max(1, side / 64), max(1, side / 32)]).sorted() {
            for (x, y) in [(depth, depth), (2 * depth, depth), (depth, 2 * depth)] {
                points += [(x, y), (right - x, y), (x, bottom - y), (right - x, bottom - y)]
            }
            points += [
                (width / 2, depth), (width / 2, bottom - depth), (depth, height / 2), (right - depth, height / 2),
            ]
        }
        var allTransparent = true
        for point in points {
            let pixel = image[point.x, point.y]
            if pixel.alpha < transparentAlpha { continue }
            allTransparent = false
            guard min(pixel.red, pixel.green, pixel.blue) >= nearWhite else { return nil }
        }
        return allTransparent ? .transparent : .white
    }
}
