/// The result of reviewing one bundle: verdict, counts and sorted findings.
public struct Report: Sendable, Codable {
    public struct Tool: Sendable, Codable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Summary: Sendable, Codable, Equatable {
        public var reject: Int
        public var warning: Int
        public var info: Int
    }

    public var tool: Tool
    /// The path as the user gave it.
    public var bundle: String
    public var verdict: Verdict
    public var summary: Summary
    /// Sorted by location, then rule id (`Finding.reportOrder`).
    public var findings: [Finding]
    /// Where the submitted name and description came from.
    public var metadata: MetadataSummary

    public init(bundle: String, findings: [Finding], metadata: MetadataSummary) {
        tool = Tool(name: "mpcheck", version: MPCheckVersion.current)
        self.bundle = bundle
        self.findings = findings.sorted(by: Finding.reportOrder)
        verdict = Verdict(findings: findings)
        summary = Summary(
            reject: findings.count { $0.severity == .reject },
            warning: findings.count { $0.severity == .warning },
            info: findings.count { $0.severity == .info }
        )
        self.metadata = metadata
    }
}

/// The metadata the review judged, and where each value came from.
public struct MetadataSummary: Sendable, Codable, Equatable {
    public var name: String?
    public var nameSource: SubmissionMetadata.Source
    public var description: String?
    public var descriptionSource: SubmissionMetadata.Source
    public var icon: String?
    public var category: [String]

    public init(_ metadata: SubmissionMetadata) {
        name = metadata.name
        nameSource = metadata.nameSource
        description = metadata.description
        descriptionSource = metadata.descriptionSource
        icon = metadata.icon
        category = metadata.category
    }
}

/// The version printed by `mpcheck --version` and written into every report.
public enum MPCheckVersion {
    public static let current = "0.1.0"
}
