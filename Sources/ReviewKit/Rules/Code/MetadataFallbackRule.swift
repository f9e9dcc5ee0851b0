/// The submitted name or 简介 was not supplied, so it was taken from project.config.json or is
/// missing; the reviewer sees the form, not the code, so the report says which value it judged.
struct MetadataFallbackRule: Rule {
    let description = RuleDescription(
        id: "submission-metadata-missing",
        family: .basicInfo,
        title: LocalizedText(zh: "未提供提交的名称或简介", en: "Submitted name or description not supplied"),
        severity: .info,
        citation: Citations.basicInfoRelated,
        rationale: LocalizedText(
            zh: """
                名称、简介和图标在提交表单中填写，不在代码里。没有 submission.json 和 --name/--description 时，\
                mpcheck 改用 project.config.json 的 projectname 和 description，它们未必是实际提交的内容；\
                两者都没有时，名称、简介相关的规则无法检查。本提示说明报告依据的是哪个值。
                """,
            en: """
                The name, description and icon are typed into the submission form, not the code. Without \
                submission.json or --name/--description, mpcheck falls back to projectname and description in \
                project.config.json, which may differ from what is submitted; with neither, the name and \
                description rules cannot run. This note says which value the report judged.
                """
        ),
        hint: LocalizedText(
            zh: "在项目根目录添加 submission.json（name、description、icon），或使用 --name、--description。",
            en: "Add submission.json (name, description, icon) at the project root, or pass --name and --description."
        ),
        triggeringExamples: [
            RuleExample(
                files: ["project.config.json": #"{"projectname": "↓bike-map", "description": "↓项目配置文件"}"#],
                mutations: false
            )
        ],
        nonTriggeringExamples: [
            RuleExample(
                name: "共享单车地图",
                description: "查看附近的共享单车",
                files: ["project.config.json": #"{"projectname": "bike-map"}"#]
            )
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let metadata = submission.metadata
        var findings: [Finding] = []
        let config = submission.bundle.text(at: "project.config.json").flatMap { try? JSONParser.parse($0).get() }
        for (field, key, value, source) in [
            (MetadataField.name, "projectname", metadata.name, metadata.nameSource),
            (MetadataField.description, "description", metadata.description, metadata.descriptionSource),
        ] {
            switch source {
            case .submissionFile, .commandLine:
                continue
            case .projectConfig:
                let element = config?[key]
                let location =
                    element.map {
                        Location(
                            file: "project.config.json", field: field.rawValue, line: $0.line, column: $0.column + 1)
                    }
                    ?? .field(field)
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "未提供提交的\(field.chinese)，改用 project.config.json 的 \(key)「\(value ?? "")」",
                            en:
                                "No submitted \(field.rawValue); using \(key) \"\(value ?? "")\" from project.config.json"
                        ),
                        evidence: value ?? "",
                        at: location
                    )
                )
            case .missing:
                findings.append(
                    finding(
                        LocalizedText(
                            zh: "未提供提交的\(field.chinese)，相关规则未检查",
                            en: "No submitted \(field.rawValue); the rules about it were not checked"
                        ),
                        evidence: "",
                        at: .field(field)
                    )
                )
            }
        }
        return findings
    }
}

extension MetadataField {
    /// The field's name on the submission form.
    var chinese: String {
        switch self {
        case .name: "名称"
        case .description: "简介"
        case .icon: "图标"
        case .category: "类目"
        }
    }
}
