/// A small submission that shows a rule at work; examples are run as tests.
///
/// In a triggering example, every `↓` marks where a finding must start: in a file (line and
/// column of the character after the marker) or in a metadata field (column in the value).
/// The marker is removed before the example is checked. Files not given are filled in with a
/// minimal valid project: `project.config.json` and an `app.json` with one page.
public struct RuleExample: Sendable, Codable, Hashable {
    /// Submitted name (as in submission.json).
    public var name: String?
    /// Submitted 简介.
    public var description: String?
    /// Submitted icon: a path in the bundle. A `↓` before it marks a finding on the icon field.
    public var icon: String?
    /// Files by path relative to the project root.
    public var files: [String: String]
    /// Symbolic links to put in the bundle: path → target. A `↓` before a path (here or in
    /// `files`) marks a finding located at that file as a whole.
    public var links: [String: String]
    /// Encodings other than UTF-8 for some files: path → "GB18030", "UTF-16LE" or "UTF-16BE".
    public var encodings: [String: String]
    /// Binary files (images): path → their bytes in base64.
    public var binaryFiles: [String: String]
    /// Sizes in bytes for some files: path → size. The file's content (from `files` or
    /// `binaryFiles`, or nothing) is padded with zero bytes to that size, for size limits.
    public var sizes: [String: Int]
    /// Whether the test may also run this example with a Chinese-and-emoji prefix and inside
    /// comments. Off only where the prefix would change what the example means.
    public var mutations: Bool

    /// The marker character.
    public static let marker: Character = "↓"

    public init(
        name: String? = nil,
        description: String? = nil,
        icon: String? = nil,
        files: [String: String] = [:],
        links: [String: String] = [:],
        encodings: [String: String] = [:],
        binaryFiles: [String: String] = [:],
        sizes: [String: Int] = [:],
        mutations: Bool = true
    ) {
        self.name = name
        self.description = description
        self.icon = icon
        self.files = files
        self.links = links
        self.encodings = encodings
        self.binaryFiles = binaryFiles
        self.sizes = sizes
        self.mutations = mutations
    }

    enum CodingKeys: String, CodingKey {
        case name, description, icon, files, links, encodings, binaryFiles, sizes, mutations
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        icon = try container.decodeIfPresent(String.self, forKey: .icon)
        files = try container.decodeIfPresent([String: String].self, forKey: .files) ?? [:]
        links = try container.decodeIfPresent([String: String].self, forKey: .links) ?? [:]
        encodings = try container.decodeIfPresent([String: String].self, forKey: .encodings) ?? [:]
        binaryFiles = try container.decodeIfPresent([String: String].self, forKey: .binaryFiles) ?? [:]
        sizes = try container.decodeIfPresent([String: Int].self, forKey: .sizes) ?? [:]
        mutations = try container.decodeIfPresent(Bool.self, forKey: .mutations) ?? true
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(icon, forKey: .icon)
        if !files.isEmpty { try container.encode(files, forKey: .files) }
        if !links.isEmpty { try container.encode(links, forKey: .links) }
        if !encodings.isEmpty { try container.encode(encodings, forKey: .encodings) }
        if !binaryFiles.isEmpty { try container.encode(binaryFiles, forKey: .binaryFiles) }
        if !sizes.isEmpty { try container.encode(sizes, forKey: .sizes) }
        if !mutations { try container.encode(mutations, forKey: .mutations) }
    }
}
