import Foundation

/// Files the developer tools leave out of the code package, as project.config.json says: the
/// entries of `packOptions.ignore`, each with a `type` (folder, file, suffix, prefix, regexp,
/// glob) and a `value`, and the cloud function folders (`cloudfunctionRoot`, `cloudbaseRoot`),
/// which are uploaded to the cloud separately.
struct PackIgnoreList {
    private var folders: [String] = []
    private var files: Set<String> = []
    private var suffixes: [String] = []
    private var prefixes: [String] = []
    private var expressions: [NSRegularExpression] = []

    /// Reads the list from project.config.json; an absent or malformed list ignores nothing.
    init(projectConfig: String?) {
        guard let projectConfig, case .success(let root) = JSONParser.parse(projectConfig) else { return }
        for key in ["cloudfunctionRoot", "cloudbaseRoot"] {
            if let folder = root[key]?.value.stringValue, !joinPath("", folder).isEmpty {
                folders.append(joinPath("", folder) + "/")
            }
        }
        for entry in root["packOptions"]?["ignore"]?.value.arrayValue ?? [] {
            guard let type = entry["type"]?.value.stringValue, let raw = entry["value"]?.value.stringValue,
                !raw.isEmpty
            else { continue }
            let value = raw.hasPrefix("./") ? String(raw.dropFirst(2)) : raw
            switch type {
            case "folder": folders.append(joinPath("", value) + "/")
            case "file": files.insert(joinPath("", value))
            case "suffix": suffixes.append(value)
            case "prefix": prefixes.append(value)
            case "regexp":
                if let expression = try? NSRegularExpression(pattern: value) { expressions.append(expression) }
            case "glob":
                if let expression = try? NSRegularExpression(pattern: Self.regularExpression(forGlob: value)) {
                    expressions.append(expression)
                }
            default: continue
            }
        }
    }

    /// Whether any of the paths (the same file seen from the project root and from the app root)
    /// is ignored.
    func ignores(_ paths: [String]) -> Bool {
        paths.contains { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if files.contains(path) || folders.contains(where: { path.hasPrefix($0) }) { return true }
            if suffixes.contains(where: { name.hasSuffix($0) }) || prefixes.contains(where: { name.hasPrefix($0) }) {
                return true
            }
            let range = NSRange(path.startIndex..., in: path)
            return expressions.contains { $0.firstMatch(in: path, range: range) != nil }
        }
    }

    /// `*` matches within a folder, `**` across folders, `?` one character.
    static func regularExpression(forGlob glob: String) -> String {
        var pattern = "^"
        var characters = Array(glob.hasPrefix("./") ? String(glob.dropFirst(2)) : glob)[...]
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" { characters.removeFirst() }
                    pattern += "(?:.*/)?"
                    if characters.isEmpty { pattern += ".*" }
                } else {
                    pattern += "[^/]*"
                }
            case "?": pattern += "[^/]"
            default: pattern += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return pattern + "$"
    }
}
