/// One regular file of a bundle, in memory.
public struct BundleFile: Sendable {
    /// Path relative to the project root, "/"-separated, no leading "./" (e.g. "pages/index/index.wxml", "miniprogram/app.json").
    public let path: String
    public let bytes: [UInt8]
    /// Decoded text for text files (by extension, see `textExtensions`); nil for binary files and for text files that could not be decoded.
    public let text: DecodedText?

    /// Lower-case extensions, without the dot, of the files whose text is decoded.
    public static let textExtensions: Set<String> = [
        "json", "wxml", "wxss", "wxs", "js", "ts", "mjs", "cjs", "html", "css",
        "less", "scss", "md", "txt", "xml", "svg", "yml", "yaml",
    ]

    /// Whether the file at `path` is decoded as text; the extension is compared case-insensitively.
    public static func isTextPath(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return textExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
