/// The submitted icon is not square, or smaller than 144×144 pixels (运营规范 2.2).
struct IconShapeRule: Rule {
    /// The smallest side commonly required for the icon, in pixels.
    static let minimumSide = 144

    let description = RuleDescription(
        id: "icon-shape",
        family: .icon,
        title: LocalizedText(zh: "图标不是方形或尺寸过小", en: "Icon not square or too small"),
        severity: .warning,
        citation: Citations.iconClear,
        rationale: LocalizedText(
            zh: """
                小程序图标总是按正方形显示：非方形图片会被裁切，小图会被放大而模糊，可能因 2.2“icon 必须清晰”被拒绝。\
                本规则从文件头读取像素尺寸（PNG IHDR、JPEG SOF、GIF、BMP），宽高不等或边长小于 144 像素时提示。\
                144×144 是常见要求，官方未写明，因此只是警告。
                """,
            en: """
                The icon is always shown as a square: a non-square image is cropped and a small one is blown up and \
                blurred, which may be rejected under 2.2 (the icon must be clear). The rule reads the pixel size \
                from the header (PNG IHDR, JPEG SOF, GIF, BMP) and warns when width and height differ or a side is \
                below 144 pixels. 144×144 is a common requirement the official docs do not state, hence a warning.
                """
        ),
        hint: LocalizedText(
            zh: "提供边长至少 144 像素的正方形图标（建议更大，如 512×512）。",
            en: "Supply a square icon at least 144 pixels a side (larger is better, e.g. 512×512)."
        ),
        triggeringExamples: [
            RuleExample(icon: "↓images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.png240x160]),
            RuleExample(icon: "↓images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.png96x96]),
            RuleExample(icon: "↓images/shop.jpg", binaryFiles: ["images/shop.jpg": ExampleImages.jpeg1024x768]),
        ],
        nonTriggeringExamples: [
            RuleExample(icon: "images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.png144x144]),
            RuleExample(icon: "images/logo.jpg", binaryFiles: ["images/logo.jpg": ExampleImages.jpeg144x144]),
            RuleExample(icon: "images/logo.bmp", binaryFiles: ["images/logo.bmp": ExampleImages.bmp144x144]),
            RuleExample(icon: "images/missing.png"),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let icon = submission.metadata.icon, let file = IconFormatRule.iconFile(icon, in: submission.bundle),
            let info = ImageInfo.read(file.bytes), let width = info.width, let height = info.height
        else { return [] }
        var problems: [LocalizedText] = []
        if width != height {
            problems.append(LocalizedText(zh: "不是正方形", en: "is not square"))
        }
        if min(width, height) < Self.minimumSide {
            problems.append(LocalizedText(zh: "边长小于 144 像素", en: "has a side under 144 pixels"))
        }
        guard !problems.isEmpty else { return [] }
        let size = "\(width)×\(height)"
        return [
            finding(
                LocalizedText(
                    zh: "图标 \(icon) 为 \(size)，" + problems.map(\.zh).joined(separator: "，"),
                    en: "The icon \(icon) is \(size) and " + problems.map(\.en).joined(separator: " and ")
                ),
                evidence: size,
                at: .field(.icon)
            )
        ]
    }
}
