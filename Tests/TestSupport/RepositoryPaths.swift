import Foundation

/// Folders of the repository, found from this file's path so tests work from any directory.
public enum RepositoryPaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static let samplePackages = root.appendingPathComponent("SamplePackages")
    public static let checklists = root.appendingPathComponent("Checklists/lists")
    public static let ruleSources = root.appendingPathComponent("RuleSources")
    public static let codeRules = root.appendingPathComponent("Sources/ReviewKit/Rules/Code")
    /// Small PNG and JPEG images made by scripts/example-images (see the README there).
    public static let imageFixtures = root.appendingPathComponent("Tests/Fixtures/images")
    public static let sarifSchema = root.appendingPathComponent("Schemas/sarif-schema-2.1.0.json")
}
