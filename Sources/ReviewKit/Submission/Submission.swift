public import JavaScriptTokens
public import MiniProgramBundle
public import WXML

/// Everything the rules look at: the bundle, the submitted metadata, the parsed manifest,
/// pages and components, WXML trees, script tokens and the located text drawn from them.
public struct Submission: Sendable {
    public let bundle: MiniProgramBundle
    public let metadata: SubmissionMetadata
    /// app.json, when present and valid JSON.
    public let manifest: AppManifest?
    /// JSON files that failed to parse, by path.
    public let jsonErrors: [String: JSONSyntaxError]
    /// Pages and components reachable from app.json.
    public let units: [CodeUnit]
    public let wxmlFiles: [WXMLFile]
    public let scripts: [ScriptFile]
    /// Every piece of user-visible text, in file order.
    public let texts: [LocatedText]
    /// The reviewed PNG and JPEG images, and the QR codes in them.
    public let images: SubmissionImages
}

/// A page or component: the files sharing one base path.
public struct CodeUnit: Sendable, Equatable {
    public enum Kind: String, Sendable { case page, component }

    public let kind: Kind
    /// Path without extension, relative to the project root (e.g. "pages/index/index").
    public let basePath: String
    /// The unit's files that exist in the bundle, by extension ("json", "wxml", "wxss", "js", "ts").
    public let files: [String: String]
}

/// A parsed WXML file.
public struct WXMLFile: Sendable {
    public let path: String
    public let document: WXMLDocument
}

/// A tokenized script: .js, .ts, .wxs, or the body of an inline `<wxs>` element.
public struct ScriptFile: Sendable {
    public let path: String
    /// The comments, in source order (kept apart from the code, so a large script's tokens are
    /// not held twice).
    public let comments: [Token]
    /// Tokens without comments.
    public let code: [Token]
    /// Added to token lines, for inline WXS bodies that start inside a WXML file.
    public let lineOffset: Int
    /// Indices in `code` of the namespace tokens of platform API accesses (`wx.NAME`, `uni.NAME`,
    /// `Taro.NAME`; see `CallSite`), found in one pass here so that the rules looking for APIs do
    /// not each walk every token.
    let apiAccesses: [Int]

    /// - Parameters:
    ///   - tokens: every token of the script, comments included.
    ///   - code: the tokens without comments.
    public init(path: String, tokens: [Token], code: [Token], lineOffset: Int) {
        self.path = path
        comments = tokens.contains { $0.kind.isComment } ? tokens.filter { $0.kind.isComment } : []
        self.code = code
        self.lineOffset = lineOffset
        apiAccesses = CallSite.accesses(in: code)
    }

    public func location(of token: Token) -> Location {
        .file(path, line: token.line + lineOffset, column: token.column)
    }
}
