/// A submitted mini-program, fully in memory.
public struct MiniProgramBundle: Sendable {
    /// The path the user gave.
    public let source: String
    /// Regular files under the project root, keyed by `BundleFile.path`.
    public let files: [String: BundleFile]
    /// Prefix (relative to the project root) of the folder holding app.json: "" or e.g. "miniprogram/" (always ends with "/" when not empty).
    public let appRoot: String
    /// Skipped entries and text-encoding findings, sorted by path, then kind, then detail.
    public let issues: [BundleIssue]
    /// Whether this is a compiled package (.wxapkg): app-config.json, app-service.js and compiled pages instead of
    /// the project's sources. Its files sit at the top; there is no project.config.json or app.json.
    public let isCompiledPackage: Bool
    private let sortedPaths: [String]

    /// Builds a bundle from in-memory files (tests and rule examples); decodes text like the reader does and records encoding issues. No limits.
    ///
    /// Keys are used as given; `appRoot` gets a trailing "/" when it lacks one.
    public init(source: String, files: [String: [UInt8]], appRoot: String = "", isCompiledPackage: Bool = false) {
        self.init(source: source, files: files, appRoot: appRoot, entryIssues: [], isCompiledPackage: isCompiledPackage)
    }

    /// Convenience: UTF-8 text files.
    public init(source: String, textFiles: [String: String], appRoot: String = "") {
        self.init(source: source, files: textFiles.mapValues { Array($0.utf8) }, appRoot: appRoot)
    }

    /// Builds a bundle from files relative to the project root plus the issues met while reading them.
    init(
        source: String, files: [String: [UInt8]], appRoot: String, entryIssues: [BundleIssue],
        isCompiledPackage: Bool = false
    ) {
        var issues = entryIssues
        var bundleFiles: [String: BundleFile] = [:]
        for (path, bytes) in files {
            var text: DecodedText?
            if BundleFile.isTextPath(path) {
                text = TextDecoder.decode(bytes)
                if let issue = Self.encodingIssue(for: text, path: path) {
                    issues.append(issue)
                }
            }
            bundleFiles[path] = BundleFile(path: path, bytes: bytes, text: text)
        }
        self.source = source
        self.isCompiledPackage = isCompiledPackage
        self.files = bundleFiles
        self.appRoot = appRoot.isEmpty || appRoot.hasSuffix("/") ? appRoot : appRoot + "/"
        self.issues = issues.sorted { ($0.path, $0.kind.rawValue, $0.detail) < ($1.path, $1.kind.rawValue, $1.detail) }
        self.sortedPaths = bundleFiles.keys.sorted()
    }

    /// The issue a text file's decoding deserves: none for UTF-8, `nonUTF8Text` or `undecodableText` otherwise.
    private static func encodingIssue(for text: DecodedText?, path: String) -> BundleIssue? {
        guard let text else {
            return BundleIssue(kind: .undecodableText, path: path, detail: "not valid UTF-8, UTF-16 or GB18030")
        }
        switch text.encoding {
        case .utf8, .utf8WithBOM:
            return nil
        case .gb18030, .utf16LE, .utf16BE:
            return BundleIssue(kind: .nonUTF8Text, path: path, detail: text.encoding.rawValue)
        }
    }

    /// Paths of all files, sorted with `String`'s `<` (deterministic, Unicode-aware).
    public var paths: [String] { sortedPaths }

    public func file(at path: String) -> BundleFile? {
        files[path]
    }

    /// The decoded text of the file at `path`; nil when there is no such file or it has no text.
    public func text(at path: String) -> String? {
        files[path]?.text?.text
    }
}
