/// Archives inside the bundle: reported, never unpacked.
struct NestedArchiveRule: Rule {
    /// Leading bytes of the archive formats mpcheck recognises.
    static let signatures: [(name: String, bytes: [UInt8])] = [
        ("zip", [0x50, 0x4B, 0x03, 0x04]),
        ("gzip", [0x1F, 0x8B]),
        ("7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("rar", [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("bzip2", [0x42, 0x5A, 0x68]),
    ]
    static let extensions: Set<String> = ["zip", "gz", "tgz", "tar", "7z", "rar", "xz", "bz2", "wxapkg"]

    let description = RuleDescription(
        id: "nested-archive",
        family: .packaging,
        title: LocalizedText(zh: "代码包内含压缩包", en: "Archive inside the bundle"),
        severity: .warning,
        citation: Citations.followDevelopmentDocs,
        rationale: LocalizedText(
            zh: """
                小程序代码包里不应再放压缩包：开发者工具上传时会过滤非白名单文件，运行时也无法直接使用；压缩包还可能藏着\
                不被审核的代码。mpcheck 不会解开包内的压缩包（避免压缩炸弹和层层嵌套），只按扩展名或文件头识别并报告。
                """,
            en: """
                A mini-program package should not carry archives: the developer tools filter files outside their \
                whitelist on upload, the runtime cannot use them directly, and they can hide code from review. mpcheck \
                never unpacks an archive inside the bundle (no bombs, no endless nesting); it recognises one by \
                extension or leading bytes and reports it.
                """
        ),
        hint: LocalizedText(
            zh: "从代码包中删除压缩包，需要的资源放到服务器上。", en: "Remove the archive; serve what it holds from your server."),
        triggeringExamples: [
            RuleExample(files: ["↓assets/data.zip": "PK\u{3}\u{4}rest-of-zip"], mutations: false),
            RuleExample(files: ["↓static/backup.bin": "BZh91AY&SY"], mutations: false),
        ],
        nonTriggeringExamples: [
            RuleExample(files: [
                "utils/zip.js": "module.exports = function zip(a, b) { return a.map((x, i) => [x, b[i]]) }"
            ]),
            RuleExample(files: ["pages/index/index.wxml": "<view>PK 对战</view>"]),
        ]
    )

    func check(_ submission: Submission) -> [Finding] {
        submission.bundle.paths.compactMap { path in
            guard let file = submission.bundle.file(at: path) else { return nil }
            let ext = SubmissionBuilder.fileExtension(path)
            // Leading bytes are only trusted for files that are not text, so a script that happens to
            // start with "BZh" is not an archive.
            let byBytes = file.text == nil ? Self.signatures.first { file.bytes.starts(with: $0.bytes) }?.name : nil
            guard let kind = Self.extensions.contains(ext) ? ext : byBytes else { return nil }
            return finding(
                LocalizedText(
                    zh: "代码包内有 \(kind) 压缩包 \(path)，未解开检查",
                    en: "The bundle holds a \(kind) archive, \(path); it was not unpacked"
                ),
                evidence: path,
                at: Location(file: path)
            )
        }
    }
}
