import Foundation

/// Where the project and the mini-program sit inside a bundle, found from the paths of its files.
struct ProjectLayout: Equatable {
    /// Prefix of the project root relative to the top of the source: "" or one wrapping folder such as "demo/".
    let rootPrefix: String
    /// Prefix of the folder holding app.json, relative to the project root: "" or e.g. "miniprogram/".
    let appRoot: String

    /// Finds the project root and the app root.
    ///
    /// Only regular files decide the layout: skipped entries (links, unsafe paths) and empty folders are ignored.
    ///
    /// - Parameters:
    ///   - files: regular files keyed by cleaned path relative to the top of the source (macOS metadata already dropped).
    ///   - source: the path the user gave, for messages.
    static func locate(in files: [String: [UInt8]], source: String) throws(BundleError) -> ProjectLayout {
        let rootPrefix = try findRootPrefix(Set(files.keys), source: source)
        let appRoot = try findAppRoot(files, rootPrefix: rootPrefix, source: source)
        return ProjectLayout(rootPrefix: rootPrefix, appRoot: appRoot)
    }

    private static let markers = ["project.config.json", "app.json"]

    private static func findRootPrefix(_ paths: Set<String>, source: String) throws(BundleError) -> String {
        if markers.contains(where: paths.contains) {
            return ""
        }
        guard !paths.isEmpty else {
            throw .noProjectRoot(path: source, reason: "it contains no files")
        }
        let tops = Set(paths.map { $0.split(separator: "/").first.map(String.init) ?? "" })
        if tops.count == 1, let top = tops.first, paths.allSatisfy({ $0.hasPrefix(top + "/") }),
            markers.contains(where: { paths.contains(top + "/" + $0) })
        {
            return top + "/"
        }
        let deeper = paths.filter { path in markers.contains { path.hasSuffix("/" + $0) } }
            .min { ($0.split(separator: "/").count, $0) < ($1.split(separator: "/").count, $1) }
        if let deeper {
            throw .noProjectRoot(
                path: source,
                reason: "project.config.json or app.json must be at the top or inside one wrapping folder, "
                    + "but the nearest is \(deeper); package the folder that holds it")
        }
        throw .noProjectRoot(
            path: source, reason: "there is no project.config.json or app.json at the top or inside one wrapping folder"
        )
    }

    private static func findAppRoot(_ files: [String: [UInt8]], rootPrefix: String, source: String)
        throws(BundleError) -> String
    {
        let configPath = rootPrefix + "project.config.json"
        guard let setting = files[configPath].flatMap(miniprogramRoot) else {
            guard files[rootPrefix + "app.json"] != nil else {
                throw .noProjectRoot(
                    path: source,
                    reason: "\(configPath) sets no miniprogramRoot and there is no app.json beside it; "
                        + "add app.json or set miniprogramRoot to the folder holding it")
            }
            return ""
        }
        guard case .success(let folder) = EntryPath.clean(setting) else {
            throw .noProjectRoot(
                path: source, reason: "miniprogramRoot \"\(setting)\" in \(configPath) points outside the project")
        }
        let appRoot = folder.isEmpty ? "" : folder + "/"
        guard files[rootPrefix + appRoot + "app.json"] != nil else {
            throw .noProjectRoot(
                path: source,
                reason: "miniprogramRoot in \(configPath) is \"\(setting)\" but \(rootPrefix + appRoot)app.json "
                    + "does not exist; fix miniprogramRoot or add the file")
        }
        return appRoot
    }

    /// The `miniprogramRoot` string of a project.config.json, or nil when absent, not a string or the JSON is malformed.
    private static func miniprogramRoot(_ bytes: [UInt8]) -> String? {
        guard let text = TextDecoder.decode(bytes)?.text,
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let dictionary = object as? [String: Any]
        else { return nil }
        return dictionary["miniprogramRoot"] as? String
    }
}
