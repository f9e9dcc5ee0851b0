import MiniProgramBundle

/// The submitted icon is missing, not a PNG, JPEG, GIF or BMP image, or over 2 MB
/// (运营规范 2.2; the icon upload form).
struct IconFormatRule: Rule {
    static let acceptedFormats: [ImageInfo.Format] = [.png, .jpeg, .gif, .bmp]
    static let maximumBytes = 2 * 1024 * 1024

    let description = RuleDescription(
        id: "icon-format",
        family: .icon,
        title: LocalizedText(zh: "图标文件不可用", en: "Icon file unusable"),
        severity: .reject,
        citation: Citations.iconClear,
        rationale: LocalizedText(
            zh: """
                运营规范 2.2 要求 icon 清晰；提交表单（及开放平台“修改头像”接口）只接受 BMP、JPEG、JPG、GIF、PNG 格式、\
                不超过 2M 的图片。本规则读取 submission.json 或 --icon 给出的图标文件：文件不在代码包中、按文件头判断不是这几种格式\
                （例如改了扩展名的 WebP 或文本文件）、或大于 2M 时报告。未提供图标时不检查。
                """,
            en: """
                Clause 2.2 requires a clear icon; the submission form (and the open platform's icon API) accepts \
                only BMP, JPEG, JPG, GIF and PNG images of at most 2M. The rule reads the icon named in \
                submission.json or by --icon and reports it when the file is not in the package, when its header \
                bytes show none of those formats (e.g. a renamed WebP or a text file), or when it is larger than \
                2M. Without an icon nothing is checked.
                """
        ),
        hint: LocalizedText(
            zh: "提供不超过 2M 的 PNG、JPEG、GIF 或 BMP 图标，并在 submission.json 的 icon 中写对路径。",
            en: "Supply a PNG, JPEG, GIF or BMP icon of at most 2M and give its path as icon in submission.json."
        ),
        triggeringExamples: [
            RuleExample(icon: "↓images/logo.png"),
            RuleExample(icon: "↓images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.webp]),
            RuleExample(icon: "↓assets/icon.jpg", binaryFiles: ["assets/icon.jpg": ExampleImages.notAnImage]),
            RuleExample(
                icon: "↓images/logo.png",
                binaryFiles: ["images/logo.png": ExampleImages.png144x144],
                sizes: ["images/logo.png": 2 * 1024 * 1024 + 1]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(icon: "images/logo.png", binaryFiles: ["images/logo.png": ExampleImages.png144x144]),
            RuleExample(icon: "images/logo.jpg", binaryFiles: ["images/logo.jpg": ExampleImages.jpeg144x144]),
            RuleExample(icon: "logo.gif", binaryFiles: ["logo.gif": ExampleImages.gif144x144]),
            RuleExample(icon: "images/logo.bmp", binaryFiles: ["images/logo.bmp": ExampleImages.bmp144x144]),
            RuleExample(binaryFiles: ["images/logo.png": ExampleImages.webp]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard let icon = submission.metadata.icon, !icon.isEmpty else { return [] }
        guard let file = Self.iconFile(icon, in: submission.bundle) else {
            return [
                report(
                    LocalizedText(
                        zh: "图标 \(icon) 不在代码包中", en: "The icon \(icon) is not in the package"),
                    evidence: icon)
            ]
        }
        var problems: [LocalizedText] = []
        let info = ImageInfo.read(file.bytes)
        if let info, !Self.acceptedFormats.contains(info.format) {
            problems.append(
                LocalizedText(
                    zh: "是 \(info.format.rawValue.uppercased()) 格式，只接受 PNG、JPEG、GIF、BMP",
                    en: "is \(info.format.rawValue.uppercased()); only PNG, JPEG, GIF and BMP are accepted"))
        } else if info == nil {
            problems.append(
                LocalizedText(
                    zh: "不是 PNG、JPEG、GIF 或 BMP 图片", en: "is not a PNG, JPEG, GIF or BMP image"))
        }
        if file.bytes.count > Self.maximumBytes {
            problems.append(
                LocalizedText(
                    zh: "大小 \(file.bytes.count) 字节，超过 2M", en: "is \(file.bytes.count) bytes, over 2M"))
        }
        guard !problems.isEmpty else { return [] }
        return [
            report(
                LocalizedText(
                    zh: "图标 \(icon) " + problems.map(\.zh).joined(separator: "，"),
                    en: "The icon \(icon) " + problems.map(\.en).joined(separator: " and ")
                ),
                evidence: icon
            )
        ]
    }

    private func report(_ message: LocalizedText, evidence: String) -> Finding {
        finding(message, evidence: evidence, at: .field(.icon))
    }

    /// The icon file: its path is relative to the project root; one relative to the app root is
    /// accepted too.
    static func iconFile(_ icon: String, in bundle: MiniProgramBundle) -> BundleFile? {
        guard AssetPath.isStaticLocal(icon) else { return nil }
        let path = joinPath("", icon)
        return bundle.file(at: path) ?? bundle.file(at: joinPath(bundle.appRoot, path))
    }
}
