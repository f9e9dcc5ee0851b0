/// A compiled package (.wxapkg) was reviewed: says so, and which rules could not run on compiled content.
///
/// The reviewer skips the rules `CompiledPackageSupport` cannot vouch for; this note keeps the report
/// honest about what a pass on a compiled package does not cover.
struct CompiledPackageRule: Rule {
    static let id = "compiled-package"

    let description = RuleDescription(
        id: CompiledPackageRule.id,
        family: .packaging,
        title: LocalizedText(zh: "编译后的代码包，部分规则未检查", en: "Compiled package: some rules did not run"),
        severity: .info,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                .wxapkg 是编译后的代码包：WXML 和 WXSS 已编译成 JavaScript，各页面的 json 合并进 app-config.json。\
                mpcheck 只读取其中的文件，从不执行其代码；清单规则检查 app-config.json，脚本和文字规则检查编译后的 \
                JavaScript 和 HTML。依赖 WXML 结构等源代码的规则无法检查，本提示列出这些规则；需要完整审核时请提交项目源代码。
                """,
            en: """
                A .wxapkg is a compiled package: WXML and WXSS are compiled into JavaScript and every page's json is \
                merged into app-config.json. mpcheck reads its files and never runs its code; manifest rules check \
                app-config.json, script and text rules the compiled JavaScript and HTML. Rules that need the sources, \
                such as the WXML structure, cannot run; this note lists them. Submit the project's sources for a full \
                review.
                """
        ),
        hint: LocalizedText(
            zh: "如需检查全部规则，请提交项目文件夹或其压缩包。",
            en: "To run every rule, review the project folder or an archive of it."
        ),
        triggeringExamples: [
            RuleExample(
                files: [
                    "↓app-config.json": #"{"pages": ["pages/index/index"], "global": {"window": {}}}"#,
                    "app-service.js": #"define("pages/index/index.js", function () { Page({}) });"#,
                ],
                mutations: false
            )
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["pages/index/index.js": "Page({})"])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        guard submission.bundle.isCompiledPackage else { return [] }
        let notRun = CompiledPackageSupport.rulesNotRun(on: submission)
        let list = notRun.isEmpty ? "-" : notRun.joined(separator: ", ")
        let hasManifest = submission.bundle.file(at: SubmissionBuilder.compiledManifestPath) != nil
        var message = LocalizedText(
            zh: "这是编译后的代码包（.wxapkg），\(notRun.count) 条规则无法在编译后的内容上检查：\(list)",
            en: "This is a compiled package (.wxapkg); \(notRun.count) rules cannot run on compiled content: \(list)"
        )
        if !hasManifest {
            message.zh += "（包中没有 app-config.json，可能是分包）"
            message.en += " (the package has no app-config.json; it may be a sub-package)"
        }
        return [
            finding(
                message,
                evidence: list,
                at: hasManifest ? Location(file: SubmissionBuilder.compiledManifestPath) : Location()
            )
        ]
    }
}
