import Foundation
import TextMatching

/// A submitted 简介 that is empty, or says nothing but the name (运营规范 2.3).
struct DescriptionWithoutFunctionRule: Rule {
    let description = RuleDescription(
        id: "description-without-function",
        family: .basicInfo,
        title: LocalizedText(zh: "简介没有介绍功能", en: "Description names no function"),
        severity: .warning,
        citation: Citations.descriptionStatesFunctions,
        rationale: LocalizedText(
            zh: """
                运营规范 2.3 要求简介明确介绍小程序的功能。本规则在提交的简介（submission.json 或 --description）为空，\
                或去掉小程序名称、空白、标点、符号和数字后什么也不剩时给出警告，例如名称“随手记账本”、简介“随手记账本。”。\
                简介里只要还有名称之外的文字（哪怕很短），就交给人工判断，不触发。本规则不检查简介和名称的长度：\
                mpcheck 引用的官方文本中没有写明这两个上限。从 project.config.json 兜底得到的值未必是提交的内容，不检查。
                """,
            en: """
                Clause 2.3 requires the description to state the mini-program's functions. The rule warns when the \
                submitted description (submission.json or --description) is empty, or has nothing left once the \
                name, whitespace, punctuation, symbols and digits are taken out, e.g. the name 随手记账本 with the \
                description 随手记账本。. Any other words, however few, are left to a human. The rule does not check \
                the length of the name or description: the official texts mpcheck cites do not state those limits. \
                Values that fell back to project.config.json may not be what is submitted and are not judged.
                """
        ),
        hint: LocalizedText(
            zh: "在简介中写出具体功能点，例如“记录每日开销，按月生成账单”。",
            en: "Name concrete functions in the description, e.g. \"record daily spending and build monthly bills\"."
        ),
        triggeringExamples: [
            // The multibyte prefix goes before both fields, so the finding's column would not follow the marker.
            RuleExample(name: "随手记账本", description: "↓随手记账本", mutations: false),
            RuleExample(name: "随手记账本", description: "↓ 隨手記賬本 2.0！", mutations: false),
            RuleExample(name: "Bike Map", description: "↓bike map", mutations: false),
            RuleExample(name: "随手记账本", description: "↓", mutations: false),
        ],
        nonTriggeringExamples: [
            RuleExample(name: "随手记账本", description: "随手记账本，记录每天的收入和支出"),
            RuleExample(name: "随手记账本", description: "记账"),
            RuleExample(name: "共享单车地图", description: "查看附近的共享单车"),
            RuleExample(
                files: ["project.config.json": #"{"projectname": "bike-map", "description": ""}"#]
            ),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        let metadata = submission.metadata
        guard metadata.descriptionSource == .submissionFile || metadata.descriptionSource == .commandLine,
            let text = metadata.description
        else { return [] }
        var rest = NormalizedText(text).string
        if let name = metadata.name {
            let normalizedName = Self.meaningful(NormalizedText(name).string)
            if !normalizedName.isEmpty {
                rest = Self.meaningful(rest).replacingOccurrences(of: normalizedName, with: "")
            }
        }
        guard Self.meaningful(rest).isEmpty else { return [] }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let message =
            trimmed.isEmpty
            ? LocalizedText(zh: "简介为空，没有介绍任何功能", en: "The description is empty and names no function")
            : LocalizedText(
                zh: "简介「\(trimmed)」只是名称，没有介绍任何功能",
                en: "The description \"\(trimmed)\" only repeats the name and names no function"
            )
        return [finding(message, evidence: trimmed, at: .field(.description, column: 1))]
    }

    /// The letters of a normalised text: whitespace, punctuation, symbols and digits removed.
    static func meaningful(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(
            contentsOf: text.unicodeScalars.filter { scalar in
                let category = scalar.properties.generalCategory
                switch category {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                    return true
                default:
                    return false
                }
            })
        return String(scalars)
    }
}
