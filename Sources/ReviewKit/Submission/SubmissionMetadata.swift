/// What the developer types into the submission form: name, 简介, icon and category.
/// They are not part of the code, so they come from `submission.json`, command-line flags or,
/// as a last resort, project.config.json.
public struct SubmissionMetadata: Sendable, Equatable {
    /// Where a metadata value came from.
    public enum Source: String, Sendable, Codable {
        case submissionFile = "submission.json"
        case commandLine = "command line"
        case projectConfig = "project.config.json"
        case missing
    }

    public var name: String?
    public var description: String?
    /// Path of the icon inside the bundle, relative to the project root.
    public var icon: String?
    /// 一级 and 二级 category.
    public var category: [String]
    /// The kinds of user information declared in the 用户隐私保护指引 (e.g. 位置信息, 手机号), when
    /// submission.json gives them; nil when not given.
    public var privacyGuide: [String]?
    public var nameSource: Source
    public var descriptionSource: Source

    public init(
        name: String? = nil,
        description: String? = nil,
        icon: String? = nil,
        category: [String] = [],
        nameSource: Source = .missing,
        descriptionSource: Source = .missing
    ) {
        self.name = name
        self.description = description
        self.icon = icon
        self.category = category
        self.nameSource = nameSource
        self.descriptionSource = descriptionSource
    }
}

/// Values given on the command line; each replaces the one in submission.json.
public struct MetadataOverrides: Sendable, Equatable {
    public var name: String?
    public var description: String?
    public var icon: String?

    public init(name: String? = nil, description: String? = nil, icon: String? = nil) {
        self.name = name
        self.description = description
        self.icon = icon
    }
}
