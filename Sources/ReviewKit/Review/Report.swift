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
    /// The rules that ran, sorted by id, with any severity override applied.
    public var rules: [RuleDescription]
    /// The submitted icon, when submission.json (or `--icon`) names an image in the bundle.
    public var icon: EmbeddedImage?

    public init(
        bundle: String,
        findings: [Finding],
        metadata: MetadataSummary,
        rules: [RuleDescription] = RuleRegistry.all.map(\.description),
        icon: EmbeddedImage? = nil
    ) {
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
        self.rules = rules.sorted { $0.id < $1.id }
        self.icon = icon
    }

    /// The description of the rule with this id, if it ran.
    public func rule(_ id: String) -> RuleDescription? {
        rules.first { $0.id == id }
    }
}

/// An image from the bundle, carried in the report so a reporter can embed it.
public struct EmbeddedImage: Sendable, Codable, Equatable {
    /// Path in the bundle, relative to the project root.
    public var path: String
    /// MIME type from the file's signature, e.g. image/png.
    public var mediaType: String
    public var bytes: [UInt8]

    /// Largest image embedded; a bigger icon is not a real submission icon.
    public static let maximumBytes = 1 << 20

    public init(path: String, mediaType: String, bytes: [UInt8]) {
        self.path = path
        self.mediaType = mediaType
        self.bytes = bytes
    }

    /// The image, if the bytes are a PNG, JPEG, GIF or WebP no larger than `maximumBytes`.
    public init?(path: String, bytes: [UInt8]) {
        guard bytes.count <= Self.maximumBytes, let type = Self.mediaType(of: bytes) else { return nil }
        self.init(path: path, mediaType: type, bytes: bytes)
    }

    /// Sniffs the format from the first bytes; file extensions are not trusted.
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: Array("GIF8".utf8)) { return "image/gif" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return "image/webp"
        }
        return nil
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
