import MiniProgramBundle

/// Archive entries that were skipped because following them could reach outside the bundle:
/// `..` or absolute paths, symbolic and hard links, devices, FIFOs, encrypted entries.
struct UnsafeBundleEntryRule: Rule {
    static let kinds: Set<BundleIssueKind> = [.unsafePath, .symbolicLink, .hardLink, .specialFile, .encryptedEntry]

    let description = RuleDescription(
        id: "unsafe-bundle-entry",
        family: .packaging,
        title: LocalizedText(zh: "代码包含不安全的条目", en: "Unsafe entry in the bundle"),
        severity: .warning,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                代码包只应包含普通文件。带 .. 或绝对路径的条目、符号链接、硬链接、设备和管道文件、加密条目\
                可能指向包外，开发者工具上传时也不会包含它们。mpcheck 从不跟随或解出这些条目，跳过并逐一报告。
                """,
            en: """
                A code package should hold plain files only. Entries with .. or absolute paths, symbolic and hard \
                links, devices, FIFOs and encrypted entries can point outside the package, and the developer tools \
                do not upload them. mpcheck never follows or unpacks them: each is skipped and reported.
                """
        ),
        hint: LocalizedText(
            zh: "从代码包中删除该条目，改为普通文件。",
            en: "Remove the entry from the bundle or replace it with a plain file."
        ),
        triggeringExamples: [
            RuleExample(links: ["↓pages/index/secret.js": "/etc/passwd"], mutations: false)
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "pages/index/index.js": "Page({})", "utils/link.js": "module.exports = '../../etc/passwd'",
            ])
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.bundle.issues.filter { Self.kinds.contains($0.kind) }.map { issue in
            let what: LocalizedText =
                switch issue.kind {
                case .unsafePath: LocalizedText(zh: "路径越出代码包", en: "a path that leaves the bundle")
                case .symbolicLink:
                    LocalizedText(zh: "符号链接（指向 \(issue.detail)）", en: "a symbolic link to \(issue.detail)")
                case .hardLink: LocalizedText(zh: "硬链接（指向 \(issue.detail)）", en: "a hard link to \(issue.detail)")
                case .specialFile: LocalizedText(zh: "特殊文件", en: "a special file")
                default: LocalizedText(zh: "加密条目", en: "an encrypted entry")
                }
            return finding(
                LocalizedText(zh: "已跳过\(what.zh)：\(issue.path)", en: "Skipped \(what.en): \(issue.path)"),
                evidence: issue.path,
                at: Location(file: issue.path)
            )
        }
    }
}
