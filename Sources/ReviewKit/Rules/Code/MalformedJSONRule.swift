/// JSON files (app.json, page and component configuration, project.config.json, submission.json)
/// that are not valid JSON: the mini-program cannot be compiled or opened.
struct MalformedJSONRule: Rule {
    let description = RuleDescription(
        id: "malformed-json",
        family: .completeness,
        title: LocalizedText(zh: "JSON 配置文件格式错误", en: "Malformed JSON configuration"),
        severity: .reject,
        citation: Citations.completeProduct,
        rationale: LocalizedText(
            zh: """
                app.json、页面和组件的 .json、project.config.json 必须是合法 JSON，否则无法编译、无法打开，\
                不符合 9.1“可以打开、可以运行”。本规则报告语法错误的位置；不在代码包中的 node_modules 不检查。
                """,
            en: """
                app.json, page and component .json files and project.config.json must be valid JSON, or the \
                mini-program cannot be compiled or opened, which breaks 9.1 (it must open and run). The rule reports \
                where the syntax error is; node_modules, which is not uploaded, is not checked.
                """
        ),
        hint: LocalizedText(zh: "修正该处 JSON 语法（引号、逗号、括号）。", en: "Fix the JSON syntax there (quotes, commas, brackets)."),
        triggeringExamples: [
            RuleExample(files: ["pages/index/index.json": "{\n  \"navigationBarTitleText\": \"首页\",\n↓}"]),
            RuleExample(files: ["app.json": "{\"pages\": [\"pages/index/index\"↓"]),
        ],
        nonTriggeringExamples: [
            RuleExample(files: ["pages/index/index.json": "{\n  \"navigationBarTitleText\": \"首页\"\n}"])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.jsonErrors.map { path, error in
            finding(
                LocalizedText(zh: "JSON 语法错误：\(error.message)", en: "JSON syntax error: \(error.message)"),
                evidence: error.message,
                at: .file(path, line: error.line, column: error.column)
            )
        }
    }
}
