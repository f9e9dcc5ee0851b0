import MiniProgramBundle

/// Text files that are not UTF-8: decoded and reviewed anyway, and reported, since the platform
/// expects UTF-8 source files.
struct TextEncodingRule: Rule {
    let description = RuleDescription(
        id: "non-utf8-text",
        family: .packaging,
        title: LocalizedText(zh: "文本文件不是 UTF-8 编码", en: "Text file not in UTF-8"),
        severity: .warning,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                小程序的 WXML、JS、JSON 等源文件应使用 UTF-8 编码，GBK/GB18030 或 UTF-16 文件在真机上会显示乱码或编译失败。\
                mpcheck 会识别并解码这些文件，照常检查其中的内容，同时报告编码；无法按任何支持的编码解码的文件不做文本检查。
                """,
            en: """
                WXML, JS, JSON and other source files should be UTF-8; GBK/GB18030 or UTF-16 files show garbled text \
                on devices or fail to compile. mpcheck detects and decodes them, reviews their content as usual and \
                reports the encoding; a file that decodes in no supported encoding is not scanned as text.
                """
        ),
        hint: LocalizedText(zh: "将文件另存为 UTF-8（无 BOM）。", en: "Save the file as UTF-8 (without a BOM)."),
        triggeringExamples: [
            RuleExample(
                files: ["↓pages/index/index.wxml": "<view>欢迎使用</view>"],
                encodings: ["pages/index/index.wxml": "GB18030"],
                mutations: false
            )
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["pages/index/index.wxml": "<view>欢迎使用</view>"])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.bundle.issues.compactMap { issue in
            switch issue.kind {
            case .nonUTF8Text:
                return finding(
                    LocalizedText(
                        zh: "文件使用 \(issue.detail) 编码而非 UTF-8（已解码并检查）",
                        en: "The file is \(issue.detail), not UTF-8 (decoded and reviewed)"
                    ),
                    evidence: issue.detail,
                    at: Location(file: issue.path)
                )
            case .undecodableText:
                return finding(
                    LocalizedText(
                        zh: "文件无法按 UTF-8、UTF-16 或 GB18030 解码，未检查其文字",
                        en: "The file decodes as neither UTF-8, UTF-16 nor GB18030; its text was not reviewed"
                    ),
                    evidence: issue.detail,
                    at: Location(file: issue.path)
                )
            default:
                return nil
            }
        }
    }
}
