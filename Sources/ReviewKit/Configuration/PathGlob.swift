/// A gitignore-style path pattern, as in the `ignore` list of `.mpcheck.json`.
///
/// `*` matches any characters but "/", `?` one character but "/", `**` anything including "/".
/// A trailing "/" matches folders only (and so everything under them). A pattern without a "/"
/// elsewhere matches a file or folder name at any depth; with one, it is anchored to the project
/// root (a leading "/" is allowed and ignored).
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
    public let description: String
    private let pattern: [Unicode.Scalar]
    private let folderOnly: Bool
    private let anchored: Bool

    public init(_ text: String) {
        description = text
        var body = text
        folderOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body.removeLast() }
        if body.hasPrefix("/") {
            body.removeFirst()
            anchored = true
        } else {
            anchored = body.contains("/")
        }
        pattern = Array(body.unicodeScalars)
    }

    /// Whether the file at `path` (relative to the project root, "/"-separated) is matched,
    /// itself or through a folder that holds it.
    public func matches(_ path: String) -> Bool {
        guard !pattern.isEmpty else { return false }
        let segments = path.split(separator: "/").map { Array($0.unicodeScalars) }
        if anchored {
            var prefix: [Unicode.Scalar] = []
            for (index, segment) in segments.enumerated() {
                if index > 0 { prefix.append("/") }
                prefix += segment
                if folderOnly && index == segments.count - 1 { break }
                if Self.match(pattern[...], prefix[...]) { return true }
            }
            return false
        }
        for (index, segment) in segments.enumerated() {
            if folderOnly && index == segments.count - 1 { break }
            if Self.match(pattern[...], segment[...]) { return true }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let rest = pattern.dropFirst()
        switch first {
        case "*":
            if rest.first == "*" {
                // `**` (and `**/`) crosses folders.
                var after = rest.dropFirst()
                if after.first == "/" {
                    if match(after.dropFirst(), text) { return true }
                    after = rest.dropFirst()
                }
                var remaining = text
                while true {
                    if match(after, remaining) { return true }
                    guard !remaining.isEmpty else { return false }
                    remaining = remaining.dropFirst()
                }
            }
            var remaining = text
            while true {
                if match(rest, remaining) { return true }
                guard let next = remaining.first, next != "/" else { return false }
                remaining = remaining.dropFirst()
            }
        case "?":
            guard let next = text.first, next != "/" else { return false }
            return match(rest, text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(rest, text.dropFirst())
        }
    }
}
