import ReviewKit

/// Paths as CI systems want them: relative to the repository, not to the mini-program's root.
enum ArtifactPaths {
    /// Extensions of the archives mpcheck reads; their inner paths have no place on disk.
    static let archiveSuffixes = [".zip", ".tar", ".tar.gz", ".tgz", ".7z", ".wxapkg"]

    /// The folder the report's paths are relative to, as given on the command line and ending
    /// with "/", or nil when the bundle is an archive or the current folder.
    static func projectFolder(_ report: Report) -> String? {
        let bundle = report.bundle
        let lowered = bundle.lowercased()
        guard !bundle.isEmpty, bundle != ".", bundle != "./",
            !archiveSuffixes.contains(where: { lowered.hasSuffix($0) })
        else { return nil }
        return bundle.hasSuffix("/") ? bundle : bundle + "/"
    }

    /// A report path prefixed with the project folder, for formats without a base-path notion.
    static func repositoryPath(_ path: String, in report: Report) -> String {
        (projectFolder(report) ?? "") + path
    }

    /// Where a metadata finding is shown: the form file that holds the field.
    static let metadataFile = "submission.json"
}
