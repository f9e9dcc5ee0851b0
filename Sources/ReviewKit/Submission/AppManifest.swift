/// app.json, parsed with positions, and the parts rules ask about.
public struct AppManifest: Sendable {
    /// Path of app.json relative to the project root.
    public let path: String
    public let root: JSONElement

    public init(path: String, root: JSONElement) {
        self.path = path
        self.root = root
    }

    /// Main-package pages, as written (e.g. "pages/index/index").
    public var pages: [String] { strings(root["pages"]) }

    /// Sub-packages from `subpackages` or `subPackages`: root folder and its pages.
    public var subpackages: [(root: String, pages: [String])] {
        let list = root["subpackages"]?.value.arrayValue ?? root["subPackages"]?.value.arrayValue ?? []
        return list.compactMap { element in
            guard let packageRoot = element["root"]?.value.stringValue else { return nil }
            return (packageRoot, strings(element["pages"]))
        }
    }

    /// Every page path, sub-package pages prefixed with their root.
    public var allPages: [String] {
        pages
            + subpackages.flatMap { package in
                package.pages.map { joinPath(package.root, $0) }
            }
    }

    /// `permission` purpose texts by scope, e.g. "scope.userLocation" → "用于展示附近门店".
    public var permissionDescriptions: [String: String] {
        var result: [String: String] = [:]
        for member in root["permission"]?.value.objectValue ?? [] {
            if let desc = member.value["desc"]?.value.stringValue {
                result[member.key] = desc
            }
        }
        return result
    }

    /// Entries of `requiredPrivateInfos`.
    public var requiredPrivateInfos: [String] { strings(root["requiredPrivateInfos"]) }

    /// Global `usingComponents`: tag name → path.
    public var usingComponents: [String: String] { AppManifest.components(in: root) }

    /// `plugins`: alias → provider app id.
    public var plugins: [String: String] {
        var result: [String: String] = [:]
        for member in root["plugins"]?.value.objectValue ?? [] {
            result[member.key] = member.value["provider"]?.value.stringValue ?? ""
        }
        return result
    }

    /// `tabBar.list` entries.
    public var tabBarItems: [JSONElement] { root["tabBar"]?["list"]?.value.arrayValue ?? [] }

    static func components(in json: JSONElement) -> [String: String] {
        var result: [String: String] = [:]
        for member in json["usingComponents"]?.value.objectValue ?? [] {
            if let path = member.value.value.stringValue {
                result[member.key] = path
            }
        }
        return result
    }

    private func strings(_ element: JSONElement?) -> [String] {
        (element?.value.arrayValue ?? []).compactMap { $0.value.stringValue }
    }
}

/// Joins two "/"-separated paths, dropping empty segments and resolving "." and "..".
/// A ".." above the top is dropped, so the result never leaves the root.
func joinPath(_ base: String, _ relative: String) -> String {
    var segments: [Substring] = []
    for segment in (base + "/" + relative).split(separator: "/") {
        switch segment {
        case ".": continue
        case "..": _ = segments.popLast()
        default: segments.append(segment)
        }
    }
    return segments.joined(separator: "/")
}
