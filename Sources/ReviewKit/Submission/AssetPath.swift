import MiniProgramBundle

/// How the mini-program resolves a file path written in WXML or app.json (an image `src`, a tabBar
/// icon): "/a/b.png" from the app root, "a/b.png" or "../a/b.png" from the folder of the file
/// that names it.
enum AssetPath {
    /// Whether the path names a network resource (http, https or a protocol-relative URL).
    static func isNetwork(_ path: String) -> Bool {
        let lower = path.trimmingWhitespace().lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }

    /// Whether the path is a fixed path inside the package: not empty, no `{{ }}` data binding, no
    /// URL scheme (http, https, data, wxfile, cloud …).
    static func isStaticLocal(_ path: String) -> Bool {
        let trimmed = path.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains("{{"), !trimmed.hasPrefix("//") else { return false }
        if let colon = trimmed.firstIndex(of: ":") {
            let scheme = trimmed[..<colon]
            let isScheme =
                !scheme.isEmpty
                && scheme.allSatisfy {
                    $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".")
                }
            if isScheme { return false }
        }
        return true
    }

    /// Bundle paths (relative to the project root) where the file may be: from the naming file's
    /// folder and from the app root. Query strings and fragments are dropped.
    static func candidates(_ path: String, from folder: String, appRoot: String) -> [String] {
        var trimmed = path.trimmingWhitespace()
        if let cut = trimmed.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            trimmed = String(trimmed[..<cut])
        }
        if trimmed.hasPrefix("/") {
            return [joinPath(appRoot, String(trimmed.dropFirst()))]
        }
        return [joinPath(folder, trimmed), joinPath(appRoot, trimmed)]
    }

    /// Whether the bundle holds the file at any of the candidate paths.
    static func exists(_ path: String, from folder: String, in bundle: MiniProgramBundle) -> Bool {
        candidates(path, from: folder, appRoot: bundle.appRoot).contains { bundle.file(at: $0) != nil }
    }

    /// The folder part of a "/"-separated path ("" for a file at the top).
    static func folder(of path: String) -> String {
        path.split(separator: "/").dropLast().joined(separator: "/")
    }
}
