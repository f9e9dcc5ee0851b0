import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Turns the paths given to `mpcheck batch` into the bundles to review.
///
/// A file is a bundle whatever its name. A folder holding project.config.json or app.json is a project
/// bundle; any other folder is searched (without following links, skipping hidden folders) for archives,
/// by extension, and for project folders. A path that does not exist is kept, so it is listed as an error.
enum BatchInputs {
    /// Extensions of the archive files a folder search picks up, lower case.
    static let archiveSuffixes = [
        ".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".7z", ".rar",
        ".wxapkg",
    ]

    /// How deep a folder search goes below a given folder.
    static let maximumDepth = 8

    /// The bundles, in the order given; each folder's finds sorted by path, duplicates dropped.
    static func expand(_ paths: [String]) -> [String] {
        var bundles: [String] = []
        var seen: Set<String> = []
        for path in paths {
            for bundle in expand(path, depth: 0) where seen.insert(bundle).inserted {
                bundles.append(bundle)
            }
        }
        return bundles
    }

    /// Paths listed in a file, one per line; blank lines and `#` comments are skipped.
    static func read(list file: String) throws -> [String] {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw BatchInputError(message: "cannot read the list \(file): \(error.localizedDescription)")
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    private static func expand(_ path: String, depth: Int) -> [String] {
        guard isDirectory(path, followingLink: depth == 0) else { return [path] }
        if isProject(path) {
            return [path]
        }
        guard depth < maximumDepth, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return []
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        var bundles: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = base + name
            if isDirectory(child, followingLink: false) {
                bundles += expand(child, depth: depth + 1)
            } else if isRegularFile(child) && isArchiveName(name) {
                bundles.append(child)
            }
        }
        return bundles
    }

    static func isArchiveName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    private static func isProject(_ folder: String) -> Bool {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        return ["project.config.json", "app.json"].contains { isRegularFile(base + $0) }
    }

    /// Whether `path` is a folder; a link given on the command line is followed, links met in a search are not.
    private static func isDirectory(_ path: String, followingLink: Bool) -> Bool {
        var info = stat()
        let status = followingLink ? stat(path, &info) : lstat(path, &info)
        return status == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}

/// A list file that cannot be read.
struct BatchInputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
