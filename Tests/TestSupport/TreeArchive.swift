import Foundation

/// Turns a folder into archive entries, so tests can pack the sample trees on the fly.
public enum TreeArchive {
    /// Regular files under `folder`, sorted, each named `prefix` + its relative path.
    public static func entries(of folder: URL, under prefix: String = "") throws -> [TestEntry] {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        var entries: [TestEntry] = []
        for case let relative as String in enumerator {
            let url = URL(fileURLWithPath: base).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            entries.append(.file(prefix + relative, bytes: Array(try Data(contentsOf: url))))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
